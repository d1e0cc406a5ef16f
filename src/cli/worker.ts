/**
 * The worker thread of a batch run (bundled as dist/worker.mjs): loads the
 * grammar once, then parses each task it is sent and posts back its Outcome.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadGrammar } from "./grammars.js";
import { runTask, type Task, type TaskConfig } from "./task.js";

/** What the pool passes to each worker. */
export interface WorkerInit {
  cfg: TaskConfig;
  grammarFiles?: string[];
}

const init = workerData as WorkerInit;
const port = parentPort;
if (port) {
  const grammar = await loadGrammar(init.grammarFiles);
  port.on("message", (task: Task) => {
    void runTask(task, init.cfg, grammar).then((outcome) => port.postMessage(outcome));
  });
}
