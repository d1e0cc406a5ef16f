/**
 * Small path helpers for batch runs: code-point ordering, the common
 * directory of a list of files, and display paths.
 */
import { dirname, isAbsolute, relative, sep } from "node:path";

/** Maps a UTF-16 code unit so that comparing mapped units orders strings by code point. */
function fixup(u: number): number {
  if (u >= 0xd800 && u <= 0xdfff) return u + 0x2000;
  if (u >= 0xe000) return u - 0x800;
  return u;
}

/** Orders strings by Unicode code point (as their UTF-8 bytes would sort). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return fixup(x) - fixup(y);
  }
  return a.length - b.length;
}

/** The deepest directory containing every one of `files` (absolute paths). */
export function commonDir(files: readonly string[]): string {
  if (files.length === 0) return process.cwd();
  let common = dirname(files[0]!);
  for (const f of files) {
    while (!isInside(f, common)) {
      const up = dirname(common);
      if (up === common) return common;
      common = up;
    }
  }
  return common;
}

/** True when `path` is `dir` or below it (both absolute, normalised). */
export function isInside(path: string, dir: string): boolean {
  if (path === dir) return true;
  const r = relative(dir, path);
  return r !== "" && !r.startsWith(`..${sep}`) && r !== ".." && !isAbsolute(r);
}

/** A relative path with `/` separators. */
export function toPosix(p: string): string {
  return sep === "/" ? p : p.split(sep).join("/");
}

/** `root` (as the user wrote it) joined with a relative path, for `source.path` and messages. */
export function joinDisplay(root: string, rel: string): string {
  if (root === "." || root === "./" || root === "") return rel;
  return root.endsWith("/") ? root + rel : `${root}/${rel}`;
}
