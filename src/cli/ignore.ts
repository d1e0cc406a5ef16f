/**
 * Ignore rules with gitignore's syntax, for `--ignore GLOB` and `.vanbanignore`
 * files: one pattern a line, `#` comments, `!` re-includes, a trailing `/`
 * matches directories only, a pattern with a `/` is anchored to the file's
 * directory, one without matches a name at any depth. The last match wins.
 */
import { globToRegExp } from "./glob.js";

/** The name of the ignore file read in the working directory and in every directory walked. */
export const IGNORE_FILE = ".vanbanignore";

/** One compiled pattern. */
export interface IgnoreRule {
  re: RegExp;
  negate: boolean;
  dirOnly: boolean;
}

/**
 * Rules and where they apply: `prefix` is the path (relative to the walk's root)
 * of the directory the rules are relative to, `""` for the root itself; `outer`,
 * when set, is prepended instead (rules of a directory above the root, like the
 * working directory's `.vanbanignore`).
 */
export interface RuleSet {
  rules: IgnoreRule[];
  prefix: string;
  outer?: string;
}

/** One gitignore-style line as a rule, or null for blanks and comments. */
export function compileIgnoreLine(line: string): IgnoreRule | null {
  let p = line.replace(/(?<!\\)\s+$/u, "");
  if (!p || p.startsWith("#")) return null;
  let negate = false;
  if (p.startsWith("!")) {
    negate = true;
    p = p.slice(1);
  } else if (p.startsWith("\\!") || p.startsWith("\\#")) p = p.slice(1);
  let dirOnly = false;
  if (p.endsWith("/")) {
    dirOnly = true;
    p = p.replace(/\/+$/u, "");
  }
  if (!p) return null;
  const anchored = p.includes("/");
  if (p.startsWith("/")) p = p.replace(/^\/+/u, "");
  if (p.startsWith("./")) p = p.slice(2);
  try {
    return { re: globToRegExp(anchored ? p : `**/${p}`), negate, dirOnly };
  } catch {
    return null; // an unusable line is ignored, as git does
  }
}

/** The rules of an ignore file's text. */
export function parseIgnoreFile(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const line of text.replace(/^\uFEFF/u, "").split(/\r?\n/u)) {
    const rule = compileIgnoreLine(line);
    if (rule) rules.push(rule);
  }
  return rules;
}

/** Compiles `--ignore` patterns; a bad pattern throws with the pattern in the message. */
export function compileIgnorePatterns(patterns: readonly string[]): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const p of patterns) {
    const rule = compileIgnoreLine(p);
    if (!rule) throw new Error(`--ignore ${JSON.stringify(p)}: not a usable pattern`);
    rules.push(rule);
  }
  return rules;
}

/**
 * Whether `rel` (relative to the walk's root, `/`-separated) is ignored by
 * `sets`, taken in order (later sets win, as a deeper .gitignore does).
 */
export function isIgnored(rel: string, isDir: boolean, sets: readonly RuleSet[]): boolean {
  let ignored = false;
  for (const set of sets) {
    let local: string;
    if (set.outer !== undefined) local = set.outer ? `${set.outer}/${rel}` : rel;
    else if (!set.prefix) local = rel;
    else if (rel.startsWith(`${set.prefix}/`)) local = rel.slice(set.prefix.length + 1);
    else continue;
    for (const rule of set.rules) {
      if (rule.negate === ignored && (!rule.dirOnly || isDir) && rule.re.test(local)) ignored = !rule.negate;
    }
  }
  return ignored;
}
