/** Dev helper: parse a file through the TypeScript sources (no build). Usage: tsx scripts/dev-parse.ts FILE */
import { readFileSync } from "node:fs";
import { parse } from "../src/index.js";

const file = process.argv[2] as string;
process.stdout.write(JSON.stringify(parse(readFileSync(file), { path: file }), null, 2) + "\n");
