/**
 * One document of a batch: read, (maybe) skip as up to date, parse,
 * serialise, and either write into the mirror directory or return the text
 * for stdout. The same code runs in a worker thread and, with `--jobs 1`,
 * in the main thread. Nothing here throws: every failure is an Outcome.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { checkDocument, checkSize, NotADocument } from "../pipeline/guard.js";
import type { DecodeEncoding } from "../pipeline/decode.js";
import type { Document, Grammar } from "../index.js";
import { parseWith } from "../parse.js";
import type { InputFormat } from "../pipeline/format.js";
import { htmlParserFor } from "./html.js";
import { reasonOf } from "./errors.js";
import { formatValue, type Format } from "./format.js";
import { readOutput, sourceOf, TaskError, writeMirrored } from "./outputs.js";

/** What every task of a run shares (plain data: it is sent to workers). */
export interface TaskConfig {
  /** The format of each output (`ndjson`/`json` on a stream are one line each). */
  format: Format;
  compact: boolean;
  /** The mirror directory's real path; null when the text goes to stdout or one file. */
  outReal: string | null;
  force: boolean;
  skipExisting: boolean;
  fsync: boolean;
  /** Inputs over this many bytes are refused (--max-bytes). */
  maxBytes: number;
  /** --encoding: decode every input as this one; null detects per file. */
  encoding: DecodeEncoding | null;
  /** --from: read every input as this format; null tells it per file. */
  from: InputFormat | null;
}

/** One document to process. */
export interface Task {
  id: number;
  abs: string;
  /** Recorded as `source.path`. */
  display: string;
  /** The output's absolute path in the mirror directory. */
  out?: string;
}

/** A failure's code and message. */
export interface Failure {
  code: string;
  message: string;
}

/** The result of one task. */
export interface Outcome {
  id: number;
  status: "ok" | "skipped" | "failed";
  /** Input bytes read. */
  bytes: number;
  /** Has diagnostics of severity error or warning. */
  warn: boolean;
  /** Diagnostics by rule, when there are any. */
  rules?: Record<string, number>;
  error?: Failure;
  /** The stream text (one NDJSON line, or a YAML document), when not written to a file. */
  text?: string;
}

/** Counts diagnostics by rule; `warn` when any is an error or a warning. */
export function diagnosticsOf(list: unknown): { warn: boolean; rules?: Record<string, number> } {
  if (!Array.isArray(list) || list.length === 0) return { warn: false };
  const rules: Record<string, number> = {};
  let warn = false;
  for (const d of list as { rule?: unknown; severity?: unknown }[]) {
    const rule = typeof d?.rule === "string" ? d.rule : "unknown";
    rules[rule] = (rules[rule] ?? 0) + 1;
    if (d?.severity === "error" || d?.severity === "warning") warn = true;
  }
  return { warn, rules };
}

/** The stream text of a document (`---` starts each YAML document). */
export async function streamText(value: unknown, format: Format): Promise<string> {
  if (format === "yaml") return `---\n${await formatValue(value, "yaml", false)}`;
  return formatValue(value, "ndjson", true);
}

/** The record written in a failed document's place on a stream. */
export async function failureText(path: string, error: Failure, format: Format): Promise<string> {
  return streamText({ source: { path }, error: { code: error.code, message: error.message } }, format);
}

function failed(task: Task, bytes: number, code: string, message: string): Outcome {
  return { id: task.id, status: "failed", bytes, warn: false, error: { code, message } };
}

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** Processes one document; never throws. */
export async function runTask(task: Task, cfg: TaskConfig, grammar: Grammar): Promise<Outcome> {
  const outcome = await attempt(task, cfg, grammar);
  if (outcome.status === "failed" && !task.out && !cfg.outReal) {
    outcome.text = await failureText(task.display, outcome.error!, cfg.format);
  }
  return outcome;
}

async function attempt(task: Task, cfg: TaskConfig, grammar: Grammar): Promise<Outcome> {
  let bytes: Buffer;
  let size = 0;
  try {
    size = statSync(task.abs).size;
    checkSize(size, cfg.maxBytes);
    bytes = readFileSync(task.abs);
  } catch (err) {
    if (err instanceof NotADocument) return failed(task, size, err.code, err.message);
    return failed(task, 0, String((err as { code?: unknown }).code ?? "EIO"), reasonOf(err));
  }
  try {
    if (cfg.skipExisting && task.out) {
      const previous = await readOutput(task.out, cfg.format);
      if (previous && sourceOf(previous)?.sha256 === sha256(bytes)) {
        return { id: task.id, status: "skipped", bytes: bytes.length, ...diagnosticsOf(previous.diagnostics) };
      }
    }
    try {
      checkDocument(bytes, cfg.maxBytes);
    } catch (err) {
      if (err instanceof NotADocument) return failed(task, bytes.length, err.code, err.message);
      throw err;
    }
    let doc: Document;
    try {
      const html = await htmlParserFor(bytes, task.display, cfg.from ?? undefined);
      doc = parseWith(bytes, { path: task.display, grammar, ...(cfg.encoding ? { encoding: cfg.encoding } : {}), ...(cfg.from ? { from: cfg.from } : {}) }, html);
    } catch (err) {
      return failed(task, bytes.length, "parse-failed", reasonOf(err));
    }
    const diagnostics = diagnosticsOf(doc.diagnostics);
    const outcome: Outcome = { id: task.id, status: "ok", bytes: bytes.length, ...diagnostics };
    if (task.out && cfg.outReal) {
      const text = await formatValue(doc, cfg.format, cfg.compact);
      await writeMirrored(task.out, text, task.display, { outReal: cfg.outReal, format: cfg.format, force: cfg.force, fsync: cfg.fsync });
    } else {
      outcome.text = await streamText(doc, cfg.format);
    }
    return outcome;
  } catch (err) {
    if (err instanceof TaskError) return failed(task, bytes.length, err.code, err.message);
    return failed(task, bytes.length, "failed", reasonOf(err));
  }
}
