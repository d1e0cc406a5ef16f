/**
 * The reading stages, composed: decode → (HTML page → its text) →
 * normalise → markdown marks removed. What comes out is the view every
 * later stage reads, with the decoded source its spans point into.
 */
import type { Grammar } from "../grammar/index.js";
import { makeSource, type Source, type View } from "../util/text.js";
import { decode, type DecodeEncoding, type Decoded } from "./decode.js";
import { inputFormat, type InputFormat } from "./format.js";
import { flatTree } from "./html-flat.js";
import { readHtml, type HtmlParser } from "./html.js";
import { hasMarks, stripMarkup } from "./markup.js";
import { normalize } from "./normalize.js";

/** How to read an input. */
export interface ReadOptions {
  /** Decode as this encoding instead of detecting one. */
  encoding?: DecodeEncoding;
  /** Read as this format instead of telling it from the path and the first characters. */
  from?: InputFormat;
  /** The HTML parser (./html-parser.ts): needed when the input is HTML. */
  html?: HtmlParser;
}

/** An input read: its decoding, the decoded source, the view to extract from, and how it was read. */
export interface Read {
  decoded: Decoded;
  source: Source;
  view: View;
  /** "html", "markdown" (marks were removed) or "text". */
  format: "html" | "markdown" | "text";
}

/** Thrown when an HTML input comes without an HTML parser: a caller's mistake, not the input's. */
export class NoHtmlParser extends Error {}

/** Reads one input up to the view the extractors work on. */
export function readInput(input: string | Uint8Array, path: string | null, g: Grammar, opts: ReadOptions = {}): Read {
  const decoded = decode(input, opts.encoding ? { encoding: opts.encoding } : {});
  const format = inputFormat(input, path, opts.from);
  if (format === "html") {
    if (!opts.html) throw new NoHtmlParser("an HTML input needs the HTML parser (ReadOptions.html)");
    const source = makeSource(decoded.text, true);
    return { decoded, source, view: normalize(pageText(source, opts.html, g)), format };
  }
  const source = makeSource(decoded.text);
  const normal = normalize(source);
  // Marks are looked for unless `from` says plain text; forced markdown goes through remark even without them.
  const marked = opts.from === "markdown" || (opts.from !== "text" && hasMarks(normal.text));
  return { decoded, source, view: marked ? stripMarkup(normal) : normal, format: marked ? "markdown" : "text" };
}

/** The page's text; a page nested too deeply for the tree builder's recursion is read flat. */
function pageText(source: Source, parse: HtmlParser, g: Grammar): View {
  try {
    return readHtml(source, parse(source.text), g);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    return readHtml(source, flatTree(source.text), g);
  }
}
