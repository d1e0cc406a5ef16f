/**
 * The HTML parser: rehype-parse (parse5, the WHATWG algorithm) through
 * unified, built once. It is the one part of the pipeline with a large
 * dependency, so the CLI imports this module only when an input is HTML;
 * the library's `parse` imports it statically.
 */
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import type { HtmlParser, HtmlRoot } from "./html.js";

let processor: { parse(text: string): unknown } | undefined;

/** Parses an HTML page into a hast tree with positions (offsets into `text`). */
export const parseHtml: HtmlParser = (text) => {
  processor ??= unified().use(rehypeParse).freeze() as unknown as { parse(text: string): unknown };
  return processor.parse(text) as HtmlRoot;
};
