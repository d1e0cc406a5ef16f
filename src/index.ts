/**
 * vanban: parse Vietnamese directive documents into the documented model.
 *
 * `parse` is synchronous and pure: no file system, no globals mutated.
 */
export type { Document, Directive, Body, Citation, Diagnostic, Span, Point } from "./model/schema.js";
import type { Document } from "./model/schema.js";
import { parseHtml } from "./pipeline/html-parser.js";
import { parseWith, type ParseOptions } from "./parse.js";

export type { Grammar } from "./grammar/index.js";
export type { ParseOptions } from "./parse.js";
/** The encodings `parse` reads and `encoding` may name. */
export { DECODE_ENCODINGS as ENCODINGS, type DecodeEncoding as EncodingName } from "./pipeline/decode.js";
/** The formats `from` may name. */
export { INPUT_FORMATS, type InputFormat } from "./pipeline/format.js";
export { RULES } from "./rules/index.js";
export type { Rule, RuleSettings, Level } from "./rules/index.js";

/** Parses one document (bytes in any supported encoding, or a string; text, markdown or an HTML page) into the model. */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Document {
  return parseWith(input, options, parseHtml);
}
