/**
 * `encoding-lossy`: the decoding lost information the file had. TCVN3 has
 * no toned capitals: a .VnTimeH heading ("CỘNG HÒA") was typed with the
 * lowercase bytes and reads back as "CộNG HòA". The decoder notes it
 * (src/pipeline/decode.ts); this rule reports the note.
 */
import type { Rule } from "./types.js";
import { foundAs } from "./util.js";

export const encodingLossy: Rule = {
  id: "encoding-lossy",
  description: "the conversion from a legacy encoding lost information (TCVN3 capitals written with .VnTimeH read as lowercase)",
  severity: "warning",
  check: (ctx) => foundAs(ctx, "encoding-lossy"),
};
