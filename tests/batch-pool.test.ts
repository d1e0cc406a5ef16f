/**
 * The worker pool on its own, with a throwaway worker script: results come
 * back by id, a worker that dies or hangs fails only the task it was on, and
 * a worker that cannot even start fails every task instead of looping.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { WorkerPool } from "../src/cli/pool.js";

const dir = mkdtempSync(join(tmpdir(), "vanban-pool-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Task { id, op }: "echo" answers, "die" exits the thread, "hang" blocks it.
const script = join(dir, "worker.mjs");
writeFileSync(
  script,
  `import { parentPort } from "node:worker_threads";
parentPort.on("message", (t) => {
  if (t.op === "die") process.exit(3);
  if (t.op === "hang") Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  parentPort.postMessage({ id: t.id, ok: true });
});
`,
);
const broken = join(dir, "broken.mjs");
writeFileSync(broken, "throw new Error('cannot start');\n");

interface T {
  id: number;
  op: string;
}
interface R {
  id: number;
  ok?: boolean;
  code?: string;
}

function pool(url: string, timeoutMs = 0): WorkerPool<T, R> {
  return new WorkerPool<T, R>({ size: 2, url: pathToFileURL(url), workerData: null, timeoutMs, onCrash: (t, code) => ({ id: t.id, code }) });
}

describe("WorkerPool", () => {
  it("runs tasks and matches results by id", async () => {
    const p = pool(script);
    const results = await Promise.all(Array.from({ length: 20 }, (_, id) => p.run({ id, op: "echo" })));
    await p.close();
    expect(results.map((r) => r.id)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it("a worker that dies fails its task only; the others are resent", async () => {
    const p = pool(script);
    const results = await Promise.all([0, 1, 2, 3, 4, 5].map((id) => p.run({ id, op: id === 2 ? "die" : "echo" })));
    await p.close();
    expect(results.filter((r) => r.code).map((r) => [r.id, r.code])).toEqual([[2, "worker-crashed"]]);
    expect(results.filter((r) => r.ok)).toHaveLength(5);
  });

  it("a task over the timeout stops its worker and fails as 'timeout'", async () => {
    const p = pool(script, 300);
    const results = await Promise.all([0, 1, 2, 3].map((id) => p.run({ id, op: id === 1 ? "hang" : "echo" })));
    await p.close();
    expect(results.filter((r) => r.code).map((r) => [r.id, r.code])).toEqual([[1, "timeout"]]);
    expect(results.filter((r) => r.ok)).toHaveLength(3);
  });

  it("a worker that cannot start fails every task, without looping", async () => {
    const p = pool(broken);
    const results = await Promise.all(Array.from({ length: 10 }, (_, id) => p.run({ id, op: "echo" })));
    await p.close();
    expect(results.every((r) => r.code === "worker-crashed")).toBe(true);
  });
});
