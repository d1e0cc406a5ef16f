/**
 * Batch runs of the CLI as a user runs them (`node bin/vanban.js`, built bundle):
 * trees, globs, --files-from, NDJSON order, the mirror directory and its
 * safety rules, --skip-existing after a SIGKILL, --shard, --report.
 */
import { spawn, spawnSync } from "node:child_process";
import {
  existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "vanban.js");
const FIXTURES = readdirSync(join(ROOT, "fixtures")).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(ROOT, "fixtures", f)));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function vanban(args: string[], cwd: string, input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input: input ?? "", encoding: "utf8", env: { ...process.env, VANBAN_DEBUG: "" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const byCodePoint = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

function put(root: string, rel: string, bytes: Buffer | string): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), bytes);
}

/** Every file below `dir`, relative, sorted. */
function filesBelow(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) visit(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)));
    }
  };
  visit(dir);
  return out.sort(byCodePoint);
}

const lines = (s: string): Record<string, any>[] => s.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);

/**
 * A tree of 41 documents (names with spaces, diacritics, brackets, upper-case
 * extensions, .md and .text, a directory named dir.txt) and what must not be
 * taken by default (hidden files and directories, other extensions, a
 * symlinked directory), plus a broken symlink bad.txt (a failure).
 */
function makeTree(root: string, outside: string): { docs: string[]; failures: string[] } {
  const docs: string[] = [];
  const add = (rel: string, i: number): void => {
    put(root, rel, FIXTURES[i % FIXTURES.length]!);
    docs.push(rel);
  };
  for (let i = 0; i < 7; i++) add(`a/doc-${i}.txt`, i);
  for (let i = 0; i < 7; i++) add(`a/b/c/Thông báo số ${i + 1}.txt`, i + 1);
  for (let i = 0; i < 7; i++) add(`d/note ${i}.md`, i + 2);
  for (let i = 0; i < 7; i++) add(`d/e/DOC_${i}.TEXT`, i + 3);
  for (let i = 0; i < 5; i++) add(`r-${i}.txt`, i + 4);
  for (let i = 0; i < 7; i++) add(`f g/x[${i}].txt`, i + 5);
  add("dir.txt/inner.txt", 6);
  put(root, ".hidden.txt", FIXTURES[0]!);
  put(root, ".git/config.txt", FIXTURES[0]!);
  put(root, "notes.pdf", "not a document");
  put(root, "a/README", "no extension");
  put(outside, "ext-1.txt", FIXTURES[1]!);
  put(outside, "ext-2.txt", FIXTURES[2]!);
  symlinkSync(outside, join(root, "linked"));
  symlinkSync(join(root, "nowhere"), join(root, "bad.txt"));
  return { docs: docs.sort(byCodePoint), failures: ["bad.txt"] };
}

let base: string;
let tree: string;
let outside: string;
let expected: { docs: string[]; failures: string[] };

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist", "worker.mjs"))) throw new Error("dist/worker.mjs is missing: run `npm run build` (npm test does)");
  base = mkdtempSync(join(tmpdir(), "vanban-batch-"));
  tree = join(base, "tree");
  outside = join(base, "outside");
  expected = makeTree(tree, outside);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("NDJSON on stdout", () => {
  it("one line per input, in input order, failures in their place; exit 1", () => {
    const r = vanban(["parse", "tree", "missing.txt", "--jobs", "2"], base);
    expect(r.status).toBe(1);
    const recs = lines(r.stdout);
    const want = [...[...expected.docs, ...expected.failures].sort(byCodePoint).map((p) => `tree/${p}`), "missing.txt"];
    expect(recs.map((d) => d.source.path)).toEqual(want);
    expect(recs.filter((d) => d.error).map((d) => [d.source.path, d.error.code])).toEqual([
      ["tree/bad.txt", "ENOENT"],
      ["missing.txt", "ENOENT"],
    ]);
    for (const d of recs.filter((x) => !x.error)) expect(d.schemaVersion).toBe(1);
    expect(r.stderr).toMatch(/^43 files, \d+ ok, \d+ with warnings, 2 failed\n {2}failed: tree\/bad\.txt: broken symbolic link\n {2}failed: missing\.txt: no such file\n$/);
  });

  it("--jobs 1 (no workers) and --jobs 2 write the same bytes; --unordered the same lines", () => {
    const one = vanban(["parse", "tree", "--jobs", "1", "-q"], base);
    const two = vanban(["parse", "tree", "--jobs", "2", "-q"], base);
    const any = vanban(["parse", "tree", "--jobs", "2", "-q", "--unordered"], base);
    expect(one.stdout).toBe(two.stdout);
    expect(any.stdout.split("\n").sort()).toEqual(two.stdout.split("\n").sort());
    expect(one.stderr + two.stderr).toBe("");
  });

  it("each line is what the single-file command prints, compacted", () => {
    const single = vanban(["parse", "tree/a/doc-0.txt", "--compact"], base);
    const batch = vanban(["parse", "tree/a/doc-0.txt", "tree/a/doc-1.txt"], base);
    expect(batch.status).toBe(0);
    expect(batch.stdout.split("\n")[0]).toBe(single.stdout.trimEnd());
  });

  it("--hidden and --follow take hidden files and symlinked directories", () => {
    const paths = (args: string[]) => lines(vanban(["parse", "tree", "-q", ...args], base).stdout).map((d) => d.source.path as string);
    const plain = paths([]);
    expect(paths(["--hidden"]).filter((p) => !plain.includes(p)).sort()).toEqual(["tree/.git/config.txt", "tree/.hidden.txt"]);
    expect(paths(["--follow"]).filter((p) => !plain.includes(p)).sort()).toEqual(["tree/linked/ext-1.txt", "tree/linked/ext-2.txt"]);
  });

  it("globs: ** across directories, brackets in names matched literally through a class, matched directories whole", () => {
    const r = vanban(["parse", "tree/**/*.md", "tree/f g/x[[]1].txt", "-q"], base);
    expect(r.status).toBe(0);
    expect(lines(r.stdout).map((d) => d.source.path)).toEqual([...expected.docs.filter((p) => p.endsWith(".md")).map((p) => `tree/${p}`), "tree/f g/x[1].txt"]);
    const dirs = vanban(["parse", "tree/[ad]", "-q"], base);
    expect(lines(dirs.stdout).map((d) => d.source.path)).toEqual(expected.docs.filter((p) => /^[ad]\//.test(p)).map((p) => `tree/${p}`));
    const none = vanban(["parse", "tree/**/*.docx", "tree/r-0.txt", "-q"], base);
    expect(none.status).toBe(1);
    expect(lines(none.stdout).map((d) => d.error?.code ?? "ok")).toEqual(["no-match", "ok"]);
  });

  it("--format yaml on stdout is a YAML stream, one document each", () => {
    const r = vanban(["parse", "tree/a", "--format", "yaml", "-q"], base);
    expect(r.status).toBe(0);
    const docs = r.stdout.split(/^---\n/m).filter(Boolean).map((t) => parseYaml(t) as { source: { path: string } });
    expect(docs.map((d) => d.source.path)).toEqual(expected.docs.filter((p) => p.startsWith("a/")).map((p) => `tree/${p}`));
  });

  it("a closed pipe ends the run quietly with exit 0", () => {
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" parse tree -q | head -c 10 >/dev/null; echo "rc=\${PIPESTATUS[0]}"`], { cwd: base, encoding: "utf8" });
    expect(r.stdout).toBe("rc=0\n");
    expect(r.stderr).toBe("");
  });
});

describe("-o DIR mirrors the tree", () => {
  it("outputs + failure records == inputs, exactly; the report says the same", () => {
    const out = join(base, "mirror");
    const r = vanban(["parse", "tree", "-o", "mirror", "--report", "report.json"], base);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(filesBelow(out)).toEqual(expected.docs.map((p) => p.replace(/\.[^./]+$/, ".json")).sort(byCodePoint));
    for (const f of filesBelow(out)) {
      const doc = JSON.parse(readFileSync(join(out, f), "utf8")) as { source: { path: string } };
      expect(doc.source.path.replace(/^tree\//, "").replace(/\.[^./]+$/, "")).toBe(f.replace(/\.json$/, ""));
    }
    const report = JSON.parse(readFileSync(join(base, "report.json"), "utf8")) as Record<string, any>;
    expect(Object.keys(report)).toEqual(["version", "started", "finished", "seconds", "files", "ok", "withWarnings", "failed", "skipped", "bytes", "failures", "diagnostics"]);
    expect(report.files).toBe(expected.docs.length + expected.failures.length);
    expect(report.ok + report.withWarnings + report.failed).toBe(report.files);
    expect(report.failures).toEqual([{ path: "tree/bad.txt", code: "ENOENT", message: "broken symbolic link" }]);
    expect(report.bytes).toBe(expected.docs.reduce((n, p) => n + statSync(join(tree, p)).size, 0));
    for (const [path, rules] of Object.entries(report.diagnostics as Record<string, Record<string, number>>)) {
      const doc = JSON.parse(readFileSync(join(out, path.replace(/^tree\//, "").replace(/\.[^./]+$/, ".json")), "utf8")) as { diagnostics: { rule: string }[] };
      const counts: Record<string, number> = {};
      for (const d of doc.diagnostics) counts[d.rule] = (counts[d.rule] ?? 0) + 1;
      expect(rules).toEqual(counts);
    }
  });

  it("--format yaml writes .yaml files", () => {
    const r = vanban(["parse", "tree/d", "-o", "mirror-yaml", "--format", "yaml", "-q"], base);
    expect(r.status).toBe(0);
    const files = filesBelow(join(base, "mirror-yaml"));
    expect(files).toEqual(["e/DOC_0.yaml", "e/DOC_1.yaml", "e/DOC_2.yaml", "e/DOC_3.yaml", "e/DOC_4.yaml", "e/DOC_5.yaml", "e/DOC_6.yaml", ...[0, 1, 2, 3, 4, 5, 6].map((i) => `note ${i}.yaml`)].sort(byCodePoint));
    expect((parseYaml(readFileSync(join(base, "mirror-yaml", "note 0.yaml"), "utf8")) as { schemaVersion: number }).schemaVersion).toBe(1);
  });

  it("never overwrites a file it did not write, unless --force; its own outputs are replaced", () => {
    const out = join(base, "own");
    expect(vanban(["parse", "tree/a", "-o", "own", "-q"], base).status).toBe(0);
    const again = vanban(["parse", "tree/a", "-o", "own", "-q"], base);
    expect(again.status).toBe(0);
    writeFileSync(join(out, "doc-3.json"), "keep me\n");
    const refused = vanban(["parse", "tree/a", "-o", "own"], base);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/failed: tree\/a\/doc-3\.txt: own\/doc-3\.json exists and was not written by vanban for this file \(use --force to overwrite\)/);
    expect(readFileSync(join(out, "doc-3.json"), "utf8")).toBe("keep me\n");
    expect(vanban(["parse", "tree/a", "-o", "own", "--force", "-q"], base).status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, "doc-3.json"), "utf8")).schemaVersion).toBe(1);
  });

  it("refuses DIR inside an input directory unless --allow-inside, and never reads its own outputs", () => {
    const r = vanban(["parse", "tree/a", "-o", "tree/a/json"], base);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("vanban: -o tree/a/json is inside the input directory tree/a (use --allow-inside to write there)\n");
    expect(existsSync(join(tree, "a", "json"))).toBe(false);
    const ok = vanban(["parse", "tree/a", "-o", "tree/a/json", "--allow-inside", "-q"], base);
    expect(ok.status).toBe(0);
    const twice = vanban(["parse", "tree/a", "-o", "tree/a/json", "--allow-inside", "--hidden"], base);
    expect(twice.stderr).toMatch(/^14 files,/);
    rmSync(join(tree, "a", "json"), { recursive: true });
  });

  it("never follows a symlink out of DIR", () => {
    const out = join(base, "escape");
    const elsewhere = join(base, "elsewhere");
    mkdirSync(out);
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(out, "b"));
    const r = vanban(["parse", "tree/a", "-o", "escape"], base);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/7 failed/);
    expect(r.stderr).toMatch(/leads outside the output directory/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it("two inputs with the same output: the second is a failure, not an overwrite", () => {
    const dir = join(base, "clash");
    put(dir, "x.txt", FIXTURES[0]!);
    put(dir, "x.md", FIXTURES[1]!);
    const r = vanban(["parse", "clash", "-o", "clash-out", "--report", "clash.json"], base);
    expect(r.status).toBe(1);
    expect(readdirSync(join(base, "clash-out"))).toEqual(["x.json"]);
    expect(JSON.parse(readFileSync(join(base, "clash-out", "x.json"), "utf8")).source.path).toBe("clash/x.md");
    expect(JSON.parse(readFileSync(join(base, "clash.json"), "utf8")).failures).toEqual([
      { path: "clash/x.txt", code: "output-collision", message: "its output x.json is also the output of clash/x.md" },
    ]);
  });

  it("--format ndjson -o FILE writes one file", () => {
    const r = vanban(["parse", "tree/d", "--format", "ndjson", "-o", "all.ndjson", "-q"], base);
    expect(r.status).toBe(0);
    expect(lines(readFileSync(join(base, "all.ndjson"), "utf8"))).toHaveLength(14);
    expect(vanban(["parse", "tree/d", "--format", "ndjson", "-o", "all.ndjson"], base).status).toBe(2);
  });
});

describe("--skip-existing resumes a killed run", () => {
  it("after SIGKILL midway: every output valid JSON, none duplicated, count == inputs", async () => {
    const big = join(base, "big");
    const n = 200;
    for (let i = 0; i < n; i++) put(big, `p${i % 10}/doc-${String(i).padStart(3, "0")}.txt`, FIXTURES[i % FIXTURES.length]!);
    const out = join(base, "big-out");
    const child = spawn(process.execPath, [BIN, "parse", "big", "-o", "big-out", "--jobs", "2", "-q"], { cwd: base, stdio: "ignore" });
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    const t0 = Date.now();
    while (Date.now() - t0 < 15000) {
      if (existsSync(out) && filesBelow(out).filter((f) => f.endsWith(".json")).length >= 10) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill("SIGKILL");
    await exited;
    const before = filesBelow(out).filter((f) => /\.json$/.test(f) && !f.includes("/."));
    expect(before.length).toBeGreaterThan(0);
    expect(before.length).toBeLessThan(n);

    const r = vanban(["parse", "big", "-o", "big-out", "--skip-existing", "--report", "big.json"], base);
    expect(r.status).toBe(0);
    const after = filesBelow(out);
    expect(after).toHaveLength(n); // no temporary files left, nothing else
    const paths = after.map((f) => (JSON.parse(readFileSync(join(out, f), "utf8")) as { source: { path: string } }).source.path);
    expect(new Set(paths).size).toBe(n);
    const report = JSON.parse(readFileSync(join(base, "big.json"), "utf8")) as { files: number; skipped: number; failed: number };
    expect(report.files).toBe(n);
    expect(report.failed).toBe(0);
    expect(report.skipped).toBe(before.length);
  }, 60000);
});

describe("--shard, --files-from, ignores", () => {
  it("--shard 1/3 2/3 3/3 partition the set exactly", () => {
    const all = lines(vanban(["parse", "tree", "-q"], base).stdout).map((d) => d.source.path as string);
    const parts = [1, 2, 3].map((k) => lines(vanban(["parse", "tree", "-q", "--shard", `${k}/3`], base).stdout).map((d) => d.source.path as string));
    for (const p of parts) expect(p.length).toBeGreaterThan(0);
    expect(parts.flat().sort(byCodePoint)).toEqual([...all].sort(byCodePoint));
  });

  it("--files-from with -0 (a name with a newline), and from stdin", () => {
    const odd = join(base, "odd");
    put(odd, "line\nbreak.txt", FIXTURES[0]!);
    put(odd, "plain.txt", FIXTURES[1]!);
    writeFileSync(join(base, "list0"), "odd/line\nbreak.txt\0odd/plain.txt\0");
    const r = vanban(["parse", "--files-from", "list0", "-0", "-q"], base);
    expect(r.status).toBe(0);
    expect(lines(r.stdout).map((d) => d.source.path)).toEqual(["odd/line\nbreak.txt", "odd/plain.txt"]);
    const piped = vanban(["parse", "--files-from", "-", "-q"], base, "tree/r-1.txt\ntree/r-0.txt\n\n");
    expect(lines(piped.stdout).map((d) => d.source.path)).toEqual(["tree/r-1.txt", "tree/r-0.txt"]);
  });

  it("--ignore and .vanbanignore (gitignore syntax, ! re-includes)", () => {
    const dir = join(base, "ign");
    for (const f of ["keep.txt", "skip.bak.txt", "keep.bak.txt", "drafts/a.txt", "sub/drafts/b.txt", "sub/c.txt", "sub/tmp-1.txt"]) put(dir, f, FIXTURES[0]!);
    put(dir, ".vanbanignore", "# comment\n*.bak.txt\n!keep.bak.txt\ndrafts/\n");
    put(dir, "sub/.vanbanignore", "/c.txt\n");
    const paths = (args: string[]) => lines(vanban(["parse", "ign", "-q", ...args], base).stdout).map((d) => d.source.path as string);
    expect(paths([])).toEqual(["ign/keep.bak.txt", "ign/keep.txt", "ign/sub/tmp-1.txt"]);
    expect(paths(["--ignore", "tmp-*", "--ignore", "keep.bak.txt"])).toEqual(["ign/keep.txt"]);
  });

  it("the working directory's .vanbanignore applies to the trees below it", () => {
    const cwd = join(base, "cwd-ignore");
    for (const f of ["docs/a.txt", "docs/old/b.txt", "docs/new/c.txt"]) put(cwd, f, FIXTURES[0]!);
    put(cwd, ".vanbanignore", "/docs/old/\n");
    const r = vanban(["parse", "docs", "-q"], cwd);
    expect(lines(r.stdout).map((d) => d.source.path)).toEqual(["docs/a.txt", "docs/new/c.txt"]);
  });
});

describe("usage errors exit 2 with one line", () => {
  it.each([
    [["--shard", "0/3"], /--shard 0\/3/],
    [["--shard", "x"], /expected K\/N/],
    [["--jobs", "0"], /--jobs 0/],
    [["-0"], /-0 needs --files-from/],
    [["--skip-existing"], /--skip-existing needs -o DIR/],
    [["-o", "tree/r-0.txt"], /not a directory/],
    [["--report", "tree/r-0.txt"], /exists and is not a vanban report/],
  ])("%j", (args, message) => {
    const r = vanban(["parse", "tree", ...args], base);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^vanban: [^\n]+\n$/);
    expect(r.stderr).toMatch(message);
  });
});

describe("progress bar", () => {
  it.skipIf(process.platform !== "linux" || spawnSync("script", ["--version"]).status !== 0)("drawn on a terminal and erased before the summary", () => {
    // util-linux `script` gives the child a terminal; stdout goes to a file so only stderr is on it.
    const out = join(base, "tty.ndjson");
    const r = spawnSync("script", ["-qec", `"${process.execPath}" "${BIN}" parse tree --jobs 1 > "${out}"`, "/dev/null"], { cwd: base, encoding: "utf8", input: "" });
    expect(r.stdout).toMatch(/\r\[[#.]+\] \d+\/42 files {2}[\d.]+ files\/s {2}[\d.]+ MB\/s {2}ETA \S+/);
    expect(r.stdout).toMatch(/\r\x1b\[K42 files, \d+ ok, \d+ with warnings, 1 failed\r?\n/);
    expect(lines(readFileSync(out, "utf8"))).toHaveLength(42);
  });
});
