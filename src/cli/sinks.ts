/**
 * Where a batch's stream text goes: stdout, or one NDJSON file written under
 * a temporary name and moved into place when the run ends.
 */
import { closeSync, fsyncSync, openSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Sink } from "./dispatch.js";
import { CliError, EXIT_FAILURE, reasonOf } from "./errors.js";
import { outputKind, publishTemp } from "./io.js";

/** One NDJSON file written under a temporary name and moved into place at the end. */
export function fileSink(path: string, force: boolean): Sink & { commit(): void; abort(): void } {
  // A device or FIFO (-o /dev/stdout) is written in place.
  const special = outputKind(path) === "special";
  const tmp = special ? path : join(dirname(resolve(path)), `.${basename(path)}.vanban-${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, special ? "w" : "wx", 0o666);
  } catch (err) {
    throw new CliError(`${path}: ${reasonOf(err)}`, EXIT_FAILURE);
  }
  return {
    write(text) {
      const buf = Buffer.from(text, "utf8");
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
      return true;
    },
    onDrain(cb) {
      setImmediate(cb);
    },
    commit() {
      if (special) {
        closeSync(fd);
        return;
      }
      fsyncSync(fd);
      closeSync(fd);
      try {
        publishTemp(tmp, path, force); // never replaces a file without --force
      } finally {
        rmSync(tmp, { force: true });
      }
    },
    abort() {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      if (!special) rmSync(tmp, { force: true });
    },
  };
}

/** stdout, waiting for "drain" when its buffer is full. */
export const stdoutSink: Sink = {
  write: (text) => process.stdout.write(text),
  onDrain: (cb) => process.stdout.once("drain", cb),
};
