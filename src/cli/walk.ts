/**
 * Recursive directory listing for batch runs: documents by extension (or by a
 * glob), hidden entries and symlinked directories skipped unless asked,
 * `.vanbanignore` files honoured, unreadable directories and broken links
 * reported instead of dropped, and the result sorted by code point.
 */
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import { join } from "node:path";
import { reasonOf } from "./errors.js";
import { IGNORE_FILE, isIgnored, parseIgnoreFile, type IgnoreRule, type RuleSet } from "./ignore.js";
import { compareCodePoints } from "./paths.js";

/** Extensions taken from directories (case-insensitive). */
export const DOC_EXTENSIONS = [".txt", ".md", ".text", ".html", ".htm"] as const;

/** How to walk. */
export interface WalkOptions {
  /** Take hidden files and enter hidden directories (names starting with `.`). */
  hidden: boolean;
  /** Enter symlinked directories (each real directory once). */
  follow: boolean;
  /** Keep files whose relative path matches (a glob), and the documents of directories that match; otherwise keep DOC_EXTENSIONS. */
  match?: { re: RegExp; maxDepth: number };
  /** `--ignore` rules, relative to the root; they win over ignore files. */
  ignore: IgnoreRule[];
  /** The working directory's ignore rules, with the root's path relative to it (`""` when the root is the cwd). */
  cwdRules?: { rules: IgnoreRule[]; rootFromCwd: string };
  /** An absolute directory never entered (the output directory). */
  exclude?: string;
}

/** A path below the root that could not be taken, with the reason. */
export interface WalkFailure {
  rel: string;
  code: string;
  message: string;
}

/** What a walk found: relative paths of documents and failures, together in code-point order. */
export interface Walked {
  items: (string | WalkFailure)[];
  /** How many of `items` are documents. */
  files: number;
}

interface Frame {
  abs: string;
  rel: string;
  depth: number;
  /** Below a directory the glob matched: every document is taken. */
  whole?: boolean;
  sets: RuleSet[];
}

const isDocName = (name: string): boolean => {
  const dot = name.lastIndexOf(".");
  return dot > 0 && (DOC_EXTENSIONS as readonly string[]).includes(name.slice(dot).toLowerCase());
};

const codeOf = (err: unknown): string => String((err as { code?: unknown })?.code ?? "EIO");

/** Lists the documents below `rootAbs` (an existing directory), sorted; a root that cannot be read throws. */
export function walk(rootAbs: string, opts: WalkOptions): Walked {
  const files: string[] = [];
  const failures: WalkFailure[] = [];
  const visited = new Set<string>();
  if (opts.follow) visited.add(safeRealpath(rootAbs) ?? rootAbs);
  const cli: RuleSet = { rules: opts.ignore, prefix: "" };
  const base: RuleSet[] = opts.cwdRules?.rules.length ? [{ rules: opts.cwdRules.rules, prefix: "", outer: opts.cwdRules.rootFromCwd }] : [];
  const stack: Frame[] = [{ abs: rootAbs, rel: "", depth: 0, sets: base }];

  while (stack.length) {
    const frame = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(frame.abs, { withFileTypes: true });
    } catch (err) {
      if (frame.depth === 0) throw err;
      failures.push({ rel: frame.rel, code: codeOf(err), message: reasonOf(err) });
      continue;
    }
    let sets = frame.sets;
    if (entries.some((e) => e.name === IGNORE_FILE && !e.isDirectory())) {
      try {
        const rules = parseIgnoreFile(readFileSync(join(frame.abs, IGNORE_FILE), "utf8"));
        if (rules.length) sets = [...sets, { rules, prefix: frame.rel }];
      } catch {
        // an unreadable ignore file ignores nothing
      }
    }
    const checks = opts.ignore.length ? [...sets, cli] : sets;
    // Name order, directories visited in that order: which path reaches a twice-linked directory is stable.
    entries.sort((x, y) => compareCodePoints(x.name, y.name));
    const subdirs: Frame[] = [];
    for (const entry of entries) {
      const name = entry.name;
      if (!opts.hidden && name.startsWith(".")) continue;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      // Most entries of a large tree are files of another kind: reject them before allocating anything.
      if (isFile && (!opts.match || frame.whole) && !isDocName(name)) continue;
      const rel = frame.rel ? `${frame.rel}/${name}` : name;
      if (isFile) {
        if (wanted(rel, name, frame, opts) && !isIgnored(rel, false, checks)) files.push(rel);
        continue;
      }
      const abs = join(frame.abs, name);
      if (entry.isSymbolicLink()) {
        const st = statOrNull(abs);
        if (!st) {
          if (wanted(rel, name, frame, opts) && !isIgnored(rel, false, checks)) {
            failures.push({ rel, code: "ENOENT", message: "broken symbolic link" });
          }
          continue;
        }
        isFile = st.isFile();
        isDir = st.isDirectory() && opts.follow;
        if (isDir) {
          const real = safeRealpath(abs);
          if (!real || visited.has(real)) continue;
          visited.add(real);
        }
      } else if (isDir && opts.follow) {
        const real = safeRealpath(abs);
        if (real) {
          if (visited.has(real)) continue;
          visited.add(real);
        }
      }
      if (isDir) {
        if (abs === opts.exclude || isIgnored(rel, true, checks)) continue;
        // A directory the glob matches is taken whole; others are entered while a match is possible.
        const whole = frame.whole || (opts.match !== undefined && opts.match.re.test(rel));
        if (!whole && frame.depth + 1 >= (opts.match?.maxDepth ?? Infinity)) continue;
        subdirs.push({ abs, rel, depth: frame.depth + 1, sets, ...(whole ? { whole } : {}) });
      } else if (isFile && wanted(rel, name, frame, opts) && !isIgnored(rel, false, checks)) {
        files.push(rel);
      }
    }
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
  }
  const items: (string | WalkFailure)[] = [...files, ...failures];
  items.sort((a, b) => compareCodePoints(typeof a === "string" ? a : a.rel, typeof b === "string" ? b : b.rel));
  return { items, files: files.length };
}

/** Whether a file in `parent` is taken: by the glob, or (walking a directory) by its extension. */
function wanted(rel: string, name: string, parent: Frame, opts: WalkOptions): boolean {
  if (opts.match && !parent.whole) return parent.depth + 1 <= opts.match.maxDepth && opts.match.re.test(rel);
  return isDocName(name);
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

function safeRealpath(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}
