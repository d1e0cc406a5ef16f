/** `missing-archive-copy`: "Nơi nhận:" has no "Lưu" entry (the copy kept by the issuer: "Lưu: VT, …"). */
import type { Rule } from "./types.js";
import { spanOfText } from "./util.js";

export const missingArchiveCopy: Rule = {
  id: "missing-archive-copy",
  description: "\"Nơi nhận:\" has no \"Lưu\" entry (the issuer's archive copy: \"Lưu: VT, …\")",
  severity: "warning",
  documentsOnly: true,
  check: (ctx) => {
    const r = ctx.doc.recipients;
    if (!r.length || r.some((e) => /^Lưu\b/iu.test(e))) return [];
    return [{ message: "\"Nơi nhận:\" has no \"Lưu\" entry (\"Lưu: VT, …\")", span: spanOfText(ctx, /Nơi nhận/u) }];
  },
};
