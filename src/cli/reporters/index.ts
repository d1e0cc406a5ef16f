/**
 * The reporters of `vanban validate` by name, and the `--reporter` option's
 * parser.
 */
import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import { summary } from "./summary.js";
import type { Reporter } from "./types.js";

export type { FileResult, ReportContext, Reporter } from "./types.js";
export { useColor } from "./color.js";

/** Every reporter by name; "stylish" is the default. */
export const REPORTERS: Record<"stylish" | "json" | "github" | "sarif" | "junit" | "summary", Reporter> = {
  stylish,
  json,
  github,
  sarif,
  junit,
  summary,
};

/** A reporter's name. */
export type ReporterName = keyof typeof REPORTERS;

function isReporterName(name: string): name is ReporterName {
  return Object.prototype.hasOwnProperty.call(REPORTERS, name);
}

/** Parses a --reporter value "NAME" or "NAME=PATH"; throws Error with a clear message naming the bad value and the known names. */
export function parseReporterSpec(spec: string): { name: ReporterName; path: string | null } {
  const eq = spec.indexOf("=");
  const name = eq === -1 ? spec : spec.slice(0, eq);
  const path = eq === -1 ? null : spec.slice(eq + 1);
  const known = Object.keys(REPORTERS).join(", ");
  if (!isReporterName(name)) {
    throw new Error(`unknown reporter ${JSON.stringify(name)} in --reporter ${JSON.stringify(spec)} (known: ${known})`);
  }
  if (path === "") {
    throw new Error(`--reporter ${JSON.stringify(spec)} has no path after "=" (use ${name} or ${name}=PATH)`);
  }
  return { name, path };
}
