/**
 * Batch inputs: files, directories (walked) and globs from the command line
 * or `--files-from`, turned into one ordered, de-duplicated list of entries,
 * each with a path relative to its root (for mirroring, sharding and order).
 */
import { readFileSync, statSync, type Stats } from "node:fs";
import { join, relative, resolve } from "node:path";
import { CliError, EXIT_USAGE, reasonOf } from "./errors.js";
import { compileGlob, hasGlobChars } from "./glob.js";
import { compileIgnorePatterns, IGNORE_FILE, parseIgnoreFile, type IgnoreRule } from "./ignore.js";
import { readStdin } from "./io.js";
import { commonDir, isInside, joinDisplay, toPosix } from "./paths.js";
import { walk, type WalkOptions } from "./walk.js";

/** Why an entry cannot be processed, known before any parsing. */
export interface EntryFailure {
  code: string;
  message: string;
}

/** A directory the entries of one argument are relative to. */
export interface InputRoot {
  /** Absolute path. */
  abs: string;
  /** As the user wrote it (`""` for the common directory of loose files). */
  display: string;
  /** True for a directory argument or a glob's base: an input tree. */
  tree: boolean;
}

/** One document to process (or a failure to report in its place). */
export interface InputEntry {
  root: InputRoot;
  /** Relative to `root`, `/`-separated. */
  rel: string;
  /** The path as given, for files named explicitly. */
  given?: string;
  failure?: EntryFailure;
}

/** One command-line argument or `--files-from` line; `literal` ones are never globs. */
export interface InputArg {
  arg: string;
  literal: boolean;
}

/** Options of `listInputs`. */
export interface ListOptions {
  hidden: boolean;
  follow: boolean;
  ignore: IgnoreRule[];
  /** The output directory (absolute), never walked. */
  exclude?: string;
}

/** `--ignore` patterns compiled; a bad pattern is a usage error naming it. */
export function ignoreOption(patterns: readonly string[] | undefined): IgnoreRule[] {
  try {
    return compileIgnorePatterns(patterns ?? []);
  } catch (err) {
    throw new CliError(reasonOf(err), EXIT_USAGE);
  }
}

/** The absolute path of an entry. */
export function entryAbs(e: InputEntry): string {
  return e.given !== undefined ? resolve(e.given) : join(e.root.abs, e.rel);
}

/** The path shown for an entry and recorded as `source.path`. */
export function entryDisplay(e: InputEntry): string {
  return e.given ?? joinDisplay(e.root.display, e.rel);
}

/** Reads a `--files-from` list (a file, or `-` for stdin): lines, or NUL-separated with `nul`. */
export async function readFilesFrom(file: string, nul: boolean): Promise<string[]> {
  let bytes: Uint8Array;
  try {
    bytes = file === "-" ? await readStdin() : readFileSync(file);
  } catch (err) {
    if (err instanceof CliError) throw new CliError(err.message, EXIT_USAGE);
    throw new CliError(`${file}: ${reasonOf(err)}`, EXIT_USAGE);
  }
  const text = new TextDecoder().decode(bytes);
  const items = nul ? text.split("\0") : text.split("\n").map((l) => l.replace(/\r$/u, ""));
  return items.filter((s) => s.length > 0);
}

function statArg(arg: string): Stats | null | Error {
  try {
    return statSync(arg, { throwIfNoEntry: false }) ?? null;
  } catch (err) {
    return err as Error;
  }
}

/** The working directory's `.vanbanignore` rules (none when absent or unreadable). */
function cwdIgnoreRules(cwd: string): IgnoreRule[] {
  try {
    return parseIgnoreFile(readFileSync(join(cwd, IGNORE_FILE), "utf8"));
  } catch {
    return [];
  }
}

/**
 * Expands arguments into entries, in argument order; a directory's or a glob's
 * files are sorted by relative path. A file reached twice is kept once. Files
 * named explicitly are relative to their common directory.
 */
export function listInputs(args: readonly InputArg[], opts: ListOptions): InputEntry[] {
  const cwd = process.cwd();
  const cwdRules = cwdIgnoreRules(cwd);
  const entries: InputEntry[] = [];
  const seen = new Set<string>();
  const dedupe = args.length > 1;
  const loose: InputRoot = { abs: cwd, display: "", tree: false };
  const looseEntries: InputEntry[] = [];

  const addLoose = (given: string, failure?: EntryFailure): void => {
    const abs = resolve(given);
    if (!failure && seen.has(abs)) return;
    seen.add(abs);
    const e: InputEntry = failure ? { root: loose, rel: "", given, failure } : { root: loose, rel: "", given };
    entries.push(e);
    looseEntries.push(e);
  };

  const addTree = (display: string, rootAbs: string, match?: WalkOptions["match"]): boolean => {
    const root: InputRoot = { abs: rootAbs, display, tree: true };
    const walkOpts: WalkOptions = { hidden: opts.hidden, follow: opts.follow, ignore: opts.ignore };
    if (match) walkOpts.match = match;
    if (opts.exclude) walkOpts.exclude = opts.exclude;
    if (cwdRules.length && rootAbs !== cwd && isInside(rootAbs, cwd)) walkOpts.cwdRules = { rules: cwdRules, rootFromCwd: toPosix(relative(cwd, rootAbs)) };
    let found;
    try {
      found = walk(rootAbs, walkOpts);
    } catch (err) {
      addLoose(display, { code: String((err as { code?: unknown }).code ?? "EIO"), message: reasonOf(err) });
      return true;
    }
    for (const item of found.items) {
      if (typeof item !== "string") {
        entries.push({ root, rel: item.rel, failure: { code: item.code, message: item.message } });
        continue;
      }
      // With one argument nothing can be reached twice: no set of 100,000 paths to keep.
      if (dedupe) {
        const abs = join(rootAbs, item);
        if (seen.has(abs)) continue;
        seen.add(abs);
      }
      entries.push({ root, rel: item });
    }
    return found.items.length > 0;
  };

  for (const { arg, literal } of args) {
    const st = statArg(arg);
    if (st instanceof Error) addLoose(arg, { code: String((st as { code?: unknown }).code ?? "EIO"), message: reasonOf(st) });
    else if (st?.isDirectory()) addTree(arg, resolve(arg));
    else if (st) addLoose(arg);
    else if (!literal && hasGlobChars(arg)) {
      let glob;
      try {
        glob = compileGlob(arg);
      } catch (err) {
        throw new CliError(`${arg}: ${reasonOf(err)}`, EXIT_USAGE);
      }
      const baseStat = statArg(glob.base);
      const matched = baseStat && !(baseStat instanceof Error) && baseStat.isDirectory() && addTree(glob.base, resolve(glob.base), glob);
      if (!matched) addLoose(arg, { code: "no-match", message: "no files match" });
    } else addLoose(arg, { code: "ENOENT", message: "no such file" });
  }

  // Explicit files are relative to the deepest directory holding all of them.
  if (looseEntries.length) {
    loose.abs = commonDir(looseEntries.map((e) => resolve(e.given!)));
    for (const e of looseEntries) e.rel = toPosix(relative(loose.abs, resolve(e.given!))) || e.given!;
  }
  return entries;
}
