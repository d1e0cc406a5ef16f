/**
 * `vanban validate` as CI runs it: the built CLI, its reports, its
 * configuration and its exit codes (0 clean, 1 errors or too many warnings or
 * an unreadable file, 2 the tool could not do its job).
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "vanban.js");
const DRAFT = "fixtures/cv-ubnd-kon-tum-draft-2020.txt";
const SEED_283 = "fixtures/tb-283-tu-kon-tum-2021-08-27.txt";
const CLEAN = "fixtures/rules/date-format/valid.txt";
const WARNS = "fixtures/rules/date-format/invalid.txt";

function vanban(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, "validate", "--today", "2026-11-23", ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "", VANBAN_DEBUG: "", ...opts.env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), "vanban-validate-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the issue's acceptance cases", () => {
  it("the draft fails with blank-number and blank-date at their line:column, exit 1", () => {
    const r = vanban([DRAFT, "--reporter", "json"]);
    expect(r.status).toBe(1);
    const [file] = JSON.parse(r.stdout);
    const at = file.diagnostics.map((d: { rule: string; span: { start: { line: number; column: number } } }) => [d.rule, d.span.start.line, d.span.start.column]);
    expect(at).toEqual([
      ["blank-number", 6, 1],
      ["blank-date", 15, 1],
    ]);
  });

  it("the 283-TB/TU seed reports malformed-citation for '(ngày 27-2021)' at 18:65", () => {
    const r = vanban([SEED_283]);
    expect(r.stdout).toMatch(/18:65\s+warning\s+date "ngày 27-2021" has a day \(27\) and a year \(2021\) but no month\s+malformed-citation/u);
    expect(r.status).toBe(0); // a warning only
  });
});

describe("exit codes", () => {
  it("0 for a clean document, with nothing on stdout from stylish", () => {
    const r = vanban([CLEAN]);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, "", ""]);
  });
  it("0 for warnings within --max-warnings, 1 above it", () => {
    expect(vanban([WARNS, "--max-warnings", "1"]).status).toBe(0);
    const r = vanban([WARNS, "--max-warnings", "0"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/more than --max-warnings 0/);
  });
  it("-q reports errors only", () => {
    const r = vanban([WARNS, "-q"]);
    expect([r.status, r.stdout]).toEqual([0, ""]);
  });
  it("1 for a file that cannot be read, and the other files are still checked", () => {
    const locked = join(tmp, "locked.txt");
    writeFileSync(locked, readFileSync(join(ROOT, CLEAN)));
    chmodSync(locked, 0o000);
    const canRead = (() => {
      try {
        readFileSync(locked);
        return true;
      } catch {
        return false;
      }
    })();
    const r = vanban([locked, DRAFT, "--reporter", "json"]);
    chmodSync(locked, 0o644);
    expect(r.status).toBe(1);
    const files = JSON.parse(r.stdout) as { path: string; diagnostics: { rule: string; message: string }[] }[];
    expect(files.map((f) => f.path)).toHaveLength(2);
    if (!canRead) expect(files.find((f) => f.path.endsWith("locked.txt"))!.diagnostics).toEqual([expect.objectContaining({ rule: "fatal", message: "cannot read: permission denied" })]);
    expect(files.find((f) => f.path.endsWith("draft-2020.txt"))!.diagnostics.map((d) => d.rule)).toEqual(["blank-number", "blank-date"]);
  });
  it("2 when nothing matched, for a bad option value, and for a report path that cannot be written", () => {
    for (const args of [["nothing-here/*.txt"], [CLEAN, "--max-warnings", "x"], [CLEAN, "--today", "2026-02-30"], [CLEAN, "--reporter", "tap"], [CLEAN, "--reporter", "sarif=/no/such/dir/x.sarif"]]) {
      const r = vanban(args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^vanban: [^\n]+\n$/);
    }
  });
});

describe("reports", () => {
  it("several reporters in one run: stylish on stdout, sarif and junit to files", () => {
    const sarif = join(tmp, "v.sarif");
    const junit = join(tmp, "v.xml");
    const r = vanban([DRAFT, "--reporter", "stylish", "--reporter", `sarif=${sarif}`, "--reporter", `junit=${junit}`]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/blank-number/);
    expect(JSON.parse(readFileSync(sarif, "utf8")).version).toBe("2.1.0");
    expect(readFileSync(junit, "utf8")).toMatch(/^<\?xml/);
  });
  it("github: one workflow command per diagnostic", () => {
    const r = vanban([DRAFT, "--reporter", "github"]);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l).toMatch(/^::error file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::.+$/);
  });
});

describe("configuration", () => {
  const project = join(tmp, "project");
  mkdirSync(join(project, "sub"), { recursive: true });
  writeFileSync(join(project, "a.txt"), readFileSync(join(ROOT, WARNS)));
  writeFileSync(join(project, "sub", "b.txt"), readFileSync(join(ROOT, WARNS)));
  writeFileSync(join(project, "vanban.config.yaml"), "rules:\n  date-format: error\n");
  writeFileSync(join(project, "sub", "vanban.config.json"), JSON.stringify({ rules: { "date-format": "off" } }));

  it("is found upward from each file, the nearest winning", () => {
    const r = vanban(["a.txt", "sub/b.txt", "--reporter", "json"], { cwd: project });
    const files = JSON.parse(r.stdout) as { path: string; diagnostics: { rule: string; severity: string }[] }[];
    expect(files.map((f) => [f.path, f.diagnostics.map((d) => `${d.rule}:${d.severity}`)])).toEqual([
      ["a.txt", ["date-format:error"]],
      ["sub/b.txt", []],
    ]);
    expect(r.status).toBe(1);
  });
  it("--no-config: every rule at its default level", () => {
    const r = vanban(["a.txt", "sub/b.txt", "--no-config", "--reporter", "json"], { cwd: project });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { diagnostics: { severity: string }[] }[]).flatMap((f) => f.diagnostics.map((d) => d.severity))).toEqual(["warning", "warning"]);
  });
  it("--print-config shows what applies to a file", () => {
    const r = vanban(["--print-config", "sub/b.txt"], { cwd: project });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/date-format/);
  });
  it("a config error names the file and the key, exit 2", () => {
    const bad = join(tmp, "bad");
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, "x.txt"), readFileSync(join(ROOT, CLEAN)));
    writeFileSync(join(bad, "vanban.config.yaml"), "rules:\n  date-formt: error\n");
    const r = vanban(["x.txt"], { cwd: bad });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^vanban: [^\n]*vanban\.config\.yaml[^\n]*date-formt[^\n]*\n$/);
  });
});
