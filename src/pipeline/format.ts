/**
 * Which reader an input needs: plain text, markdown-ish text or HTML.
 * `--from` forces one; otherwise an `.html`/`.htm`/`.xhtml` path or markup
 * at the very start ("<!DOCTYPE html", "<html", "<head", "<body", "<meta")
 * is HTML. A text that only mentions a tag further down is not. Cheap and
 * dependency-free: the CLI asks it before loading the HTML parser.
 */

/** The formats `--from` names. */
export const INPUT_FORMATS = ["text", "markdown", "html"] as const;
/** An input format `--from` can force. */
export type InputFormat = (typeof INPUT_FORMATS)[number];

const HTML_PATH = /\.x?html?$/iu;
/**
 * The start of an HTML document: comments and white space, then one of the
 * tags only a page begins with. A comment's body cannot hold "-->", so each
 * comment matches one way only: linear on "<!---->" repeated (a lazy `[^]*?`
 * there backtracks exponentially).
 */
const HTML_START = /^\uFEFF?(?:\s|<!--(?:[^-]|-(?!->))*-->)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]/iu;
/** How much of the input is looked at. */
const SNIFF = 2048;

/** The first SNIFF characters of the input (bytes as Latin-1 after a UTF-8 BOM, UTF-16 with a BOM as UTF-16). */
function head(input: string | Uint8Array): string {
  if (typeof input === "string") return input.slice(0, SNIFF);
  const b = input.subarray(0, SNIFF);
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return new TextDecoder(b[0] === 0xff ? "utf-16le" : "utf-16be").decode(b);
  const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  return Buffer.from(b.buffer, b.byteOffset + bom, b.byteLength - bom).toString("latin1");
}

/** True when the input is an HTML page, by its path or its first characters. */
export function looksLikeHtml(input: string | Uint8Array, path: string | null = null): boolean {
  return (path !== null && HTML_PATH.test(path)) || HTML_START.test(head(input));
}

/** The reader an input needs: `from` when given, else HTML when it looks like a page, else text (markdown marks are found later). */
export function inputFormat(input: string | Uint8Array, path: string | null, from?: InputFormat): InputFormat {
  if (from) return from;
  return looksLikeHtml(input, path) ? "html" : "text";
}
