/**
 * Serialising a document: JSON (pretty or compact), NDJSON (one compact line)
 * or plain YAML 1.2. `yaml` is loaded only when YAML is asked for.
 */
import type { Document } from "../index.js";

type YamlModule = typeof import("yaml");

/** Output formats of `vanban parse`. */
export const FORMATS = ["json", "yaml", "ndjson"] as const;
/** One of `FORMATS`. */
export type Format = (typeof FORMATS)[number];

/** The `yaml` package, loaded on first use. */
export async function loadYaml(): Promise<YamlModule> {
  const mod = (await import("yaml")) as YamlModule & { default?: YamlModule };
  // Bundled (esbuild splitting), a CommonJS package only has a default export.
  return mod.default ?? mod;
}

/** Any JSON value as text in `format`, always ending with a newline. */
export async function formatValue(value: unknown, format: Format, compact: boolean): Promise<string> {
  if (format === "yaml") {
    const { stringify } = await loadYaml();
    // No anchors/aliases, no custom tags, no folding: plain YAML 1.2.
    const text = stringify(value, { aliasDuplicateObjects: false, lineWidth: 0 });
    return text.endsWith("\n") ? text : `${text}\n`;
  }
  return `${compact || format === "ndjson" ? JSON.stringify(value) : JSON.stringify(value, null, 2)}\n`;
}

/** The document as text, always ending with a newline. */
export async function formatDocument(doc: Document, format: Format, compact: boolean): Promise<string> {
  return formatValue(doc, format, compact);
}

/** Parses an output file's text back (JSON or YAML); undefined when it is not valid. */
export async function parseOutput(text: string, format: Format): Promise<unknown> {
  try {
    if (format === "yaml") {
      const { parse } = await loadYaml();
      return parse(text) as unknown;
    }
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
