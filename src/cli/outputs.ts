/**
 * Writing a batch's outputs into a mirror directory: `a/b/x.txt` →
 * `DIR/a/b/x.json`, each written to a temporary name in the same directory
 * and renamed, never outside DIR, and never over a file vanban did not write
 * (one whose `source.path` is this document's, or an empty one) unless forced.
 */
import {
  closeSync, existsSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeSync,
} from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join, sep } from "node:path";
import { threadId } from "node:worker_threads";
import { reasonOf } from "./errors.js";
import { parseOutput, type Format } from "./format.js";
import { fnv1a32 } from "./shard.js";

/** A failure of one document, reported in its place. */
export class TaskError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "TaskError";
  }
}

/** The output's path relative to DIR: the input's with its extension replaced. */
export function outputRel(rel: string, format: Format): string {
  const ext = format === "yaml" ? ".yaml" : ".json";
  const slash = rel.lastIndexOf("/");
  const dot = rel.lastIndexOf(".");
  return (dot > slash + 1 ? rel.slice(0, dot) : rel) + ext;
}

/** Marks temporary files of this host, so that a sweep never touches another machine's. */
const HOST = fnv1a32(hostname()).toString(36);
const TEMP_RE = /^\..+\.vanban-([a-z0-9]+)-(\d+)-\d+-[a-z0-9]+\.tmp$/u;

function tempName(path: string): string {
  const rand = Math.random().toString(36).slice(2, 10) || "0";
  return join(dirname(path), `.${basename(path)}.vanban-${HOST}-${process.pid}-${threadId}-${rand}.tmp`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: string }).code === "EPERM";
  }
}

/**
 * Removes the temporary files that killed runs on this host left below `dir`
 * (their process is gone); returns how many. Unreadable directories are skipped.
 */
export function sweepTemps(dir: string): number {
  let removed = 0;
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.isDirectory()) stack.push(join(d, e.name));
      else if (e.isFile()) {
        const m = TEMP_RE.exec(e.name);
        if (m && m[1] === HOST && !alive(Number(m[2]))) {
          rmSync(join(d, e.name), { force: true });
          removed++;
        }
      }
    }
  }
  return removed;
}

/** How to write into the mirror directory. */
export interface MirrorOptions {
  /** The real path of DIR (symlinks resolved). */
  outReal: string;
  format: Format;
  force: boolean;
  fsync: boolean;
}

/** Directories already checked to lie inside DIR (per thread). */
const checkedDirs = new Set<string>();

/** Checks that `dir` (existing or not) lies inside DIR once symlinks are resolved, then creates it. */
function ensureDirInside(dir: string, outReal: string): void {
  if (checkedDirs.has(dir)) return;
  // The nearest existing ancestor decides where new directories would land.
  let existing = dir;
  while (!existsSync(existing)) {
    const up = dirname(existing);
    if (up === existing) break;
    existing = up;
  }
  const real = realpathSync(existing);
  if (real !== outReal && !real.startsWith(outReal.endsWith(sep) ? outReal : outReal + sep)) {
    throw new TaskError("output-outside", `${existing} leads outside the output directory (to ${real})`);
  }
  if (existing !== dir) mkdirSync(dir, { recursive: true });
  checkedDirs.add(dir);
}

/** An existing output, parsed; undefined when missing or not valid JSON/YAML. */
export async function readOutput(path: string, format: Format): Promise<Record<string, unknown> | undefined> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
  const value = await parseOutput(text, format);
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** `source` of a parsed output, when it has one. */
export function sourceOf(value: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const s = value?.source;
  return s && typeof s === "object" ? (s as Record<string, unknown>) : undefined;
}

/**
 * Writes `text` to `path` (inside DIR) atomically. An existing file is replaced
 * only with `force`, or when it is an output for the same `source.path`.
 */
export async function writeMirrored(path: string, text: string, sourcePath: string, opts: MirrorOptions): Promise<void> {
  ensureDirInside(dirname(path), opts.outReal);
  const existing = lstatSync(path, { throwIfNoEntry: false });
  if (existing) {
    if (existing.isDirectory()) throw new TaskError("EISDIR", `${path}: is a directory`);
    // An empty file holds nothing to lose (what a crash before a flush leaves).
    const ours = existing.isFile() && (existing.size === 0 || sourceOf(await readOutput(path, opts.format))?.path === sourcePath);
    if (!opts.force && !ours) {
      throw new TaskError("output-exists", `${path} exists and was not written by vanban for this file (use --force to overwrite)`);
    }
  }
  // Synchronous: on a busy machine the promise API costs more CPU than the waits it would hide.
  const tmp = tempName(path);
  try {
    const fd = openSync(tmp, "wx", 0o666);
    try {
      const buf = Buffer.from(text, "utf8");
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
      if (opts.fsync) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (existing) renameSync(tmp, path);
    else publishNew(tmp, path);
  } catch (err) {
    if (err instanceof TaskError) throw err;
    throw new TaskError(String((err as { code?: unknown }).code ?? "write-failed"), `${path}: ${reasonOf(err)}`);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Moves `tmp` to `path` only if nothing appeared there meanwhile. */
function publishNew(tmp: string, path: string): void {
  try {
    linkSync(tmp, path);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === "EEXIST") throw new TaskError("output-exists", `${path} appeared while writing (another run?)`);
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw err;
    renameSync(tmp, path); // file systems without hard links
  }
}
