/**
 * The contract between `vanban validate` and its reporters: what was checked,
 * and the facts a reporter may use to print it.
 */
import type { Diagnostic } from "../../model/schema.js";

/** One checked file: its path as given (relative to cwd when possible) and its diagnostics. A file that could not be read or decoded has one diagnostic with rule "fatal", severity "error", span null. */
export interface FileResult {
  path: string;
  diagnostics: Diagnostic[];
}

/** Facts every reporter may use. */
export interface ReportContext {
  rules: readonly { id: string; description: string; severity: "error" | "warning" | "info" }[];
  color: boolean;
  version: string;
}

/** Turns the results of one run into text: deterministic, ending with a newline (or empty). */
export type Reporter = (results: readonly FileResult[], ctx: ReportContext) => string;
