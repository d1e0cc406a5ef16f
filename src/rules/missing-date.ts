/** `missing-date`: no place-and-date line ("Kon Tum, ngày 27 tháng 8 năm 2021") in the header. */
import type { Rule } from "./types.js";

export const missingDate: Rule = {
  id: "missing-date",
  description: "the header has no place-and-date line (\"Kon Tum, ngày 27 tháng 8 năm 2021\")",
  severity: "error",
  documentsOnly: true,
  check: (ctx) => (ctx.doc.date ? [] : [{ message: "the header has no place-and-date line", span: ctx.doc.number?.span ?? null }]),
};
