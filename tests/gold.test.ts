/**
 * Gold agreement: each corpus document's output against its independent
 * gold annotation (fixtures/corpus/gold/NAME.yaml, the format of
 * ../shared/seeds/gold), compared the way ../shared/tools/score-gold.py
 * compares them: case and tone placement ignored, ids without spaces, body
 * names matched fuzzily (the shorter inside the longer and at least half
 * its length), abbreviations such as UBND expanded.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { parse, type Directive, type Document } from "../src/index.js";
import { FIXTURES, goldNames } from "./helpers.js";

const ABBREVIATIONS: Record<string, string> = {
  ubnd: "ủy ban nhân dân", hđnd: "hội đồng nhân dân", mttq: "mặt trận tổ quốc",
  tqvn: "tổ quốc việt nam", bcđ: "ban chỉ đạo", "ct-xh": "chính trị-xã hội",
};
const TONE: Record<string, string> = { "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy" };

/** The scorer's normalisation: NFC, Ð as Đ, one tone placement, spaces squashed, case folded. */
function norm(s: unknown): string | null {
  if (s === null || s === undefined) return null;
  let t = String(s).normalize("NFC").replace(/\u00d0/g, "\u0110").replace(/\u00f0/g, "\u0111").toLowerCase();
  t = t.replace(/(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}\p{N}])/gu, (m) => TONE[m] ?? m);
  return t.replace(/\s+/g, " ").trim() || null;
}
const normName = (s: unknown) => norm(s)?.replace(/[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)?/gu, (w) => ABBREVIATIONS[w] ?? w) ?? null;
const normId = (s: unknown) => norm(s)?.replace(/\s+/g, "") ?? null;
const normBody = (s: unknown) =>
  (normName(s) ?? "").replace(/\s*-\s*/g, "-").replace(/[.:;,]+$/u, "").trim().replace(/^(?:các|những)\s+/u, "");

function bodiesOf(ds: Directive[]): string[] {
  return ds.flatMap((d) => [...d.bodies.map((b) => b.name), ...bodiesOf(d.children)]);
}
const hit = (a: string, b: string) => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 0 && long.includes(short) && short.length >= 0.5 * long.length;
};
/** Title similarity: the scorer's token sequence ratio ≥ 0.9, approximated by token overlap both ways. */
function titleMatch(gold: unknown, got: string | null): boolean {
  const g = norm(gold);
  const p = norm(got);
  if (g === null || p === null) return g === p;
  const tok = (s: string) => s.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const a = tok(g);
  const b = tok(p);
  const common = a.filter((w, i) => b[i] === w).length;
  return (2 * common) / (a.length + b.length) >= 0.9 || g === p;
}

describe("corpus against its gold annotations", () => {
  it.each(goldNames())("%s", (name) => {
    const gold = parseYaml(readFileSync(join(FIXTURES, "corpus", "gold", `${name}.yaml`), "utf8")) as Record<string, unknown>;
    const doc: Document = parse(readFileSync(join(FIXTURES, "corpus", `${name}.txt`)), { path: name });
    const got = {
      kind: norm(doc.type?.name),
      number: normId(doc.number?.id),
      date: doc.date?.iso ?? null,
      place: norm(doc.date?.place),
      issuer: normName(doc.issuer?.name),
      parent_issuer: normName(doc.issuer?.parent),
      signing_authority: norm(doc.signature?.authority),
      signer_position: norm(doc.signature?.position),
      signer: norm(doc.signature?.signer),
      directives_top: doc.directives.filter((d) => d.marker !== null).length,
      recipients_count: (doc.recipients.length ? doc.recipients : doc.addressees).length || null,
    };
    const want = {
      kind: norm(gold.kind),
      number: normId(gold.number),
      date: gold.date === null || gold.date === undefined ? null : gold.date instanceof Date ? gold.date.toISOString().slice(0, 10) : String(gold.date),
      place: norm(gold.place),
      issuer: normName(gold.issuer),
      parent_issuer: normName(gold.parent_issuer),
      signing_authority: norm(gold.signing_authority),
      signer_position: norm(gold.signer_position),
      signer: norm(gold.signer),
      directives_top: gold.directives_top,
      recipients_count: gold.recipients_count ?? null,
    };
    expect(got).toEqual(want);
    expect(titleMatch(gold.title, doc.title), `title: ${doc.title}`).toBe(true);
    const ids = (xs: unknown[]) => [...new Set(xs.map(normId).filter((x): x is string => x !== null))].sort();
    expect(ids(doc.citations.map((c) => c.id))).toEqual(ids((gold.citations as unknown[] | null) ?? []));
    const gotBodies = [...new Set(bodiesOf([...doc.directives, ...doc.attachments.flatMap((a) => a.directives)]).map(normBody))];
    const wantBodies = ((gold.bodies as unknown[] | null) ?? []).map(normBody);
    expect(wantBodies.filter((w) => !gotBodies.some((g) => hit(w, g))), "missing bodies").toEqual([]);
    expect(gotBodies.filter((g) => !wantBodies.some((w) => hit(w, g))), "extra bodies").toEqual([]);
  });
});
