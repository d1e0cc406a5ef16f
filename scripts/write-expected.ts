/**
 * Writes fixtures/NAME.expected.json for a fixture. Review the output by
 * reading it against the document before committing: golden files are not
 * regenerated to make a test pass.
 *
 * Usage: tsx scripts/write-expected.ts fixtures/NAME.txt [...]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "../src/index.js";

for (const file of process.argv.slice(2)) {
  const doc = parse(readFileSync(file), { path: file });
  writeFileSync(file.replace(/\.txt$/, ".expected.json"), JSON.stringify(doc, null, 2) + "\n");
}
