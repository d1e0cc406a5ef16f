/**
 * A new agency or document type is one grammar line: `--grammar FILE`
 * (library: `extendGrammar`) adds it without a code change; a bad file is one
 * clear error naming the file and the entry.
 */
import { describe, expect, it } from "vitest";
import { extendGrammar } from "../src/grammar/extend.js";
import { GrammarError } from "../src/grammar/load.js";
import { parse } from "../src/index.js";

const names = (text: string, grammar?: ReturnType<typeof extendGrammar>) =>
  parse(text, grammar ? { grammar } : {}).directives.flatMap((d) => d.bodies.map((b) => b.name));

describe("extending the grammar", () => {
  it("one heads line makes a new kind of agency a body", () => {
    const text = "1. Viện Pasteur Nha Trang chủ trì, phối hợp với Sở Y tế kiểm tra.\n";
    expect(names(text)).toEqual(["Sở Y tế"]);
    const g = extendGrammar([{ name: "viện.yaml", text: 'heads:\n  - { text: Viện, kind: named, capitalised: true, description: "an institute" }\n' }]);
    expect(names(text, g)).toEqual(["Viện Pasteur Nha Trang", "Sở Y tế"]);
  });

  it("one types line makes a new document type known, with its code", () => {
    const text = "BẢN CAM KẾT\nVề việc phòng, chống dịch\n\n1. Sở Y tế: kiểm tra.\n";
    expect(parse(text).type).toBeNull();
    const g = extendGrammar([{ name: "t.yaml", text: 'types:\n  - { code: BCK, name: Bản cam kết, systems: [state], era: "local", description: "a pledge" }\n' }]);
    expect(parse(text, { grammar: g }).type).toEqual({ code: "BCK", name: "Bản cam kết" });
    expect(parse("Theo Bản cam kết số 12/BCK-UBND ngày 2/3/2021.", { grammar: g }).citations[0]?.type).toEqual({ code: "BCK", name: "Bản cam kết" });
  });

  it("one registry line resolves a new short reference", () => {
    const g = extendGrammar([{ name: "r.yaml", text: 'documents:\n  - { id: 99/CT-TTg, type: CT, date: null, issuer: Thủ tướng Chính phủ, title: null, description: "test" }\n' }]);
    expect(parse("Thực hiện Chỉ thị 99 của Thủ tướng.").citations).toEqual([]);
    expect(parse("Thực hiện Chỉ thị 99 của Thủ tướng.", { grammar: g }).citations.map((c) => c.id)).toEqual(["99/CT-TTg"]);
  });

  it.each([
    { text: "heads: [", message: /^bad\.yaml: not YAML/, why: "broken YAML" },
    { text: "- a\n- b\n", message: /^bad\.yaml: expected a mapping/, why: "a list, not a mapping" },
    { text: "agencies: []\n", message: /^bad\.yaml: no known grammar key/, why: "an unknown top-level key" },
    { text: "heads:\n  - { text: Viện, kind: nam, description: x }\n", message: /^bad\.yaml: heads\.0\.kind \(Viện\): Invalid option/, why: "a bad entry is named by path and text" },
    { text: "types:\n  - { code: X, name: Y }\n", message: /^bad\.yaml: types\.0\.systems \(X\)/, why: "a missing field names the entry" },
  ])("a bad file is one GrammarError naming the file: $why", ({ text, message }) => {
    expect(() => extendGrammar([{ name: "bad.yaml", text }])).toThrow(GrammarError);
    expect(() => extendGrammar([{ name: "bad.yaml", text }])).toThrow(message);
  });
});
