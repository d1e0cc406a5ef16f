/**
 * `date-format`: Nghị định 30/2020/NĐ-CP writes a zero before days below 10
 * and before months 1 and 2 ("ngày 05 tháng 02 năm 2021").
 */
import type { Rule } from "./types.js";

const PARTS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm/u;

export const dateFormat: Rule = {
  id: "date-format",
  description: "the header date lacks the zero Nghị định 30/2020 asks before days below 10 and months 1 and 2 (\"ngày 05 tháng 02\")",
  severity: "warning",
  documentsOnly: true,
  check: (ctx) => {
    const date = ctx.doc.date;
    const m = date && PARTS.exec(date.raw);
    if (!date || !m) return [];
    const [day, month] = [m[1] as string, m[2] as string];
    const missing: string[] = [];
    if (day.length === 1) missing.push(`day ${day} → 0${day}`);
    if (month.length === 1 && (month === "1" || month === "2")) missing.push(`month ${month} → 0${month}`);
    return missing.length ? [{ message: `write a zero before ${missing.join(" and ")} (Nghị định 30/2020/NĐ-CP)`, span: date.span }] : [];
  },
};
