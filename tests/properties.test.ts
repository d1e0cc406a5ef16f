/**
 * Properties (fast-check): on any input parse never throws, its output
 * always passes the model, and the same input gives the same output.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { checkDocument } from "../src/model/schema.js";
import { fixtureBytes, fixtureNames } from "./helpers.js";

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

describe("properties", () => {
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

  it("is deterministic", () => {
    fc.assert(
      fc.property(docLike, (text) => {
        expect(JSON.stringify(parse(text))).toBe(JSON.stringify(parse(text)));
      }),
      { numRuns: 100 },
    );
  });
});
