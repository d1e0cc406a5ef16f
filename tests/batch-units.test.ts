/**
 * The pure parts of batch runs: globs, ignore rules, shard hashing, code-point
 * order, output names, the progress line and the summary.
 */
import { describe, expect, it } from "vitest";
import { compileGlob, expandBraces, globToRegExp, hasGlobChars } from "../src/cli/glob.js";
import { compileIgnoreLine, isIgnored, parseIgnoreFile } from "../src/cli/ignore.js";
import { outputRel } from "../src/cli/outputs.js";
import { commonDir, compareCodePoints, joinDisplay } from "../src/cli/paths.js";
import { formatDuration, renderBar } from "../src/cli/progress.js";
import { Tally } from "../src/cli/report.js";
import { fnv1a32, inShard, parseShard } from "../src/cli/shard.js";
import { diagnosticsOf } from "../src/cli/task.js";

describe("glob", () => {
  it.each([
    ["*.txt", "a.txt", true],
    ["*.txt", "d/a.txt", false],
    ["**/*.txt", "a.txt", true],
    ["**/*.txt", "d/e/a.txt", true],
    ["d/**", "d/e/a.txt", true],
    ["d/**/a.txt", "d/a.txt", true],
    ["d/**/a.txt", "d/x/y/a.txt", true],
    ["d/**/a.txt", "dd/a.txt", false],
    ["?.md", "a.md", true],
    ["?.md", "ab.md", false],
    ["?.md", "/.md", false],
    ["[abc]-*.txt", "b-1.txt", true],
    ["[!abc]-*.txt", "b-1.txt", false],
    ["[^abc]-*.txt", "d-1.txt", true],
    ["[a-c]x", "bx", true],
    ["[]]x", "]x", true],
    ["x[[]1].txt", "x[1].txt", true],
    ["*.{txt,md}", "a.md", true],
    ["*.{txt,md}", "a.text", false],
    ["{a,b/{c,d}}/*.txt", "b/d/x.txt", true],
    ["\\*.txt", "*.txt", true],
    ["\\*.txt", "a.txt", false],
    ["Thông báo *.txt", "Thông báo số 1.txt", true],
    ["a.b", "axb", false],
    ["(x)+.txt", "(x)+.txt", true],
  ])("%s ~ %s: %s", (pattern, path, match) => {
    expect(globToRegExp(pattern).test(path)).toBe(match);
  });

  it("expands braces, nested, and leaves a lone group literal", () => {
    expect(expandBraces("a{b,c{d,e}}f")).toEqual(["abf", "acdf", "acef"]);
    expect(expandBraces("a{b}c")).toEqual(["a{b}c"]);
    expect(() => expandBraces("{a,b}".repeat(11))).toThrow(/too many/);
  });

  it("splits an argument into the directory to walk and a filter below it", () => {
    const g = compileGlob("docs/2021/**/*.txt");
    expect(g.base).toBe("docs/2021");
    expect(g.maxDepth).toBe(Infinity);
    expect(g.re.test("a/b/x.txt")).toBe(true);
    const h = compileGlob("{docs/a,docs/b}/*.md");
    expect(h.base).toBe("docs");
    expect(h.maxDepth).toBe(2);
    expect(h.re.test("b/x.md")).toBe(true);
    expect(h.re.test("c/x.md")).toBe(false);
    expect(compileGlob("*.txt").base).toBe(".");
    expect(compileGlob("/srv/*.txt").base).toBe("/srv");
    expect(hasGlobChars("a/b.txt")).toBe(false);
    expect(hasGlobChars("a/[b].txt")).toBe(true);
  });
});

describe("ignore rules", () => {
  const rules = parseIgnoreFile("# comment\n\n*.bak.txt\n!keep.bak.txt\ndrafts/\n/top.txt\nsub/*.md\n\\#hash.txt\n");

  it.each([
    ["x.bak.txt", false, true],
    ["d/x.bak.txt", false, true],
    ["keep.bak.txt", false, false],
    ["drafts", true, true],
    ["drafts", false, false],
    ["a/drafts", true, true],
    ["top.txt", false, true],
    ["a/top.txt", false, false],
    ["sub/x.md", false, true],
    ["a/sub/x.md", false, false],
    ["#hash.txt", false, true],
    ["plain.txt", false, false],
  ])("%s (dir %s): %s", (path, isDir, ignored) => {
    expect(isIgnored(path, isDir, [{ rules, prefix: "" }])).toBe(ignored);
  });

  it("a deeper set applies below its directory, and wins", () => {
    const deeper = parseIgnoreFile("!*.bak.txt\n");
    const sets = [{ rules, prefix: "" }, { rules: deeper, prefix: "a" }];
    expect(isIgnored("a/x.bak.txt", false, sets)).toBe(false);
    expect(isIgnored("b/x.bak.txt", false, sets)).toBe(true);
  });

  it("an outer set (the working directory's) sees the root's path below it", () => {
    const outer = parseIgnoreFile("/archive/old/\n");
    expect(isIgnored("old", true, [{ rules: outer, prefix: "", outer: "archive" }])).toBe(true);
    expect(isIgnored("x/old", true, [{ rules: outer, prefix: "", outer: "archive" }])).toBe(false);
  });

  it("blank, comment and bare-! lines are no rules", () => {
    expect(compileIgnoreLine("   ")).toBeNull();
    expect(compileIgnoreLine("# x")).toBeNull();
    expect(compileIgnoreLine("!")).toBeNull();
  });
});

describe("shard", () => {
  it("FNV-1a 32 of the UTF-8 bytes", () => {
    expect(fnv1a32("")).toBe(0x811c9dc5);
    expect(fnv1a32("a")).toBe(0xe40c292c);
    expect(fnv1a32("foobar")).toBe(0xbf9cf968);
  });

  it("K/N parts are disjoint and cover everything", () => {
    const paths = Array.from({ length: 500 }, (_, i) => `d${i % 7}/Thông báo ${i}.txt`);
    const n = 4;
    const parts = [1, 2, 3, 4].map((k) => paths.filter((p) => inShard(p, { k, n })));
    expect(parts.flat().sort()).toEqual([...paths].sort());
    for (const p of parts) expect(p.length).toBeGreaterThan(80);
  });

  it("parses K/N and refuses the rest", () => {
    expect(parseShard("2/8")).toEqual({ k: 2, n: 8 });
    expect(parseShard(" 1 / 1 ")).toEqual({ k: 1, n: 1 });
    for (const bad of ["0/3", "4/3", "1/0", "x", "1/2/3", "-1/2"]) expect(() => parseShard(bad)).toThrow(/--shard/);
  });
});

describe("paths and names", () => {
  it("orders by code point, not UTF-16 unit", () => {
    const list = ["b", "a", "\u{1F600}", "\uFF61", "á", "A"];
    expect([...list].sort(compareCodePoints)).toEqual([...list].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y))));
  });

  it("finds the common directory", () => {
    expect(commonDir(["/a/b/c.txt", "/a/b/d/e.txt"])).toBe("/a/b");
    expect(commonDir(["/a/b/c.txt", "/a/x/e.txt"])).toBe("/a");
    expect(commonDir(["/a/b.txt"])).toBe("/a");
  });

  it("names outputs", () => {
    expect(outputRel("a/b/x.txt", "json")).toBe("a/b/x.json");
    expect(outputRel("a/x.TEXT", "yaml")).toBe("a/x.yaml");
    expect(outputRel("a.b/README", "json")).toBe("a.b/README.json");
    expect(outputRel("a/.hidden", "json")).toBe("a/.hidden.json");
    expect(joinDisplay(".", "a.txt")).toBe("a.txt");
    expect(joinDisplay("docs/", "a.txt")).toBe("docs/a.txt");
    expect(joinDisplay("docs", "a.txt")).toBe("docs/a.txt");
  });
});

describe("progress and summary", () => {
  it("draws the bar within the width", () => {
    const line = renderBar({ done: 1234, total: 20000, bytes: 3.2e6 * 21.76, failed: 2, elapsed: 21.76 }, 120);
    expect(line).toBe("[#...................] 1234/20000 files  56.7 files/s  3.2 MB/s  ETA 5m31s  2 failed");
    expect(renderBar({ done: 5, total: 10, bytes: 0, failed: 0, elapsed: 1 }, 40).length).toBeLessThanOrEqual(39);
    expect(formatDuration(3725)).toBe("1h02m");
    expect(formatDuration(9)).toBe("9s");
  });

  it("counts ok, with warnings and failed as disjoint parts of files", () => {
    const t = new Tally(true);
    t.add("a", { id: 0, status: "ok", bytes: 10, warn: false });
    t.add("b", { id: 1, status: "ok", bytes: 20, warn: true, rules: { "malformed-date": 2 } });
    t.add("c", { id: 2, status: "skipped", bytes: 5, warn: false, rules: { "no-signer": 1 } });
    t.add("d", { id: 3, status: "failed", bytes: 0, warn: false, error: { code: "ENOENT", message: "no such file" } });
    expect(t.summary()).toBe("4 files, 2 ok, 1 with warnings, 1 failed (1 up to date, skipped)\n  failed: d: no such file\n");
    const r = t.report("1.0.0", new Date(0), new Date(1500));
    expect(r).toMatchObject({ files: 4, ok: 2, withWarnings: 1, failed: 1, skipped: 1, bytes: 35, seconds: 1.5 });
    expect(r.diagnostics).toEqual({ b: { "malformed-date": 2 }, c: { "no-signer": 1 } });
    expect(r.failures).toEqual([{ path: "d", code: "ENOENT", message: "no such file" }]);
  });

  it("diagnostics by rule; warnings are errors or warnings, not info", () => {
    expect(diagnosticsOf([])).toEqual({ warn: false });
    expect(diagnosticsOf([{ rule: "x", severity: "info" }, { rule: "x", severity: "info" }])).toEqual({ warn: false, rules: { x: 2 } });
    expect(diagnosticsOf([{ rule: "x", severity: "info" }, { rule: "y", severity: "warning" }]).warn).toBe(true);
  });
});
