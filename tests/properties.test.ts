/**
 * Properties (fast-check): on any input parse never throws, its output
 * always passes the model, and the same input gives the same output.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { checkDocument } from "../src/model/schema.js";
import { decode } from "../src/pipeline/decode.js";
import { fixtureBytes, fixtureNames, spans } from "./helpers.js";

const seedLines = fixtureNames().flatMap((n) => new TextDecoder().decode(fixtureBytes(n)).split("\n"));
/** Lines of real documents, shuffled and mutated: inputs that reach every stage. */
const docLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(...seedLines),
      fc.string({ unit: "grapheme", maxLength: 80 }),
      fc.constantFrom("**", "*", "\t", "\r\n", "Số: ", "Nơi nhận:", "Kính gửi:", "- ", "1. ", "I. ", "a) ", "T/M ", "ngày 27-2021", "Ð", "\u0301", "_{", "¹ "),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join("\n"));

const seeds = fixtureNames().map((n) => new TextDecoder().decode(fixtureBytes(n)));
/** A whole seed with random edits: cut, duplicated or replaced ranges, inserted marks and stray characters. */
const editedSeed = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(
      fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(400), fc.oneof(fc.constant(""), fc.string({ unit: "grapheme", maxLength: 30 }), fc.constantFrom("**", "\t", "\r\n", "Ð", "\u0301", "\u200b", "1. ", "Nơi nhận:", "\n\n"))),
      { maxLength: 8 },
    ),
  )
  .map(([seed, edits]) =>
    edits.reduce((text, [at, len, insert]) => {
      const i = Math.floor(at * text.length);
      return text.slice(0, i) + insert + text.slice(i + len);
    }, seed),
  );

/** Every span lies inside the decoded text and a one-line `raw` is that text at its span. */
function expectSpansIn(doc: ReturnType<typeof parse>, decoded: string): void {
  for (const { path, owner } of spans(doc)) {
    const span = owner.span as { start: { offset: number }; end: { offset: number } };
    expect(span.start.offset, path).toBeGreaterThanOrEqual(0);
    expect(span.end.offset, path).toBeLessThanOrEqual(decoded.length);
    expect(span.end.offset, path).toBeGreaterThanOrEqual(span.start.offset);
    if (typeof owner.raw === "string" && !owner.raw.includes("\n")) expect(owner.raw, path).toBe(decoded.slice(span.start.offset, span.end.offset));
  }
}

describe("properties", () => {
  it("on seeds with random edits: never throws, passes the model, every span inside the text and slicing to its raw value", () => {
    fc.assert(
      fc.property(editedSeed, (text) => {
        const doc = parse(text);
        expect(checkDocument(doc)).toEqual([]);
        expectSpansIn(doc, decode(text).text);
        expect(JSON.stringify(parse(text))).toBe(JSON.stringify(doc));
      }),
      { numRuns: 150 },
    );
  });

  it("never throws and always passes the model", () => {
    fc.assert(
      fc.property(docLike, (text) => {
        const doc = parse(text);
        expect(checkDocument(doc)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(checkDocument(parse(bytes))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("HTML: on seeds as pages with random tags and references: never throws, passes the model, spans inside the page and slicing to raw", () => {
    const tags = fc.constantFrom("<p>", "</p>", "<br>", "<b>", "</b>", "<table><tr><td>", "</td><td>", "</td></tr></table>", "<nav>", "</nav>", "<!--", "-->", "&amp;", "&#7889;", "&nbsp;", "<div class=menu>", "</div>", "<script>", "</script>", "<", "&");
    const page = fc.tuple(editedSeed, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), tags), { maxLength: 30 })).map(([text, inserts]) =>
      inserts.reduce((t, [at, tag]) => t.slice(0, Math.floor(at * t.length)) + tag + t.slice(Math.floor(at * t.length)), `<html><body>${text}`),
    );
    fc.assert(
      fc.property(page, (html) => {
        const doc = parse(html, { from: "html" });
        expect(doc.source.format).toBe("html");
        expect(checkDocument(doc)).toEqual([]);
        expectSpansIn(doc, html);
        expect(JSON.stringify(parse(html, { from: "html" }))).toBe(JSON.stringify(doc));
      }),
      { numRuns: 100 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(docLike, (text) => {
        expect(JSON.stringify(parse(text))).toBe(JSON.stringify(parse(text)));
      }),
      { numRuns: 100 },
    );
  });
});
