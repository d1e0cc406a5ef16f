/** The HTML parser, loaded the first time an input is HTML (rehype-parse is large; text never loads it). */
import { inputFormat, type InputFormat } from "../pipeline/format.js";
import type { HtmlParser } from "../pipeline/html.js";

let loading: Promise<HtmlParser> | undefined;

/** The HTML parser when this input needs one, else undefined. */
export async function htmlParserFor(input: Uint8Array, path: string | null, from: InputFormat | undefined): Promise<HtmlParser | undefined> {
  if (inputFormat(input, path, from) !== "html") return undefined;
  loading ??= import("../pipeline/html-parser.js").then((m) => m.parseHtml);
  return loading;
}
