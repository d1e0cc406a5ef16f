/**
 * Golden files: each fixture's full output against its reviewed
 * fixtures/NAME.expected.json. The expected files were read against the
 * documents (every directive, body, citation, recipient); never regenerate
 * them to make this pass.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { expected, fixtureBytes, fixtureNames } from "./helpers.js";

describe("golden output", () => {
  it.each(fixtureNames())("%s matches its expected JSON", (name) => {
    const doc = parse(fixtureBytes(name), { path: `fixtures/${name}.txt` });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(expected(name));
  });

  it.each(fixtureNames())("%s parses to byte-identical JSON twice", (name) => {
    const a = JSON.stringify(parse(fixtureBytes(name), { path: name }));
    const b = JSON.stringify(parse(fixtureBytes(name), { path: name }));
    expect(a).toBe(b);
  });
});

describe("what the seeds are known to hold", () => {
  const get = (name: string) => parse(fixtureBytes(name), { path: null });

  it("a tab-flattened Party header: number, date, issuer, motto", () => {
    const d = get("tb-283-tu-kon-tum-2021-08-27");
    expect(d.number?.id).toBe("283-TB/TU");
    expect(d.number?.system).toBe("party");
    expect(d.date?.iso).toBe("2021-08-27");
    expect(d.issuer?.name).toBe("Tỉnh ủy Kon Tum");
    expect(d.motto).toBe("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(d.signature).toMatchObject({ authority: "T/L", onBehalfOf: "Ban Thường vụ", position: "Chánh Văn phòng", signer: "Thái Văn Tưởng" });
    expect(d.diagnostics.map((x) => x.rule)).toEqual(["malformed-citation"]);
  });

  it("a draft công văn: blank number and date flagged, never guessed", () => {
    const d = get("cv-ubnd-kon-tum-draft-2020");
    expect(d.type).toEqual({ code: null, name: "Công văn" });
    expect(d.number).toMatchObject({ id: "/UBND-KGVX", seq: null });
    expect(d.date).toMatchObject({ iso: null, place: "Kon Tum" });
    expect(d.diagnostics.map((x) => x.rule).sort()).toEqual(["blank-date", "blank-number"]);
    expect(d.footnotes).toHaveLength(1);
    expect(JSON.stringify(d)).not.toMatch(/\*\*|_\{/);
  });

  it("a news page: genre, headline, publication date, byline as author, reported document first", () => {
    const d = get("news-bao-kon-tum-tb-275-2021-08-02");
    expect(d.genre).toBe("news");
    expect(d.date?.iso).toBe("2021-08-02");
    expect(d.author).toBe("Hồng Lam");
    expect(d.signature).toBeNull();
    expect(d.citations.map((c) => c.id)).toEqual(["275/TB-TU", "1063/CĐ-TTg", "16/CT-TTg"]);
    expect(d.directives.every((x) => x.marker === null)).toBe(true);
  });

  it("no header at all: header fields are null", () => {
    const d = get("tb-bi-thu-to-cong-tac-5081-2021-11-09");
    expect([d.number, d.date, d.issuer, d.motto]).toEqual([null, null, null, null]);
    expect(d.citations).toEqual([]);
    expect(d.directives[0]?.bodies).toEqual([]);
  });
});
