/**
 * vanban: parse Vietnamese directive documents into the documented model.
 *
 * `parse` is synchronous and pure: no file system, no globals mutated.
 */
export type { Document, Directive, Body, Citation, Diagnostic, Span, Point } from "./model/schema.js";
import type { Document } from "./model/schema.js";
import type { Grammar } from "./grammar/index.js";
import { runPipeline } from "./pipeline/run.js";

export type { Grammar } from "./grammar/index.js";
import type { RuleSettings } from "./rules/index.js";
import type { DecodeEncoding } from "./pipeline/decode.js";
/** The encodings `parse` reads and `encoding` may name. */
export { DECODE_ENCODINGS as ENCODINGS, type DecodeEncoding as EncodingName } from "./pipeline/decode.js";
export { RULES } from "./rules/index.js";
export type { Rule, RuleSettings, Level } from "./rules/index.js";

/** Options of `parse`. */
export interface ParseOptions {
  /** Recorded as `source.path` (the library never reads it). */
  path?: string | null;
  /** A grammar other than the bundled one (see `extendGrammar` in "vanban/grammar"). */
  grammar?: Grammar;
  /** Today as YYYY-MM-DD, for the `date-in-future` rule (default: the local date). */
  today?: string;
  /** Rule levels and options, as in a config file's `rules` (default: each rule's own level). */
  rules?: RuleSettings;
  /** Decode as this encoding (utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni, viqr) instead of detecting one. */
  encoding?: DecodeEncoding;
}

/** Parses one document (bytes in any supported encoding, or a string) into the model. */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Document {
  return runPipeline(input, options.path ?? null, options.grammar, {
    ...(options.today ? { today: options.today } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
  });
}
