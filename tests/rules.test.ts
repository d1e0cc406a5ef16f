/**
 * Lint rules: every rule has fixtures/rules/<id>/valid.txt (no diagnostic of
 * that rule) and invalid.txt (exactly the diagnostics of expected.json, which
 * were checked against the text by hand), and a row in README's rule table.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { RULES } from "../src/rules/index.js";
import { runRules } from "../src/rules/engine.js";

const root = join(import.meta.dirname, "..");
const dir = (id: string): string => join(root, "fixtures", "rules", id);
const TODAY = "2026-11-23";

function diagnosticsOf(id: string, which: "valid" | "invalid") {
  const doc = parse(readFileSync(join(dir(id), `${which}.txt`)), { path: `${which}.txt`, today: TODAY });
  return doc.diagnostics.filter((d) => d.rule === id).map((d) => ({ line: d.span?.start.line ?? null, column: d.span?.start.column ?? null, severity: d.severity, message: d.message }));
}

describe.each(RULES.map((r) => r.id))("rule %s", (id) => {
  it("has valid and invalid fixtures", () => {
    for (const f of ["valid.txt", "invalid.txt", "expected.json"]) expect(existsSync(join(dir(id), f)), f).toBe(true);
  });
  it("reports nothing on its valid fixture", () => {
    expect(diagnosticsOf(id, "valid")).toEqual([]);
  });
  it("reports exactly the expected diagnostics on its invalid fixture", () => {
    const expected = JSON.parse(readFileSync(join(dir(id), "expected.json"), "utf8"));
    expect(expected.length).toBeGreaterThan(0);
    expect(diagnosticsOf(id, "invalid")).toEqual(expected);
  });
});

describe("the rule set", () => {
  it("has a fixture folder for every rule and a rule for every fixture folder", () => {
    expect(readdirSync(join(root, "fixtures", "rules")).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it("has unique kebab-case ids and one-line descriptions", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(r.description).not.toMatch(/\n/);
    }
  });

  it("matches README's rule table row for row (id, default level, description)", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const rows = [...readme.matchAll(/^\| `([a-z-]+)` \| (error|warning|info) \| (.+) \|$/gmu)].map((m) => ({ id: m[1], severity: m[2], description: m[3]!.replace(/\\\|/g, "|") }));
    expect(rows).toEqual(RULES.map((r) => ({ id: r.id, severity: r.severity, description: r.description })));
  });
});

describe("the engine", () => {
  const doc = parse(readFileSync(join(dir("date-format"), "invalid.txt")), { today: TODAY });
  const base = { doc: { ...doc, diagnostics: [] }, text: readFileSync(join(dir("date-format"), "invalid.txt"), "utf8"), found: [], today: TODAY, grammar: undefined as never, span: () => null as never };
  const dateFormat = RULES.filter((r) => r.id === "date-format");

  it("uses a rule's default level", () => {
    expect(runRules(dateFormat, base).map((d) => d.severity)).toEqual(["warning"]);
  });
  it("a configured level replaces it; off silences the rule", () => {
    expect(runRules(dateFormat, base, { "date-format": { level: "error" } }).map((d) => d.severity)).toEqual(["error"]);
    expect(runRules(dateFormat, base, { "date-format": { level: "off" } })).toEqual([]);
  });
  it("rules about a document's header skip news articles", () => {
    expect(runRules(dateFormat, { ...base, doc: { ...base.doc, genre: "news" } })).toEqual([]);
  });
  it("missing-issuer's option 'expected' reports a document of another agency", () => {
    const file = readFileSync(join(dir("missing-issuer"), "valid.txt"));
    const run = (expected: unknown) =>
      parse(file, { today: TODAY, rules: { "missing-issuer": { options: { expected } } } }).diagnostics.filter((d) => d.rule === "missing-issuer").map((d) => d.message);
    expect(run("Ủy ban nhân dân huyện Đắk Hà")).toEqual([]);
    expect(run(["Tỉnh ủy Kon Tum", "Ủy ban nhân dân huyện Đắk Hà"])).toEqual([]);
    expect(run("Ủy ban nhân dân tỉnh Kon Tum")).toEqual(["issued by Ủy ban nhân dân huyện Đắk Hà, not by the expected Ủy ban nhân dân tỉnh Kon Tum"]);
  });
  it("parse() takes the same settings, so parse and validate print the same diagnostics", () => {
    const d = parse(readFileSync(join(dir("date-format"), "invalid.txt")), { today: TODAY, rules: { "date-format": { level: "off" } } });
    expect(d.diagnostics).toEqual([]);
  });
});

describe("the issue's acceptance cases", () => {
  const seed = (name: string) => parse(readFileSync(join(root, "fixtures", `${name}.txt`)), { today: TODAY });

  it("the draft công văn fails with blank-number and blank-date at their line:column", () => {
    const d = seed("cv-ubnd-kon-tum-draft-2020").diagnostics.filter((x) => x.severity === "error");
    expect(d.map((x) => [x.rule, x.span?.start.line, x.span?.start.column])).toEqual([
      ["blank-number", 6, 1],
      ["blank-date", 15, 1],
    ]);
  });

  it("283-TB/TU reports '(ngày 27-2021)' as malformed-citation at its line:column", () => {
    const d = seed("tb-283-tu-kon-tum-2021-08-27").diagnostics;
    expect(d.map((x) => [x.rule, x.span?.start.line, x.span?.start.column])).toEqual([["malformed-citation", 18, 65]]);
  });
});
