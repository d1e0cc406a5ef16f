/** `--max-bytes`: a size in bytes, or with a K, M or G suffix (powers of 1024). */
import { DEFAULT_MAX_BYTES } from "../pipeline/guard.js";
import { CliError, EXIT_USAGE } from "./errors.js";

const UNITS: Record<string, number> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** The byte limit of `--max-bytes VALUE` (default 20 MB); a bad value is a usage error. */
export function parseMaxBytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const m = /^(\d+)\s*([kmg]?)b?$/iu.exec(value.trim());
  if (!m || Number(m[1]) === 0) throw new CliError(`--max-bytes ${value}: expected a size such as 5000000, 500K, 20M or 1G`, EXIT_USAGE);
  return Number(m[1]) * (UNITS[(m[2] as string).toLowerCase()] as number);
}
