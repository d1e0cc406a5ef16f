// Bundles the compiled CLI (dist/cli/main.js, from tsc) into dist/vanban.mjs,
// the single file bin/vanban.js loads, and, in a second build with the same
// options, the batch worker thread (dist/cli/worker.js) into dist/worker.mjs
// (with its own chunks, so neither build's chunking depends on the other). Code that
// only some commands need (yaml for --format yaml, zod for `vanban schema`,
// the batch code) is imported dynamically and split into chunks next to them,
// so `vanban parse` and the workers never load what they do not use.
//
// Usage: node scripts/bundle.mjs   (run by `npm run build`, after tsc)
import { build } from "esbuild";
import { readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const entry = join(root, "dist/cli/main.js");
const workerEntry = join(root, "dist/cli/worker.js");
const chunks = join(root, "dist/chunks");

for (const file of [entry, workerEntry]) {
  try {
    statSync(file);
  } catch {
    console.error(`bundle: ${file} is missing: run tsc first (npm run build)`);
    process.exit(2);
  }
}
rmSync(chunks, { recursive: true, force: true });

const options = {
  outdir: join(root, "dist"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: false,
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
  define: { __VANBAN_VERSION__: JSON.stringify(pkg.version) },
  // commander is CommonJS: give its require() calls (node builtins) a real require.
  banner: { js: 'import { createRequire as __vanbanCreateRequire } from "node:module"; const require = __vanbanCreateRequire(import.meta.url);' },
};
const results = await Promise.all([
  build({ ...options, entryPoints: { vanban: entry }, chunkNames: "chunks/[name]-[hash]" }),
  build({ ...options, entryPoints: { worker: workerEntry }, chunkNames: "chunks/worker-[name]-[hash]" }),
]);

// Neither entry, with the chunks it imports statically, may pull in the lazily loaded packages.
const outputs = Object.assign({}, ...results.map((r) => r.metafile.outputs));
const rel = (p) => p.replace(/\\/g, "/");
function eagerInputs(outFile, seen = new Set()) {
  if (seen.has(outFile)) return [];
  seen.add(outFile);
  const out = outputs[outFile];
  if (!out) return [];
  const own = Object.keys(out.inputs);
  const imported = out.imports.filter((i) => i.kind === "import-statement").flatMap((i) => eagerInputs(i.path, seen));
  return [...own, ...imported];
}
for (const outFile of Object.keys(outputs)) {
  if (!/dist\/(vanban|worker)\.mjs$/.test(rel(outFile))) continue;
  const eager = eagerInputs(outFile).filter((p) => /node_modules\/(zod|yaml|xregexp|rehype-parse|parse5|hast-util-from-parse5|hast-util-from-html)\//.test(rel(p)));
  if (eager.length) {
    console.error(`bundle: ${outFile} loads lazily needed code at startup:\n  ${eager.slice(0, 5).join("\n  ")}`);
    process.exit(1);
  }
}
