/**
 * `parse` without the HTML parser bound: what the CLI calls, so that
 * rehype-parse is loaded only for HTML input. The library's `parse`
 * (./index.ts) is this with the HTML parser given.
 */
import type { Grammar } from "./grammar/index.js";
import type { Document } from "./model/schema.js";
import type { DecodeEncoding } from "./pipeline/decode.js";
import type { InputFormat } from "./pipeline/format.js";
import type { HtmlParser } from "./pipeline/html.js";
import { runPipeline } from "./pipeline/run.js";
import type { RuleSettings } from "./rules/index.js";

/** Options of `parse`. */
export interface ParseOptions {
  /** Recorded as `source.path` (the library never reads it); an `.html`/`.htm` path is read as HTML. */
  path?: string | null;
  /** A grammar other than the bundled one (see `extendGrammar` in "vanban/grammar"). */
  grammar?: Grammar;
  /** Today as YYYY-MM-DD, for the `date-in-future` rule (default: the local date). */
  today?: string;
  /** Rule levels and options, as in a config file's `rules` (default: each rule's own level). */
  rules?: RuleSettings;
  /** Decode as this encoding (utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni, viqr) instead of detecting one. */
  encoding?: DecodeEncoding;
  /** Read as text, markdown or html instead of telling the format from the path and the first characters. */
  from?: InputFormat;
}

/** `parse` with the HTML parser passed in (needed only when the input is HTML). */
export function parseWith(input: string | Uint8Array, options: ParseOptions, html?: HtmlParser): Document {
  return runPipeline(input, options.path ?? null, options.grammar, {
    ...(options.today ? { today: options.today } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.from ? { from: options.from } : {}),
    ...(html ? { html } : {}),
  });
}
