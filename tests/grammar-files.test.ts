/**
 * The grammar files types.yaml, issuers.yaml and registry.yaml: each passes
 * its zod schema, and the tables agree with each other (unique codes and
 * names per system, registry entries typed and issued by known codes).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { IssuersFile, RegistryFile, TypesFile } from "../src/grammar/schema.js";

const dir = join(import.meta.dirname, "..", "grammars");
const read = (file: string): unknown => parseYaml(readFileSync(join(dir, file), "utf8"));

/** Values that occur more than once, for readable failures. */
function duplicates(keys: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const k of keys) (seen.has(k) ? dup : seen).add(k);
  return [...dup];
}

describe("grammar files", () => {
  const typesParsed = TypesFile.safeParse(read("types.yaml"));
  const issuersParsed = IssuersFile.safeParse(read("issuers.yaml"));
  const registryParsed = RegistryFile.safeParse(read("registry.yaml"));

  it("each file passes its zod schema", () => {
    expect(typesParsed.error?.issues ?? []).toEqual([]);
    expect(issuersParsed.error?.issues ?? []).toEqual([]);
    expect(registryParsed.error?.issues ?? []).toEqual([]);
  });

  const types = typesParsed.data?.types ?? [];
  const issuers = issuersParsed.data?.issuers ?? [];
  const registry = registryParsed.data?.documents ?? [];

  it("the files are not empty", () => {
    expect(types.length).toBeGreaterThan(0);
    expect(issuers.length).toBeGreaterThan(0);
    expect(registry.length).toBeGreaterThan(0);
  });

  it("no entry lacks a description", () => {
    const all = [...types, ...issuers, ...registry];
    expect(all.filter((e) => e.description.trim() === "")).toEqual([]);
  });

  describe("types.yaml", () => {
    it("a type code is unique within its system", () => {
      const keys = types.flatMap((t) => (t.code === null ? [] : t.systems.map((s) => `${t.code}|${s}`)));
      expect(duplicates(keys)).toEqual([]);
    });

    it("a name or alias is unique within its system (case-insensitive)", () => {
      const keys = types.flatMap((t) => [t.name, ...t.aliases].flatMap((n) => t.systems.map((s) => `${n.toLowerCase()}|${s}`)));
      expect(duplicates(keys)).toEqual([]);
    });

    it("lists a system at most once per entry", () => {
      expect(types.filter((t) => new Set(t.systems).size !== t.systems.length)).toEqual([]);
    });

    it("the first null-code state entry is the state công văn", () => {
      const first = types.find((t) => t.code === null && t.systems.includes("state"));
      expect(first).toMatchObject({ name: "Công văn", kind: "administrative" });
      const adminNull = types.filter((t) => t.code === null && t.kind === "administrative");
      expect(adminNull.map((t) => t.name)).toEqual(["Công văn"]);
    });

    it("keeps the official casing of mixed-case codes", () => {
      const codes = new Set(types.map((t) => t.code));
      for (const c of ["QyĐ", "CTr", "TTr", "TrS", "QĐi"]) expect(codes.has(c)).toBe(true);
    });

    it("holds every code of NĐ 30/2020 Phụ lục III", () => {
      const state = new Set(types.filter((t) => t.systems.includes("state")).map((t) => t.code));
      const nd30 = ["NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr", "HĐ", "CĐ",
        "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "SY", "TrS", "SL"];
      expect(nd30.filter((c) => !state.has(c))).toEqual([]);
    });
  });

  describe("issuers.yaml", () => {
    it("an issuer code is unique within its system", () => {
      expect(duplicates(issuers.map((i) => `${i.code}|${i.system}`))).toEqual([]);
    });

    it("BCT is Bộ Công Thương for the state and Bộ Chính trị for the Party, state first", () => {
      const bct = issuers.filter((i) => i.code === "BCT");
      expect(bct.map((i) => [i.system, i.name])).toEqual([
        ["state", "Bộ Công Thương"],
        ["party", "Bộ Chính trị"],
      ]);
    });
  });

  describe("registry.yaml", () => {
    const typeCodes = new Set(types.flatMap((t) => (t.code === null ? [] : [t.code])));
    // A type written without a code in the number (Luật) is referred to by its name.
    const codelessNames = new Set(types.filter((t) => t.code === null && t.kind === "normative").map((t) => t.name));
    const issuerCodes = new Set(issuers.map((i) => i.code));

    it("ids are unique", () => {
      expect(duplicates(registry.map((r) => r.id))).toEqual([]);
    });

    it("each type is a code in types.yaml (or the name of a codeless normative type)", () => {
      expect(registry.filter((r) => !typeCodes.has(r.type) && !codelessNames.has(r.type)).map((r) => r.id)).toEqual([]);
    });

    it("each id's symbol carries its type code, unless the type has none", () => {
      const wrong = registry.filter((r) => {
        if (!typeCodes.has(r.type)) return false;
        const symbol = r.id.replace(/^\d+[/-](?:\d{4}\/)?/u, "");
        const code = symbol.split(/[-/]/u)[0];
        // Quốc hội resolutions carry no type code either: 30/2021/QH15.
        return code !== r.type && !issuerCodes.has(code ?? "");
      });
      expect(wrong.map((r) => r.id)).toEqual([]);
    });

    it("each id's symbol ends with a known issuer code", () => {
      const unknown = registry.filter((r) => {
        const last = r.id.split(/[-/]/u).at(-1) ?? "";
        return !issuerCodes.has(last);
      });
      expect(unknown.map((r) => r.id)).toEqual([]);
    });

    it("the issuer named is the body of the id's issuer code", () => {
      const names = new Map<string, Set<string>>();
      for (const i of issuers) names.set(i.code, (names.get(i.code) ?? new Set()).add(i.name));
      const wrong = registry.filter((r) => !names.get(r.id.split(/[-/]/u).at(-1) ?? "")?.has(r.issuer));
      expect(wrong.map((r) => r.id)).toEqual([]);
    });

    it("a date is a real calendar date", () => {
      const bad = registry.filter((r) => {
        if (r.date === null) return false;
        const d = new Date(`${r.date}T00:00:00Z`);
        return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== r.date;
      });
      expect(bad.map((r) => r.id)).toEqual([]);
    });

    it("a short reference (type code + number) resolves to at most one entry", () => {
      const keys = registry.map((r) => `${r.type.toLowerCase()}|${r.id.split(/[/-]/u)[0]}`);
      expect(duplicates(keys)).toEqual([]);
    });
  });
});
