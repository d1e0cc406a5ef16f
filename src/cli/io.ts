/**
 * Input and output for the CLI: reading a file or stdin as bytes, writing
 * to stdout (a closed pipe ends quietly), and writing a file atomically.
 */
import {
  closeSync, existsSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { isatty } from "node:tty";
import { checkSize, NotADocument } from "../pipeline/guard.js";
import { CliError, EXIT_FAILURE, EXIT_USAGE, reasonOf } from "./errors.js";

/** True when stdin is an interactive terminal (nothing was piped in). */
export function stdinIsTTY(): boolean {
  return isatty(0);
}

/** Reads all of stdin as bytes. */
export async function readStdin(): Promise<Uint8Array> {
  try {
    return readFileSync(0);
  } catch (err) {
    // A non-blocking stdin (some terminals, some parents) refuses a sync read.
    if ((err as { code?: string }).code !== "EAGAIN") throw new CliError(`stdin: ${reasonOf(err)}`, EXIT_FAILURE);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Reads a file as bytes. A path that does not exist is a usage error (exit
 * 2); a file that exists but cannot be read (permissions), or is over
 * `maxBytes` (checked before reading it), fails (exit 1). Both name the file.
 */
export function readInputFile(file: string, maxBytes = Infinity): Uint8Array {
  try {
    checkSize(statSync(file).size, maxBytes);
    return readFileSync(file);
  } catch (err) {
    if (err instanceof NotADocument) throw new CliError(`${file}: ${err.message}`, EXIT_FAILURE);
    const code = (err as { code?: unknown }).code;
    throw new CliError(`${file}: ${reasonOf(err)}`, code === "ENOENT" || code === "ENOTDIR" ? EXIT_USAGE : EXIT_FAILURE);
  }
}

/** Ends the process quietly when stdout's reader goes away (`vanban parse x | head -1`). */
export function quietEpipe(): void {
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    process.stderr.write(`vanban: stdout: ${reasonOf(err)}\n`);
    process.exit(EXIT_FAILURE);
  });
}

/** Writes text to stdout. */
export function writeStdout(text: string): void {
  process.stdout.write(text);
}

/** What stands at an output path: nothing, a regular file, a directory, or a device/FIFO. */
export type OutputKind = "none" | "file" | "dir" | "special";

/** What stands at `path`. */
export function outputKind(path: string): OutputKind {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return "none";
  return st.isFile() ? "file" : st.isDirectory() ? "dir" : "special";
}

/**
 * Checks an output path before any work is done: an existing file needs
 * `force`, a directory is refused; devices and FIFOs (`/dev/stdout`) are fine.
 */
export function checkOutputPath(path: string, force: boolean): void {
  const kind = outputKind(path);
  if (kind === "dir") throw new CliError(`${path}: is a directory`, EXIT_USAGE);
  if (kind === "file" && !force) throw existsError(path);
}

function existsError(path: string): CliError {
  return new CliError(`${path} exists (use --force to overwrite)`, EXIT_USAGE);
}

/**
 * Writes `text` to `path` atomically: a temp file in the same directory is
 * written and synced, then renamed (or, without `force`, hard-linked so an
 * existing file is never replaced). A failure leaves no partial file.
 * A device or FIFO (`/dev/stdout`, a named pipe) is written in place:
 * renaming over it would replace the device with a file.
 */
export function writeFileAtomic(path: string, text: string, force: boolean): void {
  if (outputKind(path) === "special") {
    try {
      writeFileSync(path, text);
    } catch (err) {
      throw new CliError(`${path}: ${reasonOf(err)}`, EXIT_FAILURE);
    }
    return;
  }
  const dir = dirname(resolve(path));
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    const fd = openSync(tmp, "wx", 0o666);
    try {
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (force) renameSync(tmp, path);
    else publishNew(tmp, path);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`${path}: ${reasonOf(err)}`, EXIT_FAILURE);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Moves a finished temp file (in the same directory) to `path`: replacing an
 * existing file with `force`, else only if `path` does not exist.
 */
export function publishTemp(tmp: string, path: string, force: boolean): void {
  try {
    if (force) renameSync(tmp, path);
    else publishNew(tmp, path);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`${path}: ${reasonOf(err)}`, EXIT_FAILURE);
  }
}

/** Moves `tmp` to `path` only if `path` does not exist. */
function publishNew(tmp: string, path: string): void {
  try {
    linkSync(tmp, path);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === "EEXIST") throw existsError(path);
    // File systems without hard links: check, then rename.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw err;
    if (existsSync(path)) throw existsError(path);
    renameSync(tmp, path);
  }
}
