// Bundles the compiled CLI (dist/cli/main.js, from tsc) into dist/vanban.mjs,
// the single file bin/vanban.js loads. Code that only some commands need
// (yaml for --format yaml, zod for `vanban schema`) is imported dynamically
// and split into chunks next to it, so `vanban parse` never loads them.
//
// Usage: node scripts/bundle.mjs   (run by `npm run build`, after tsc)
import { build } from "esbuild";
import { readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const entry = join(root, "dist/cli/main.js");
const chunks = join(root, "dist/chunks");

try {
  statSync(entry);
} catch {
  console.error("bundle: dist/cli/main.js is missing: run tsc first (npm run build)");
  process.exit(2);
}
rmSync(chunks, { recursive: true, force: true });

const result = await build({
  entryPoints: { vanban: entry },
  outdir: join(root, "dist"),
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
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
});

// The startup path must not pull in the lazily loaded packages.
const entryOut = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint)?.[1];
const eager = Object.keys(entryOut?.inputs ?? {}).filter((p) => /node_modules\/(zod|yaml|xregexp)\//.test(p));
if (eager.length) {
  console.error(`bundle: the startup bundle includes lazily needed code:\n  ${eager.slice(0, 5).join("\n  ")}`);
  process.exit(1);
}
