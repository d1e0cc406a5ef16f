/** Shared helpers for the fixture-level tests. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures");

/** Names (without .txt) of every fixture that has an expected file. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4))
    .filter((n) => readdirSync(FIXTURES).includes(`${n}.expected.json`))
    .sort();
}

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(join(FIXTURES, `${name}.txt`));
}

export function expected(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), "utf8"));
}

/** Every object with a `span` in a document, with its JSON path. */
export function spans(value: unknown, path = "$", out: { path: string; owner: Record<string, unknown> }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => spans(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (o.span && typeof o.span === "object") out.push({ path, owner: o });
    for (const [k, v] of Object.entries(o)) if (k !== "span") spans(v, `${path}.${k}`, out);
  }
  return out;
}
