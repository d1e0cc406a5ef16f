#!/usr/bin/env node
// vanban CLI launcher: runs the bundled CLI (dist/vanban.mjs, built by `npm run build`).
import module from "node:module";

// Node >= 22.1 caches compiled code between runs; older Nodes skip this.
try {
  module.enableCompileCache?.();
} catch {
  // a cache directory we cannot write is not an error
}

let cli;
try {
  cli = await import("../dist/vanban.mjs");
} catch (err) {
  if (err?.code === "ERR_MODULE_NOT_FOUND" && String(err.message).includes("vanban.mjs")) {
    process.stderr.write("vanban: not built: run `npm run build` in the vanban directory\n");
    process.exit(2);
  }
  throw err;
}
process.exitCode = await cli.run(process.argv);
