/**
 * A small worker_threads pool: a fixed number of workers, each task sent to
 * the least busy one (the caller bounds how many are in flight, so memory
 * stays flat). A worker that dies, or spends longer than the timeout on one
 * task, fails the task it was on, is replaced, and its other tasks go to the
 * new one; after three deaths in a row with no task done between them, every
 * task fails with the reason.
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
  /** Tasks sent, in order: the worker runs them one after another. */
  pending: Map<number, Pending<T, R>>;
  /** When the worker began its current (first pending) task. */
  busySince: number;
  error?: Error;
  timedOut?: boolean;
}

/** Options of a pool. */
export interface PoolOptions<T, R> {
  size: number;
  /** The worker script. */
  url: URL;
  workerData: unknown;
  /** Milliseconds one task may take before its worker is stopped (0: no limit). */
  timeoutMs?: number;
  /** The result standing for a task whose worker died (`timeout` or `worker-crashed`). */
  onCrash: (task: T, code: string, reason: string) => R;
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
  private readonly watchdog: NodeJS.Timeout | null = null;

  constructor(private readonly opts: PoolOptions<T, R>) {
    for (let i = 0; i < opts.size; i++) this.slots.push(this.spawn());
    const limit = opts.timeoutMs ?? 0;
    if (limit > 0) {
      this.watchdog = setInterval(() => this.enforce(limit), Math.min(1000, limit));
      this.watchdog.unref();
    }
  }

  /** Runs a task on the least busy worker. */
  run(task: T): Promise<R> {
    if (this.broken) return Promise.resolve(this.opts.onCrash(task, "worker-crashed", this.broken));
    return new Promise<R>((resolve) => {
      let slot = this.slots[0]!;
      for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
      if (slot.pending.size === 0) slot.busySince = Date.now();
      slot.pending.set(task.id, { task, resolve });
      slot.worker.postMessage(task);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closing = true;
    if (this.watchdog) clearInterval(this.watchdog);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  /** Stops a worker stuck on one task for longer than `limit` ms. */
  private enforce(limit: number): void {
    const now = Date.now();
    for (const slot of this.slots) {
      if (slot.pending.size && !slot.timedOut && now - slot.busySince > limit) {
        slot.timedOut = true;
        void slot.worker.terminate();
      }
    }
  }

  private spawn(): Slot<T, R> {
    // A document that needs more than a gigabyte stops its worker (and fails alone), not the run.
    const worker = new Worker(this.opts.url, { workerData: this.opts.workerData, stdout: true, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    worker.stdout.resume(); // stdout carries data only: whatever a worker prints is dropped
    const slot: Slot<T, R> = { worker, pending: new Map(), busySince: Date.now() };
    worker.on("message", (result: R) => {
      const p = slot.pending.get(result.id);
      if (!p) return;
      slot.pending.delete(result.id);
      slot.busySince = Date.now();
      this.crashesInARow = 0;
      p.resolve(result);
    });
    worker.on("error", (err) => {
      slot.error = err;
    });
    worker.on("exit", (code) => {
      if (this.closing) return;
      if (slot.timedOut) this.replace(slot, "timeout", `took longer than ${Math.round((this.opts.timeoutMs ?? 0) / 1000)} s (the worker was stopped)`);
      else this.replace(slot, "worker-crashed", slot.error?.message ?? `worker exited with code ${code}`);
    });
    return slot;
  }

  /** A worker died: its current task fails, the others go to a new worker. */
  private replace(slot: Slot<T, R>, code: string, reason: string): void {
    const pending = [...slot.pending.values()];
    slot.pending.clear();
    const i = this.slots.indexOf(slot);
    if (code !== "timeout" && ++this.crashesInARow >= 3) this.broken = reason;
    const current = pending.shift();
    if (current) current.resolve(this.opts.onCrash(current.task, code, reason));
    if (this.broken) {
      for (const p of pending) p.resolve(this.opts.onCrash(p.task, code, reason));
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
