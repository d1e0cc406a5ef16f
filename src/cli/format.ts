/**
 * Serialising a document: JSON (pretty or compact) or plain YAML 1.2.
 * `yaml` is loaded only when YAML is asked for.
 */
import type { Document } from "../index.js";

type YamlModule = typeof import("yaml");

/** Output formats of `vanban parse`. */
export const FORMATS = ["json", "yaml"] as const;
/** One of `FORMATS`. */
export type Format = (typeof FORMATS)[number];

/** The document as text, always ending with a newline. */
export async function formatDocument(doc: Document, format: Format, compact: boolean): Promise<string> {
  if (format === "yaml") {
    const mod = (await import("yaml")) as YamlModule & { default?: YamlModule };
    // Bundled (esbuild splitting), a CommonJS package only has a default export.
    const { stringify } = mod.default ?? mod;
    // No anchors/aliases, no custom tags, no folding: plain YAML 1.2.
    const text = stringify(doc, { aliasDuplicateObjects: false, lineWidth: 0 });
    return text.endsWith("\n") ? text : `${text}\n`;
  }
  return `${compact ? JSON.stringify(doc) : JSON.stringify(doc, null, 2)}\n`;
}
