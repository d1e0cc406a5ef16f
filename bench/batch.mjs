// Batch benchmark (figures only, no pass/fail): generates a synthetic tree of
// documents from the fixtures (numbers, dates, places and bodies varied,
// paragraphs repeated or dropped to vary length) under the temp dir, then
// times `vanban parse TREE -o OUT` with --jobs 1 and --jobs 2 against a floor
// (a Node script that only reads every file and runs one regex over it), and
// writes the figures to bench/results.md.
//
// Usage: npm run bench:batch   (or npm run bench, after bench/run.mjs)
// Env: BENCH_DOCS (documents, default 20000), BENCH_DIR (where the tree and
// outputs go, default the temp dir), BENCH_KEEP=1 keeps the outputs,
// BENCH_TREE_ONLY=1 only generates the tree (kept between runs),
// BENCH_RUNS_BATCH (default "1,2,2s": --jobs 1, --jobs 2, --jobs 2 --fsync).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, platform, release, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const DOCS = Number(process.env.BENCH_DOCS ?? 20000);
const GENERATOR = 3; // bump when the generated text changes
const work = join(process.env.BENCH_DIR ?? tmpdir(), `vanban-bench-${DOCS}`);
const tree = join(work, "tree");

// ---- the synthetic tree -------------------------------------------------

function seeds() {
  const out = [];
  for (const dir of [join(root, "fixtures"), join(root, "fixtures", "corpus")]) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()) {
      try {
        out.push(new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(join(dir, f))));
      } catch {
        // UTF-16 and windows-1258 seeds are left out: the substitutions work on text
      }
    }
  }
  return out;
}

/** A small seeded PRNG (mulberry32), so that every run generates the same tree. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ["Kon Tum", "Gia Lai", "Đắk Lắk", "Bình Định", "Quảng Nam", "Phú Yên", "Đắk Nông", "Lâm Đồng", "Quảng Ngãi", "Khánh Hòa"];
const BODIES = ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Sở Nội vụ", "Sở Công Thương", "Công an tỉnh", "Sở Kế hoạch và Đầu tư", "Sở Giao thông vận tải"];
const SLUGS = ["kon-tum", "gia-lai", "dak-lak", "binh-dinh", "quang-nam", "phu-yen", "dak-nong", "lam-dong"];

function vary(text, r) {
  const pick = (list) => list[Math.floor(r() * list.length)];
  const place = pick(PLACES);
  const body = pick(BODIES);
  let t = text
    .replace(/ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/gu, () => `ngày ${1 + Math.floor(r() * 28)} tháng ${1 + Math.floor(r() * 12)} năm ${2015 + Math.floor(r() * 10)}`)
    .replace(/\b\d{1,4}(?=[-/](?:TB|KL|CV|CĐ|QĐ|CT|KH|UBND|BCĐ)\b)/gu, () => String(1 + Math.floor(r() * 9999)))
    .replace(/Kon Tum/gu, place)
    .replace(/KON TUM/gu, place.toUpperCase())
    .replace(/Sở Y tế/gu, body);
  // Length: a target between 2 and 16 kB (about 10 on average): the middle
  // paragraphs are cut, or repeated until the document reaches it.
  const lines = t.split("\n");
  const head = Math.min(25, Math.floor(lines.length / 4));
  const tail = Math.min(25, Math.floor(lines.length / 4));
  const middle = lines.slice(head, lines.length - tail);
  const target = 2000 + r() * 14000;
  const size = Buffer.byteLength(t);
  let kept = middle;
  if (size > target) kept = middle.slice(0, Math.max(1, Math.floor((middle.length * target) / size)));
  else if (middle.length) {
    const per = Math.max(1, Buffer.byteLength(middle.join("\n")));
    const times = Math.ceil((target - size) / per);
    kept = [...middle];
    for (let k = 0; k < times; k++) kept.push("", ...middle);
  }
  return [...lines.slice(0, head), ...kept, ...lines.slice(lines.length - tail)].join("\n");
}

function generate() {
  const marker = join(work, "tree.json");
  if (existsSync(marker)) {
    const m = JSON.parse(readFileSync(marker, "utf8"));
    if (m.docs === DOCS && m.generator === GENERATOR) return m;
  }
  rmSync(work, { recursive: true, force: true });
  const texts = seeds();
  const r = rng(4);
  let bytes = 0;
  const t0 = performance.now();
  for (let i = 0; i < DOCS; i++) {
    const text = vary(texts[i % texts.length], r);
    const dir = join(tree, String(2015 + (i % 10)), SLUGS[Math.floor(i / 10) % SLUGS.length], `lo-${Math.floor(i / 800)}`);
    mkdirSync(dir, { recursive: true });
    const buf = Buffer.from(text, "utf8");
    writeFileSync(join(dir, `vb-${String(i).padStart(6, "0")}.txt`), buf);
    bytes += buf.length;
  }
  const m = { docs: DOCS, bytes, generator: GENERATOR, seeds: texts.length, seconds: (performance.now() - t0) / 1000 };
  writeFileSync(marker, JSON.stringify(m));
  return m;
}

// ---- measuring ---------------------------------------------------------

/** Runs `node SCRIPT ARGS` with an exit hook printing its peak RSS; returns wall seconds and MB. */
function measure(script, args) {
  const hook = "process.on('exit',()=>require('fs').writeSync(2,'\\nBENCH_RSS '+process.resourceUsage().maxRSS+'\\n'));";
  const code = `${hook}process.argv=[process.execPath,${JSON.stringify(script)},...${JSON.stringify(args)}];import(${JSON.stringify(pathToFileURL(script).href)});`;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["-e", code], { cwd: root, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t0) / 1000;
  const m = /BENCH_RSS (\d+)/.exec(r.stderr);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${script} ${args.join(" ")} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  return { seconds, rss: m ? Number(m[1]) / 1024 : NaN, status: r.status, stderr: r.stderr };
}

function countFiles(dir) {
  let n = 0;
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) stack.push(join(d, e.name));
      else if (e.name.endsWith(".json")) n++;
    }
  }
  return n;
}

const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "n/a");

const gen = generate();
const MB = gen.bytes / 1e6;
console.log(`batch bench: ${DOCS} documents, ${fmt(MB)} MB (${gen.seeds} seeds) in ${tree}`);
if (process.env.BENCH_TREE_ONLY) process.exit(0);

// The floor: read every file, decode it, run one regex over it.
const floorScript = join(work, "floor.mjs");
writeFileSync(
  floorScript,
  `import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
const re = /(\\d+)[-/]([A-ZĐ]+)/gu;
let files = 0, hits = 0;
const stack = [process.argv[2]];
while (stack.length) {
  const d = stack.pop();
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) stack.push(p);
    else if (e.name.endsWith(".txt")) { files++; for (const _ of new TextDecoder().decode(readFileSync(p)).matchAll(re)) hits++; }
  }
}
console.error("floor", files, hits);
`,
);
measure(floorScript, [tree]); // warm the page cache
const floor = measure(floorScript, [tree]);

const bin = join(root, "bin", "vanban.js");
const RUNS = (process.env.BENCH_RUNS_BATCH ?? "1,2,2s").split(",").map((r) => ({ jobs: Number.parseInt(r, 10), extra: r.endsWith("s") ? ["--fsync"] : [] }));
const rows = [];
const fl = { name: "floor: read + one regex", ...floor, docsPerS: DOCS / floor.seconds, mbPerS: MB / floor.seconds };
rows.push(fl);
for (const { jobs, extra } of RUNS) {
  const out = join(work, `out-j${jobs}`);
  const report = join(work, `report-j${jobs}.json`);
  rmSync(out, { recursive: true, force: true });
  rmSync(report, { force: true });
  const m = measure(bin, ["parse", tree, "-o", out, "--jobs", String(jobs), "--quiet", "--report", report, ...extra]);
  const rep = JSON.parse(readFileSync(report, "utf8"));
  const outputs = countFiles(out);
  rows.push({
    name: `vanban parse TREE -o OUT --jobs ${jobs}${extra.length ? ` ${extra.join(" ")}` : ""}`,
    jobs,
    plain: extra.length === 0,
    ...m,
    docsPerS: DOCS / m.seconds,
    mbPerS: MB / m.seconds,
    check: `--jobs ${jobs}${extra.length ? ` ${extra.join(" ")}` : ""}: ${outputs} outputs + ${rep.failed} failures = ${outputs + rep.failed} of ${DOCS} inputs (${rep.withWarnings} with warnings)`,
  });
  console.log(`  --jobs ${jobs} ${extra.join(" ")}: ${fmt(m.seconds)} s, ${fmt(m.rss, 0)} MB peak RSS`);
  if (!process.env.BENCH_KEEP) rmSync(out, { recursive: true, force: true });
}

const j1 = rows.find((r) => r.jobs === 1 && r.plain);
const j2 = rows.find((r) => r.jobs === 2 && r.plain);
const when = new Date().toISOString().slice(0, 16).replace("T", " ");
const cpu = cpus()[0]?.model ?? "unknown CPU";
const table = [
  "| run | seconds | documents/s | MB/s | peak RSS (MB) | × floor's time |",
  "| --- | ---: | ---: | ---: | ---: | ---: |",
  ...rows.map((r) => `| ${r.name} | ${fmt(r.seconds)} | ${fmt(r.docsPerS, 0)} | ${fmt(r.mbPerS, 2)} | ${fmt(r.rss, 0)} | ${fmt(r.seconds / fl.seconds)} |`),
];
const notes = [
  ...(j1 && j2 ? [`\`--jobs 2\` is ${fmt(j1.seconds / j2.seconds, 2)}× as fast as \`--jobs 1\``] : []),
  ...rows.filter((r) => r.check).map((r) => r.check),
];
const section = `## Batch conversion: ${DOCS} documents

- date: ${when} UTC
- machine: ${cpu}, ${cpus().length} cores, ${fmt(totalmem() / 2 ** 30, 0)} GiB RAM, ${platform()} ${release()}, Node ${process.version}
- tree: ${DOCS} documents, ${fmt(MB)} MB (from ${gen.seeds} UTF-8 fixtures, varied), ${fmt(gen.bytes / DOCS / 1000)} kB on average
- outputs: pretty JSON, each written to a temporary file and renamed (synced first with \`--fsync\`); \`--report\` on

${table.join("\n")}

${notes.map((n) => `- ${n}`).join("\n")}
`;
// One section per tree size: a run replaces its own and keeps the others.
const resultsFile = join(root, "bench", "results.md");
const intro = `# Benchmark results

Written by \`npm run bench:batch\` (bench/batch.mjs, \`BENCH_DOCS\` documents); figures, not a test.
Peak RSS is the whole process (main thread and workers), from \`process.resourceUsage().maxRSS\`.
The floor is a Node script that reads and decodes every file and runs one regex over it.
`;
const old = existsSync(resultsFile) ? readFileSync(resultsFile, "utf8") : "";
const sections = new Map();
for (const m of old.matchAll(/^## Batch conversion: (\d+) documents\n[\s\S]*?(?=^## |(?![\s\S]))/gmu)) sections.set(Number(m[1]), m[0].trimEnd() + "\n");
sections.set(DOCS, section);
const body = [...sections.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t).join("\n");
writeFileSync(resultsFile, `${intro}\n${body}`);
console.log(`\n${table.join("\n")}\n\n${notes.map((n) => `- ${n}`).join("\n")}\n\nwritten to bench/results.md`);
