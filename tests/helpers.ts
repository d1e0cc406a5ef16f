/** Shared helpers for the fixture-level tests. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures");

/** Names (without .txt, relative to fixtures/) of every fixture with an expected file: the seeds and the corpus. */
export function fixtureNames(): string[] {
  const names: string[] = [];
  for (const dir of ["", "corpus/"]) {
    const files = readdirSync(join(FIXTURES, dir));
    for (const f of files) {
      if (f.endsWith(".txt") && files.includes(`${f.slice(0, -4)}.expected.json`)) names.push(dir + f.slice(0, -4));
    }
  }
  return names.sort();
}

/** Corpus documents that have a gold annotation. */
export function goldNames(): string[] {
  return readdirSync(join(FIXTURES, "corpus", "gold"))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => f.slice(0, -5))
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
