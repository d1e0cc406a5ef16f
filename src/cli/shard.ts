/**
 * `--shard K/N`: the K-th of N disjoint parts of the input set, chosen by a
 * stable hash (FNV-1a, 32 bits) of each document's relative path as UTF-8, so
 * N runs on N machines cover a corpus with no coordinator.
 */
import { CliError, EXIT_USAGE } from "./errors.js";

/** A shard: `k` is 1-based, `1 <= k <= n`. */
export interface Shard {
  k: number;
  n: number;
}

/** Parses `K/N` (a usage error when malformed or out of range). */
export function parseShard(value: string): Shard {
  const m = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})\s*$/u.exec(value);
  const k = m ? Number(m[1]) : NaN;
  const n = m ? Number(m[2]) : NaN;
  if (!m || n < 1 || k < 1 || k > n) {
    throw new CliError(`--shard ${value}: expected K/N with 1 <= K <= N (e.g. --shard 2/8)`, EXIT_USAGE);
  }
  return { k, n };
}

const encoder = new TextEncoder();

/** FNV-1a 32-bit hash of the UTF-8 bytes of `s`, as an unsigned integer. */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (const byte of encoder.encode(s)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** True when the document at relative path `rel` belongs to `shard`. */
export function inShard(rel: string, shard: Shard): boolean {
  return fnv1a32(rel) % shard.n === shard.k - 1;
}
