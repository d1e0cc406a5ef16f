/**
 * The scheduling loop of a batch: hands entries to a runner with a bounded
 * number in flight, writes stream text in input order (or as done, with
 * `unordered`) while holding back at most `window` documents, and waits for
 * the sink to drain when it is full. Memory stays flat whatever the count.
 */
import { entryAbs, entryDisplay, type InputEntry } from "./inputs.js";
import type { Format } from "./format.js";
import { failureText, type Outcome, type Task } from "./task.js";

/** Where stream text goes (stdout, or one NDJSON file). */
export interface Sink {
  /** Writes text; false when the caller should wait for `onDrain`. */
  write(text: string): boolean;
  /** Calls `cb` once the sink can take more. */
  onDrain(cb: () => void): void;
}

/** What the loop needs. */
export interface DispatchOptions {
  entries: readonly InputEntry[];
  /** Runs one task (in a worker or in this thread). */
  run: (task: Task) => Promise<Outcome>;
  /** The mirror output path of an entry, when writing a tree. */
  outOf?: (index: number, entry: InputEntry) => string;
  maxInFlight: number;
  /** With a sink: keep input order (else: order of completion). */
  ordered: boolean;
  /** Most documents done but not yet written, in order mode. */
  window: number;
  sink: Sink | null;
  format: Format;
  /** Called once per entry, in completion order. */
  onDone: (entry: InputEntry, outcome: Outcome) => void;
}

/** Processes every entry; resolves when all are done and written. */
export function dispatch(opts: DispatchOptions): Promise<void> {
  const { entries, sink } = opts;
  const total = entries.length;
  const held = new Map<number, string>();
  let next = 0;
  let inFlight = 0;
  let written = 0; // in order mode: entries before this index are written
  let completed = 0;
  let waiting = false;

  return new Promise<void>((resolve, reject) => {
    const write = (text: string | undefined): void => {
      if (text && sink && !sink.write(text) && !waiting) {
        waiting = true;
        sink.onDrain(() => {
          waiting = false;
          pump();
        });
      }
    };

    const finish = (index: number, entry: InputEntry, outcome: Outcome): void => {
      inFlight--;
      opts.onDone(entry, outcome);
      if (sink && opts.ordered) {
        held.set(index, outcome.text ?? "");
        while (held.has(written)) {
          write(held.get(written));
          held.delete(written);
          written++;
        }
      } else write(outcome.text);
      completed++;
      if (completed === total) resolve();
      else pump();
    };

    const start = (index: number): Promise<Outcome> => {
      const entry = entries[index]!;
      const display = entryDisplay(entry);
      if (entry.failure) {
        const outcome: Outcome = { id: index, status: "failed", bytes: 0, warn: false, error: entry.failure };
        if (!sink) return Promise.resolve(outcome);
        return failureText(display, entry.failure, opts.format).then((text) => ({ ...outcome, text }));
      }
      const task: Task = { id: index, abs: entryAbs(entry), display };
      if (opts.outOf) task.out = opts.outOf(index, entry);
      return opts.run(task);
    };

    const pump = (): void => {
      const limit = sink && opts.ordered ? opts.window : Infinity;
      while (!waiting && inFlight < opts.maxInFlight && next < total && next - written < limit) {
        const index = next++;
        inFlight++;
        start(index)
          .then((outcome) => finish(index, entries[index]!, outcome))
          .catch(reject);
      }
    };

    if (total === 0) resolve();
    else pump();
  });
}
