/**
 * `vanban parse` on many documents: lists the inputs, picks the output (NDJSON
 * or a YAML stream on stdout, one NDJSON file, or a mirror directory), runs
 * the documents on a worker pool (or in this thread with `--jobs 1`), and ends
 * with a summary on stderr and an optional `--report`.
 */
import type { InputFormat } from "../pipeline/format.js";
import { availableParallelism } from "node:os";
import { mkdirSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { CliError, EXIT_FAILURE, EXIT_USAGE, reasonOf } from "./errors.js";
import { dispatch } from "./dispatch.js";
import type { Format } from "./format.js";
import { loadGrammar } from "./grammars.js";
import { parseEncoding, parseMaxBytes } from "./limits.js";
import { entryDisplay, ignoreOption, listInputs, readFilesFrom, type InputArg, type InputEntry } from "./inputs.js";
import { checkOutputPath, stdinIsTTY } from "./io.js";
import { outputRel, sweepTemps } from "./outputs.js";
import { isInside } from "./paths.js";
import { WorkerPool, workerUrl } from "./pool.js";
import { Progress } from "./progress.js";
import { checkReportPath, Tally, writeReport } from "./report.js";
import { inShard, parseShard } from "./shard.js";
import { fileSink, stdoutSink } from "./sinks.js";
import { runTask, type Outcome, type Task, type TaskConfig } from "./task.js";
import { VERSION } from "./version.js";
import type { WorkerInit } from "./worker.js";

/** The `parse` options a batch uses. */
export interface BatchFlags {
  format: Format;
  compact?: boolean;
  output?: string;
  force?: boolean;
  grammar?: string[];
  ignore?: string[];
  filesFrom?: string;
  null?: boolean;
  hidden?: boolean;
  follow?: boolean;
  unordered?: boolean;
  skipExisting?: boolean;
  allowInside?: boolean;
  report?: string;
  jobs?: string;
  shard?: string;
  quiet?: boolean;
  fsync?: boolean;
  maxBytes?: string;
  encoding?: string;
  from?: InputFormat;
  timeout?: string;
}

/** Documents in flight per worker: each has the next one queued while the main thread answers (one without workers). */
const IN_FLIGHT_PER_THREAD = 2;

/** A bar is drawn only for this many documents or more. */
const PROGRESS_MIN_FILES = 20;

function usage(message: string): CliError {
  return new CliError(message, EXIT_USAGE);
}

/** `--jobs N`: a whole number from 1 to 256; the default is the number of cores. */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return Math.max(1, availableParallelism());
  const n = Number(value);
  if (!/^\d+$/u.test(value.trim()) || n < 1 || n > 256) throw usage(`--jobs ${value}: expected a whole number from 1 to 256`);
  return n;
}

/** `--timeout SECONDS` for one document (with workers); 0 is no limit; the default is 300. */
export function parseTimeout(value: string | undefined): number {
  if (value === undefined) return 300;
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/u.test(value.trim()) || !Number.isFinite(n)) throw usage(`--timeout ${value}: expected seconds (0: no limit)`);
  return n;
}

/** The real path `path` has, or will have once created (its nearest existing ancestor resolved). */
function realOrProspective(path: string): string {
  let p = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(p), ...rest);
    } catch {
      const up = dirname(p);
      if (up === p) return resolve(path);
      rest.unshift(basename(p));
      p = up;
    }
  }
}

/** Checks DIR against the input trees, creates it, sweeps dead runs' temp files; returns its real path. */
function prepareMirror(dir: string, entries: readonly InputEntry[], allowInside: boolean): string {
  const st = statSync(dir, { throwIfNoEntry: false });
  if (st && !st.isDirectory()) throw usage(`-o ${dir}: not a directory (a batch writes one file per document; use --format ndjson for one file)`);
  if (!allowInside) {
    const target = realOrProspective(dir);
    const roots = new Set(entries.filter((e) => e.root.tree).map((e) => e.root));
    for (const root of roots) {
      let real: string;
      try {
        real = realpathSync(root.abs);
      } catch {
        continue;
      }
      if (isInside(target, real)) throw usage(`-o ${dir} is inside the input directory ${root.display} (use --allow-inside to write there)`);
    }
  }
  try {
    mkdirSync(dir, { recursive: true });
    const real = realpathSync(dir);
    if (st) sweepTemps(real);
    return real;
  } catch (err) {
    throw new CliError(`${dir}: ${reasonOf(err)}`, EXIT_FAILURE);
  }
}

/** Marks entries whose mirror output another entry already claims. */
function markCollisions(entries: InputEntry[], format: Format): void {
  const claimed = new Map<string, string>();
  for (const e of entries) {
    if (e.failure) continue;
    const out = outputRel(e.rel, format);
    const first = claimed.get(out);
    if (first === undefined) claimed.set(out, entryDisplay(e));
    else e.failure = { code: "output-collision", message: `its output ${out} is also the output of ${first}` };
  }
}

/** Runs a batch; throws a silent CliError (exit 1) when any document failed. */
export async function runBatch(args: string[], flags: BatchFlags): Promise<void> {
  const started = new Date();
  const jobs = parseJobs(flags.jobs);
  const timeout = parseTimeout(flags.timeout);
  const shard = flags.shard === undefined ? null : parseShard(flags.shard);
  if (flags.null && !flags.filesFrom) throw usage("-0 needs --files-from");
  for (const [set, name] of [[flags.skipExisting, "--skip-existing"], [flags.allowInside, "--allow-inside"]] as const) {
    if (set && !flags.output) throw usage(`${name} needs -o DIR`);
  }
  if (args.includes("-")) throw usage("'-' (stdin) cannot be mixed with other inputs (use --files-from - for a list of paths)");
  if (flags.filesFrom === "-" && stdinIsTTY()) throw usage("--files-from -: no input on stdin");
  const toFile = Boolean(flags.output) && flags.format === "ndjson";
  const mirror = Boolean(flags.output) && !toFile;
  if (flags.skipExisting && !mirror) throw usage("--skip-existing needs -o DIR (not --format ndjson)");
  if (toFile) checkOutputPath(flags.output!, Boolean(flags.force));
  if (flags.report) checkReportPath(flags.report, Boolean(flags.force));
  const ignore = ignoreOption(flags.ignore);
  const grammar = await loadGrammar(flags.grammar);

  const items: InputArg[] = args.map((arg) => ({ arg, literal: false }));
  if (flags.filesFrom) for (const arg of await readFilesFrom(flags.filesFrom, Boolean(flags.null))) items.push({ arg, literal: true });
  const listed = listInputs(items, {
    hidden: Boolean(flags.hidden),
    follow: Boolean(flags.follow),
    ignore,
    ...(mirror ? { exclude: resolve(flags.output!) } : {}),
  });
  if (listed.length === 0) throw usage("no documents found (a directory gives its .txt, .md, .text, .html and .htm files)");
  // Collisions are judged on the whole set, so that every shard agrees on them.
  if (mirror) markCollisions(listed, flags.format);
  const entries = shard ? listed.filter((e) => inShard(e.rel, shard)) : listed;

  const streamFormat: Format = flags.format === "yaml" ? "yaml" : "ndjson";
  const cfg: TaskConfig = {
    format: mirror ? flags.format : streamFormat,
    compact: Boolean(flags.compact),
    outReal: null,
    force: Boolean(flags.force),
    skipExisting: Boolean(flags.skipExisting),
    fsync: flags.fsync === true,
    maxBytes: parseMaxBytes(flags.maxBytes),
    encoding: parseEncoding(flags.encoding) ?? null,
    from: flags.from ?? null,
  };
  if (mirror) {
    cfg.outReal = prepareMirror(flags.output!, listed, Boolean(flags.allowInside));
  }

  const tasks = entries.filter((e) => !e.failure).length;
  const size = Math.min(jobs, tasks);
  const pool =
    size > 1
      ? new WorkerPool<Task, Outcome>({
          size,
          url: workerUrl(import.meta.url),
          workerData: { cfg, ...(flags.grammar?.length ? { grammarFiles: flags.grammar } : {}) } satisfies WorkerInit,
          timeoutMs: timeout * 1000,
          onCrash: (task, code, message) => ({ id: task.id, status: "failed", bytes: 0, warn: false, error: { code, message } }),
        })
      : null;
  const run = pool
    ? (task: Task) => pool.run(task)
    : async (task: Task) => {
        await new Promise((r) => setImmediate(r)); // let timers, signals and stdout breathe
        return runTask(task, cfg, grammar);
      };

  const tally = new Tally(Boolean(flags.report));
  const sinkIsStdout = !toFile && !mirror;
  // No bar over documents printed on the same terminal.
  const barOk = Boolean(process.stderr.isTTY) && !(sinkIsStdout && process.stdout.isTTY);
  const progress = new Progress(entries.length, !flags.quiet && barOk && entries.length >= PROGRESS_MIN_FILES);
  const file = toFile ? fileSink(flags.output!, Boolean(flags.force)) : null;
  const sink = file ?? (mirror ? null : stdoutSink);
  const interrupted = (signal: NodeJS.Signals): void => {
    progress.clear();
    file?.abort();
    process.stderr.write(`vanban: interrupted (${signal}) after ${tally.files} of ${entries.length} files\n`);
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);

  try {
    await dispatch({
      entries,
      run,
      ...(mirror ? { outOf: (_i: number, e: InputEntry) => join(flags.output!, outputRel(e.rel, flags.format)) } : {}),
      maxInFlight: pool ? IN_FLIGHT_PER_THREAD * size : 1,
      ordered: !flags.unordered,
      window: Math.max(64, 16 * size),
      sink,
      format: streamFormat,
      onDone: (entry, outcome) => {
        tally.add(entryDisplay(entry), outcome);
        progress.tick(outcome.bytes, outcome.status === "failed");
      },
    });
    file?.commit();
  } catch (err) {
    file?.abort();
    throw err;
  } finally {
    progress.clear();
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    await pool?.close();
  }

  if (flags.report) writeReport(flags.report, tally.report(VERSION, started, new Date()));
  if (!flags.quiet) process.stderr.write(tally.summary());
  if (tally.failed > 0) throw new CliError("", EXIT_FAILURE);
}
