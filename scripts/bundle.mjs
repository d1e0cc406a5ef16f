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

// src/pipeline/markup.ts loads remark with createRequire (parse() is
// synchronous, so it cannot import() it). Unbundled, that require walks
// ~100 files of node_modules (~40 ms); with the local `require` binding
// dropped, esbuild sees the calls and bundles remark in, initialised only
// when a document has marks. If the line changes, the bundle still works,
// only slower for markdown input.
const REQUIRE_LINE = /const require = createRequire\(import\.meta\.url\);/;
const bundleRemark = {
  name: "bundle-remark",
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]pipeline[\\/]markup\.js$/ }, (args) => {
      const code = readFileSync(args.path, "utf8");
      if (!REQUIRE_LINE.test(code)) {
        console.warn("bundle: markup.js no longer has the createRequire line; remark stays unbundled");
        return undefined;
      }
      return { contents: code.replace(REQUIRE_LINE, ""), loader: "js" };
    });
  },
};

const result = await build({
  plugins: [bundleRemark],
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
