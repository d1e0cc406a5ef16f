/**
 * The CLI's error type: a one-line message and the exit code it maps to.
 *
 * Exit codes: 0 ok; 1 a document could not be processed or its output could
 * not be written; 2 a usage error (bad option or command, no input, an input
 * file that cannot be read, an output file that already exists).
 */

/** Exit code of a usage error. */
export const EXIT_USAGE = 2;
/** Exit code of a failure while processing or writing a document. */
export const EXIT_FAILURE = 1;

/** An error the CLI reports as one stderr line `vanban: <message>`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = "CliError";
  }
}

const REASONS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "is a directory",
  ENOTDIR: "not a directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EMFILE: "too many open files",
  ENOSPC: "no space left on device",
  EROFS: "read-only file system",
  EEXIST: "file exists",
  ENAMETOOLONG: "file name too long",
  ELOOP: "too many symbolic links",
  EAGAIN: "resource temporarily unavailable",
  ENXIO: "no such device or address",
};

/** A short human reason for a file system error (or any error), never a stack. */
export function reasonOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === "string" && REASONS[code]) return REASONS[code];
  const message = err instanceof Error ? err.message : String(err);
  return message.split("\n", 1)[0]?.trim() || "unknown error";
}
