/** Options on how inputs are read, shared by parse and validate: `--max-bytes` (a size in bytes, or with a K, M or G suffix: powers of 1024), `--encoding` and `--from`. */
import { Option } from "commander";
import { INPUT_FORMATS } from "../pipeline/format.js";
import { DEFAULT_MAX_BYTES } from "../pipeline/guard.js";
import { DECODE_ENCODINGS, encodingByName, type DecodeEncoding } from "../pipeline/decode.js";
import { CliError, EXIT_USAGE } from "./errors.js";

const UNITS: Record<string, number> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `--encoding NAME`. */
export function encodingOption(): Option {
  return new Option("--encoding <name>", `decode as NAME instead of detecting: ${DECODE_ENCODINGS.join(", ")}`);
}

/** `--from FORMAT`. */
export function fromOption(): Option {
  return new Option("--from <format>", "read as FORMAT instead of telling it from the name and the first characters").choices(INPUT_FORMATS);
}

/** The byte limit of `--max-bytes VALUE` (default 20 MB); a bad value is a usage error. */
export function parseMaxBytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const m = /^(\d+)\s*([kmg]?)b?$/iu.exec(value.trim());
  if (!m || Number(m[1]) === 0) throw new CliError(`--max-bytes ${value}: expected a size such as 5000000, 500K, 20M or 1G`, EXIT_USAGE);
  return Number(m[1]) * (UNITS[(m[2] as string).toLowerCase()] as number);
}

/** The encoding `--encoding NAME` forces, or undefined to detect one; an unknown name is a usage error. */
export function parseEncoding(value: string | undefined): DecodeEncoding | undefined {
  if (value === undefined) return undefined;
  const name = encodingByName(value);
  if (!name) throw new CliError(`--encoding ${value}: unknown encoding (known: ${DECODE_ENCODINGS.join(", ")})`, EXIT_USAGE);
  return name;
}
