/**
 * Counting a batch run: the summary on stderr (`N files, X ok, Y with
 * warnings, Z failed`, then the failed paths) and the `--report FILE` JSON.
 * `ok`, `withWarnings` and `failed` are disjoint and add up to `files`.
 */
import { readFileSync, statSync } from "node:fs";
import { CliError, EXIT_USAGE } from "./errors.js";
import { writeFileAtomic } from "./io.js";
import type { Outcome } from "./task.js";

/** Failed paths listed in the stderr summary (all of them are in the report). */
const SUMMARY_FAILURES = 20;

/** One failed document in the report. */
export interface ReportFailure {
  path: string;
  code: string;
  message: string;
}

/** The `--report` file's content. */
export interface Report {
  version: string;
  started: string;
  finished: string;
  seconds: number;
  files: number;
  ok: number;
  withWarnings: number;
  failed: number;
  skipped: number;
  bytes: number;
  failures: ReportFailure[];
  diagnostics: Record<string, Record<string, number>>;
}

/** Running counts of a batch. */
export class Tally {
  files = 0;
  ok = 0;
  withWarnings = 0;
  failed = 0;
  skipped = 0;
  bytes = 0;
  readonly failures: ReportFailure[] = [];
  /** Diagnostics by rule (as JSON text, to stay small) by path; kept only for a report. */
  private readonly diagnostics: Map<string, string> | null;

  constructor(keepDiagnostics: boolean) {
    this.diagnostics = keepDiagnostics ? new Map() : null;
  }

  /** Counts one document's outcome. */
  add(path: string, o: Outcome): void {
    this.files++;
    this.bytes += o.bytes;
    if (o.status === "skipped") this.skipped++;
    if (o.status === "failed") {
      this.failed++;
      this.failures.push({ path, code: o.error?.code ?? "failed", message: o.error?.message ?? "failed" });
    } else if (o.warn) this.withWarnings++;
    else this.ok++;
    if (this.diagnostics && o.rules) this.diagnostics.set(path, JSON.stringify(o.rules));
  }

  /** The summary for stderr, ending with a newline. */
  summary(): string {
    const skipped = this.skipped ? ` (${this.skipped} up to date, skipped)` : "";
    let text = `${this.files} files, ${this.ok} ok, ${this.withWarnings} with warnings, ${this.failed} failed${skipped}\n`;
    for (const f of this.failures.slice(0, SUMMARY_FAILURES)) text += `  failed: ${f.path}: ${f.message}\n`;
    if (this.failures.length > SUMMARY_FAILURES) text += `  … and ${this.failures.length - SUMMARY_FAILURES} more (see --report)\n`;
    return text;
  }

  /** The report object. */
  report(version: string, started: Date, finished: Date): Report {
    const diagnostics: Record<string, Record<string, number>> = {};
    for (const [path, rules] of this.diagnostics ?? []) diagnostics[path] = JSON.parse(rules) as Record<string, number>;
    return {
      version,
      started: started.toISOString(),
      finished: finished.toISOString(),
      seconds: Math.round((finished.getTime() - started.getTime()) / 10) / 100,
      files: this.files,
      ok: this.ok,
      withWarnings: this.withWarnings,
      failed: this.failed,
      skipped: this.skipped,
      bytes: this.bytes,
      failures: this.failures,
      diagnostics,
    };
  }
}

/** True when the file at `path` looks like a report vanban wrote. */
function isReport(path: string): boolean {
  try {
    const value = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    return typeof value.version === "string" && typeof value.files === "number" && Array.isArray(value.failures);
  } catch {
    return false;
  }
}

/** Before any work: a report path must be a new file, an earlier report, or forced. */
export function checkReportPath(path: string, force: boolean): void {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return;
  if (st.isDirectory()) throw new CliError(`--report ${path}: is a directory`, EXIT_USAGE);
  if (!force && st.isFile() && !isReport(path)) {
    throw new CliError(`--report ${path} exists and is not a vanban report (use --force to overwrite)`, EXIT_USAGE);
  }
}

/** Writes the report atomically (replacing an earlier one). */
export function writeReport(path: string, report: Report): void {
  writeFileAtomic(path, `${JSON.stringify(report, null, 2)}\n`, true);
}
