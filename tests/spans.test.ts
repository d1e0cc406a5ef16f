/**
 * Spans: every span lies inside the decoded text, its line/column agree with
 * its offset, and every `raw` value is exactly the decoded text it spans.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { decode } from "../src/pipeline/decode.js";
import { fixtureBytes, fixtureNames, spans } from "./helpers.js";

describe("spans", () => {
  it.each(fixtureNames())("%s: every span slices to its raw text", (name) => {
    const bytes = fixtureBytes(name);
    const text = decode(bytes).text; // spans point into the decoded text, whatever the encoding
    const doc = parse(bytes, { path: null });
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === "\r" && text[i + 1] !== "\n") lineStarts.push(i + 1);
      if (text[i] === "\n") lineStarts.push(i + 1);
    }
    const found = spans(doc);
    expect(found.length).toBeGreaterThan(10);
    for (const { path, owner } of found) {
      const span = owner.span as { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } };
      for (const p of [span.start, span.end]) {
        expect(p.offset, path).toBeGreaterThanOrEqual(0);
        expect(p.offset, path).toBeLessThanOrEqual(text.length);
        expect(lineStarts[p.line - 1]! + p.column - 1, path).toBe(p.offset);
      }
      expect(span.end.offset, path).toBeGreaterThanOrEqual(span.start.offset);
      const slice = text.slice(span.start.offset, span.end.offset);
      // raw is the slice; a header spread over two columns joins one slice per line.
      if (typeof owner.raw === "string") {
        if (owner.raw.includes("\n") && owner.raw !== slice) for (const piece of owner.raw.split("\n")) expect(slice, path).toContain(piece);
        else expect(owner.raw, path).toBe(slice);
      }
      if (typeof owner.name === "string" && path.includes(".bodies[")) {
        // A body name is its span's text with markup and line breaks removed
        // (a distributive list adds its head: "Đảng ủy" + "Quân sự tỉnh").
        const flat = slice.normalize("NFC").replace(/\u00d0/g, "\u0110").replace(/\*|_/g, "").replace(/\s+/g, " ").trim();
        expect(owner.name.endsWith(flat.replace(/^(?:Các|các)\s+\S+\s+\S+\s+/u, "")) || owner.name === flat, `${path}: ${owner.name} vs ${flat}`).toBe(true);
      }
    }
  });
});
