/**
 * A small worker_threads pool: a fixed number of workers, each task sent to
 * the least busy one (the caller bounds how many are in flight, so memory
 * stays flat). A worker that dies fails the task it was on, is
 * replaced, and gets the rest of its tasks again; after three deaths in a row
 * with no task done between them, every task fails with the reason.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

interface Pending<T, R> {
  task: T;
  resolve: (result: R) => void;
}

interface Slot<T, R> {
  worker: Worker;
  pending: Map<number, Pending<T, R>>;
  error?: Error;
}

/** Options of a pool. */
export interface PoolOptions<T, R> {
  size: number;
  /** The worker script. */
  url: URL;
  workerData: unknown;
  /** The result standing for a task whose worker died. */
  onCrash: (task: T, reason: string) => R;
}

/** The worker script next to the bundle (dist/worker.mjs), or next to this module when unbundled. */
export function workerUrl(from: string): URL {
  const candidates = ["./worker.mjs", "../worker.mjs", "./worker.js"].map((p) => new URL(p, from));
  return candidates.find((u) => existsSync(fileURLToPath(u))) ?? candidates[0]!;
}

/** A pool of worker threads running tasks with a numeric `id`. */
export class WorkerPool<T extends { id: number }, R extends { id: number }> {
  private readonly slots: Slot<T, R>[] = [];
  private closing = false;
  private crashesInARow = 0;
  private broken: string | null = null;

  constructor(private readonly opts: PoolOptions<T, R>) {
    for (let i = 0; i < opts.size; i++) this.slots.push(this.spawn());
  }

  /** Runs a task on the least busy worker. */
  run(task: T): Promise<R> {
    if (this.broken) return Promise.resolve(this.opts.onCrash(task, this.broken));
    return new Promise<R>((resolve) => {
      let slot = this.slots[0]!;
      for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
      slot.pending.set(task.id, { task, resolve });
      slot.worker.postMessage(task);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot<T, R> {
    const worker = new Worker(this.opts.url, { workerData: this.opts.workerData, stdout: true });
    worker.stdout.resume(); // stdout carries data only: whatever a worker prints is dropped
    const slot: Slot<T, R> = { worker, pending: new Map() };
    worker.on("message", (result: R) => {
      const p = slot.pending.get(result.id);
      if (!p) return;
      slot.pending.delete(result.id);
      this.crashesInARow = 0;
      p.resolve(result);
    });
    worker.on("error", (err) => {
      slot.error = err;
    });
    worker.on("exit", (code) => {
      if (!this.closing) this.replace(slot, slot.error?.message ?? `worker exited with code ${code}`);
    });
    return slot;
  }

  /** A worker died: its current task fails, the others go to a new worker. */
  private replace(slot: Slot<T, R>, reason: string): void {
    const pending = [...slot.pending.values()];
    slot.pending.clear();
    const i = this.slots.indexOf(slot);
    if (++this.crashesInARow >= 3) this.broken = reason;
    const current = pending.shift();
    if (current) current.resolve(this.opts.onCrash(current.task, reason));
    if (this.broken) {
      for (const p of pending) p.resolve(this.opts.onCrash(p.task, reason));
      return;
    }
    const fresh = this.spawn();
    if (i >= 0) this.slots[i] = fresh;
    for (const p of pending) {
      fresh.pending.set(p.task.id, p);
      fresh.worker.postMessage(p.task);
    }
  }
}
