/**
 * Glob patterns as regular expressions, for inputs (`vanban parse 'docs/**\/*.txt'`),
 * `--ignore` and `.vanbanignore`. Supports `*`, `**` (whole segments), `?`,
 * `[...]` (with `!` or `^` to negate), `{a,b}` (nested) and `\` escapes.
 * Paths are matched with `/` separators; `*`, `?` and classes never match `/`.
 */

/** Characters that make an argument a glob (when no file of that name exists). */
const GLOB_CHARS = /[*?[{]/;

/** At most this many patterns from one brace expansion (`{a,b}{c,d}` is 4). */
const MAX_EXPANSION = 1024;

/** True when `s` contains glob syntax. */
export function hasGlobChars(s: string): boolean {
  return GLOB_CHARS.test(s);
}

/** Index of the `}` closing the `{` at `open`, or -1. */
function closingBrace(p: string, open: number): number {
  let depth = 0;
  for (let i = open; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") i++;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return -1;
}

/** Splits the inside of a brace group on its top-level commas. */
function splitAlternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\\") i++;
    else if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (c === "," && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/** Expands `{a,b}` groups into separate patterns (`x{a,b}y` → `xay`, `xby`). A group without a comma stays literal. */
export function expandBraces(pattern: string): string[] {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c !== "{") continue;
    const close = closingBrace(pattern, i);
    if (close < 0) return [pattern];
    const alternatives = splitAlternatives(pattern.slice(i + 1, close));
    if (alternatives.length < 2) continue;
    const head = pattern.slice(0, i);
    const tails = expandBraces(pattern.slice(close + 1));
    const out: string[] = [];
    for (const alt of alternatives) {
      for (const a of expandBraces(alt)) {
        for (const t of tails) {
          out.push(head + a + t);
          if (out.length > MAX_EXPANSION) throw new Error(`too many alternatives in ${pattern}`);
        }
      }
    }
    return out;
  }
  return [pattern];
}

const escapeRe = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** One character inside a regex class, escaped when it is special there. */
const classChar = (c: string): string => (c === "]" || c === "[" || c === "^" || c === "-" || c === "\\" ? `\\${c}` : c);

/** One path segment (no `/`, no braces left) as a regular expression source. */
function segmentSource(seg: string): string {
  let re = "";
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === "\\" && i + 1 < seg.length) re += escapeRe(seg[++i]!);
    else if (c === "*") {
      while (seg[i + 1] === "*") i++;
      re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end = classEnd(seg, i);
      if (end < 0) re += "\\[";
      else {
        re += classSource(seg.slice(i + 1, end));
        i = end;
      }
    } else re += escapeRe(c);
  }
  return re;
}

/** Index of the `]` closing the class opened at `open` (a `]` right after `[` or `[!` is literal), or -1. */
function classEnd(seg: string, open: number): number {
  let i = open + 1;
  if (seg[i] === "!" || seg[i] === "^") i++;
  if (seg[i] === "]") i++;
  for (; i < seg.length; i++) {
    if (seg[i] === "\\") i++;
    else if (seg[i] === "]") return i;
  }
  return -1;
}

function classSource(body: string): string {
  let negate = false;
  if (body[0] === "!" || body[0] === "^") {
    negate = true;
    body = body.slice(1);
  }
  let inner = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === "\\" && i + 1 < body.length) inner += classChar(body[++i]!);
    else if (c === "-" && i > 0 && i < body.length - 1) inner += "-";
    else inner += classChar(c);
  }
  return negate ? `[^/${inner}]` : `(?!/)[${inner}]`;
}

/** A brace-free pattern as a regex source anchored at both ends. */
function patternSource(pattern: string): string {
  const segs = pattern.split("/");
  let re = "";
  segs.forEach((seg, i) => {
    const last = i === segs.length - 1;
    if (seg === "**") re += last ? ".*" : "(?:[^/]+/)*";
    else re += segmentSource(seg) + (last ? "" : "/");
  });
  return `^${re}$`;
}

/** A glob as a RegExp over `/`-separated relative paths. */
export function globToRegExp(pattern: string): RegExp {
  return new RegExp(expandBraces(pattern).map(patternSource).join("|"), "u");
}

/** A glob argument split into the directory to walk and the filter for paths relative to it. */
export interface CompiledGlob {
  /** The literal leading directories (`docs/2021` for `docs/2021/**\/*.txt`), `.` when none. */
  base: string;
  /** Matches paths relative to `base`. */
  re: RegExp;
  /** Deepest path (in segments) that can match; Infinity with `**`. */
  maxDepth: number;
}

/** Splits a glob argument into a literal base directory and a matcher below it. */
export function compileGlob(pattern: string): CompiledGlob {
  const expanded = expandBraces(pattern.replace(/\/+/g, "/"));
  const split = expanded.map((p) => {
    const segs = p.split("/");
    const firstGlob = segs.findIndex((s) => hasGlobChars(s.replace(/\\./g, "")));
    // A pattern whose only "glob" was a literal brace group: the last segment is the filter.
    const n = firstGlob < 0 ? segs.length - 1 : firstGlob;
    return { base: segs.slice(0, n), rest: segs.slice(n) };
  });
  // The common literal prefix of every alternative is the one directory walked.
  let common = split[0]!.base;
  for (const { base } of split) {
    let k = 0;
    while (k < common.length && k < base.length && common[k] === base[k]) k++;
    common = common.slice(0, k);
  }
  const rests = split.map(({ base, rest }) => [...base.slice(common.length), ...rest]);
  const maxDepth = Math.max(...rests.map((r) => (r.includes("**") ? Infinity : r.length)));
  const literal = common.map((s) => s.replace(/\\(.)/gu, "$1"));
  const base = literal.length === 0 ? "." : literal.length === 1 && literal[0] === "" ? "/" : literal.join("/");
  return { base, re: new RegExp(rests.map((r) => patternSource(r.join("/"))).join("|"), "u"), maxDepth };
}
