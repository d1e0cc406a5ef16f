/**
 * The model: every fixture's output passes the zod schema, and the JSON
 * Schema that `vanban schema` prints (zod 4's own conversion) accepts it.
 */
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { checkDocument, documentJsonSchema } from "../src/model/schema.js";
import { expected, fixtureBytes, fixtureNames } from "./helpers.js";

describe("schema", () => {
  const schema = documentJsonSchema();
  const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ strict: false, allErrors: true });
  const validate = ajv.compile(schema);

  it("is a JSON Schema 2020-12 document", () => {
    expect(schema.$schema).toMatch(/2020-12/);
  });

  it.each(fixtureNames())("%s passes the zod model", (name) => {
    expect(checkDocument(parse(fixtureBytes(name)))).toEqual([]);
  });

  it.each(fixtureNames())("%s passes the JSON Schema", (name) => {
    const ok = validate(JSON.parse(JSON.stringify(parse(fixtureBytes(name)))));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(fixtureNames())("%s expected file passes the JSON Schema", (name) => {
    expect(validate(expected(name))).toBe(true);
  });

  it("every contract key is present even for an empty input", () => {
    const d = parse("");
    expect(Object.keys(d).sort()).toEqual(
      ["schemaVersion", "source", "genre", "type", "number", "date", "issuer", "motto", "title", "addressees", "preamble", "directives", "attachments", "citations", "recipients", "signature", "diagnostics", "closing", "footnotes", "author"].sort(),
    );
    expect(checkDocument(d)).toEqual([]);
  });
});
