// Benchmarks (figures only, no pass/fail): CLI startup against `node -e 0`,
// in-process parse() throughput on ~5 MB of seed text, and peak RSS.
//
// Usage: npm run bench   (builds, then runs: node bench/run.mjs)
// Env: BENCH_RUNS (startup runs per side, default 15), BENCH_MB (default 5).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const TARGET = Number(process.env.BENCH_MB ?? 5) * 1024 * 1024;

function seedFiles() {
  for (const dir of [join(root, "fixtures"), join(root, "..", "shared", "seeds")]) {
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => join(dir, f));
    if (files.length) return files;
  }
  throw new Error("no seed .txt in fixtures/ or ../shared/seeds/");
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function wall(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Peak RSS (MB) of one CLI run, read by an exit hook inside the child. */
function cliPeakRss(file) {
  const hook = "process.on('exit',()=>require('fs').writeSync(2,'\\nRSS '+process.resourceUsage().maxRSS+'\\n'));";
  const code = `${hook}process.argv=[process.execPath,${JSON.stringify(join(root, "bin/vanban.js"))},'parse',${JSON.stringify(file)}];import(${JSON.stringify(pathToFileURL(join(root, "bin/vanban.js")).href)});`;
  const r = spawnSync(process.execPath, ["-e", code], { cwd: root, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const m = /RSS (\d+)/.exec(r.stderr);
  return m ? Number(m[1]) / 1024 : NaN;
}

const files = seedFiles();
const startupFile = files.find((f) => f.includes("tb-283")) ?? files[0];
const rows = [];
const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "n/a");

// 1. Startup: alternate the two commands so drift hits both alike.
wall(["-e", "0"]);
wall(["bin/vanban.js", "parse", startupFile]);
const base = [];
const cli = [];
for (let i = 0; i < RUNS; i++) {
  base.push(wall(["-e", "0"]));
  cli.push(wall(["bin/vanban.js", "parse", startupFile]));
}
const rel = relative(root, startupFile);
rows.push(["startup: node -e 0", `${fmt(median(base))} ms`, `median of ${RUNS}`]);
rows.push([`startup: vanban parse ${rel}`, `${fmt(median(cli))} ms`, `median of ${RUNS}`]);
rows.push(["startup ratio (vanban / node)", `${fmt(median(cli) / median(base), 2)}x`, "budget 3x"]);
for (const f of files) {
  const t = [];
  for (let i = 0; i < 5; i++) t.push(wall(["bin/vanban.js", "parse", f]));
  rows.push([`  vanban parse ${relative(root, f)}`, `${fmt(median(t))} ms`, "median of 5"]);
}

// 2. Throughput of parse(), in process, on the built library.
const { parse } = await import(pathToFileURL(join(root, "dist/index.js")).href);
const seeds = files.map((f) => readFileSync(f));
for (const s of seeds) parse(s, { path: null }); // warm up

let bytes = 0;
let t0 = performance.now();
while (bytes < TARGET) {
  for (const s of seeds) {
    parse(s, { path: null });
    bytes += s.length;
  }
}
let secs = (performance.now() - t0) / 1000;
rows.push([`parse(): seeds one by one, ${fmt(bytes / 2 ** 20)} MB`, `${fmt(bytes / 2 ** 20 / secs, 2)} MB/s`, `${fmt(secs, 2)} s, ${seeds.length} seeds`]);

const parts = [];
let size = 0;
while (size < TARGET) {
  for (const s of seeds) {
    parts.push(s, Buffer.from("\n\n"));
    size += s.length + 2;
  }
}
const big = Buffer.concat(parts);
t0 = performance.now();
const doc = parse(big, { path: null });
secs = (performance.now() - t0) / 1000;
rows.push([`parse(): one ${fmt(big.length / 2 ** 20)} MB document`, `${fmt(big.length / 2 ** 20 / secs, 2)} MB/s`, `${fmt(secs, 2)} s, ${doc.directives.length} directives`]);

// 3. Memory.
rows.push(["peak RSS: this process (throughput)", `${fmt(process.resourceUsage().maxRSS / 1024)} MB`, ""]);
rows.push([`peak RSS: vanban parse ${rel}`, `${fmt(cliPeakRss(startupFile))} MB`, ""]);

const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
console.log(`vanban bench (node ${process.version}, ${process.platform}/${process.arch})\n`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
