/** Stage 4, segment: lines → header, addressees, body, recipients and signature zones. */
import { describe, expect, it } from "vitest";
import { segment, type Zones } from "../../src/pipeline/segment.js";
import type { Cell } from "../../src/util/lines.js";
import { g, linesOf } from "./helpers.js";

const t = (c: Cell | null): string | null => c?.text ?? null;
const ts = (cs: readonly Cell[]): string[] => cs.map((c) => c.text);
/** The zones as texts; empty fields are left out so each case lists only what it proves. */
function zones(text: string): Partial<Record<keyof Zones, unknown>> {
  const z = segment(linesOf(text), g);
  const all: Record<string, unknown> = {
    issuer: ts(z.issuer), motto: ts(z.motto), number: t(z.number), date: t(z.date), type: t(z.type), title: ts(z.title),
    vv: z.vv || null, kinhGui: t(z.kinhGui), addressees: z.addressees.map(ts), body: z.body.map((l) => l.text),
    recipients: z.recipients.map(ts), nơiNhận: t(z.nơiNhận), signature: ts(z.signature),
    attachments: z.attachments.map((a) => ({ type: a.type.text, lines: a.lines.map((l) => l.text) })),
  };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)));
}

interface Case {
  input: string[];
  expected: ReturnType<typeof zones>;
  why: string;
}

const cases: Case[] = [
  {
    input: [
      "Ủy ban nhân dân\tCộng hòa xã hội chủ nghĩa Việt Nam", "tỉnh Kon Tum\tĐộc lập - Tự do - Hạnh phúc",
      "Số: 12/TB-UBND\tKon Tum, ngày 05 tháng 3 năm 2021", "", "Thông báo", "Kết luận của Chủ tịch UBND tỉnh", "", "1. Giao Sở Y tế chủ trì.",
    ],
    expected: {
      issuer: ["Ủy ban nhân dân", "tỉnh Kon Tum"], motto: ["Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc"],
      number: "Số: 12/TB-UBND", date: "Kon Tum, ngày 05 tháng 3 năm 2021", type: "Thông báo", title: ["Kết luận của Chủ tịch UBND tỉnh"],
      body: ["1. Giao Sở Y tế chủ trì."],
    },
    why: "a header in sentence case: the issuer beside the motto and above the number, the type alone on its line",
  },
  {
    input: [
      "tỉnh ủy kon tum\tđảng cộng sản việt nam", "*", "Số 283-TB/TU\tKon Tum, ngày 27 tháng 8 năm 2021", "",
      "thông báo", "kết luận của ban thường vụ tỉnh ủy", "", "Ban Thường vụ Tỉnh ủy yêu cầu:", "1. Sở Y tế chủ trì.",
      "Nơi nhận:\tt/l ban thường vụ", "- Các huyện ủy;\tchánh văn phòng", "- Lưu Văn phòng Tỉnh ủy.", "\tThái Văn Tưởng",
    ],
    expected: {
      issuer: ["tỉnh ủy kon tum"], motto: ["đảng cộng sản việt nam"], number: "Số 283-TB/TU", date: "Kon Tum, ngày 27 tháng 8 năm 2021",
      type: "thông báo", title: ["kết luận của ban thường vụ tỉnh ủy"], body: ["Ban Thường vụ Tỉnh ủy yêu cầu:", "1. Sở Y tế chủ trì."],
      nơiNhận: "Nơi nhận:", recipients: [["- Các huyện ủy;"], ["- Lưu Văn phòng Tỉnh ủy."]],
      signature: ["t/l ban thường vụ", "chánh văn phòng", "Thái Văn Tưởng"],
    },
    why: "headings with no capital at all (typed in lowercase for the .VnTimeH font) are read as the capitals they showed",
  },
  {
    input: [
      "TỈNH ỦY KON TUM\tĐẢNG CỘNG SẢN VIỆT NAM", "*", "Số 283-TB/TU\tKon Tum, ngày 27 tháng 8 năm 2021", "",
      "THÔNG BÁO", "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY", "tại Hội nghị về công tác phòng, chống dịch", "-----", "",
      "Ban Thường vụ Tỉnh ủy yêu cầu:", "1. Sở Y tế chủ trì.", "Thông báo để các đồng chí biết, thực hiện.",
    ],
    expected: {
      issuer: ["TỈNH ỦY KON TUM"], motto: ["ĐẢNG CỘNG SẢN VIỆT NAM"], number: "Số 283-TB/TU", date: "Kon Tum, ngày 27 tháng 8 năm 2021",
      type: "THÔNG BÁO", title: ["KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY", "tại Hội nghị về công tác phòng, chống dịch"],
      body: ["Ban Thường vụ Tỉnh ủy yêu cầu:", "1. Sở Y tế chủ trì.", "Thông báo để các đồng chí biết, thực hiện."],
    },
    why: "a tab-flattened two-column Party header is read cell by cell; '*' and '-----' rules are not text",
  },
  {
    input: [
      "ỦY BAN NHÂN DÂN", "TỈNH KON TUM", "", "Số: /UBND-KGVX", "V/v triển khai chỉ đạo của", "Thủ tướng Chính phủ", "",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Kon Tum, ngày tháng năm", "",
      "Kính gửi:", "", "- Các Sở, ban ngành thuộc tỉnh;", "- Ủy ban nhân dân các huyện, thành phố.", "", "1. Sở Y tế chủ trì.",
    ],
    expected: {
      issuer: ["ỦY BAN NHÂN DÂN", "TỈNH KON TUM"], motto: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
      number: "Số: /UBND-KGVX", date: "Kon Tum, ngày tháng năm", title: ["V/v triển khai chỉ đạo của", "Thủ tướng Chính phủ"], vv: true,
      kinhGui: "Kính gửi:", addressees: [["- Các Sở, ban ngành thuộc tỉnh;"], ["- Ủy ban nhân dân các huyện, thành phố."]],
      body: ["1. Sở Y tế chủ trì."],
    },
    why: "a công văn: the V/v block runs to a blank line, Kính gửi opens the addressee entries, blanks in number and date kept",
  },
  {
    input: ["TỈNH ỦY KON TUM", "", "Số 283-TB/TU", "", "THÔNG BÁO", "", "KẾT LUẬN CỦA BAN THƯỜNG VỤ", "", "Kính gửi: Sở Y tế", "", "1. Sở Y tế chủ trì."],
    expected: {
      issuer: ["TỈNH ỦY KON TUM"], number: "Số 283-TB/TU", type: "THÔNG BÁO", title: ["KẾT LUẬN CỦA BAN THƯỜNG VỤ"],
      kinhGui: "Kính gửi: Sở Y tế", addressees: [["Sở Y tế"]], body: ["1. Sở Y tế chủ trì."],
    },
    why: "a Kính gửi after the title is still read; its addressee on the same line becomes the only entry",
  },
  {
    input: ["THỦ TƯỚNG CHÍNH PHỦ", "", "Số: 1102/CĐ-TTg", "", "CÔNG ĐIỆN", "Về việc tăng cường phòng, chống dịch", "-----", "THỦ TƯỚNG CHÍNH PHỦ điện:", "- Bộ trưởng Bộ Y tế;", "", "1. Bộ Y tế chủ trì."],
    expected: {
      issuer: ["THỦ TƯỚNG CHÍNH PHỦ"], number: "Số: 1102/CĐ-TTg", type: "CÔNG ĐIỆN", title: ["Về việc tăng cường phòng, chống dịch"],
      kinhGui: "THỦ TƯỚNG CHÍNH PHỦ điện:", addressees: [["- Bộ trưởng Bộ Y tế;"]], body: ["1. Bộ Y tế chủ trì."],
    },
    why: "a công điện's '… điện:' line opens the addressees like Kính gửi",
  },
  {
    input: ["TỈNH ỦY KON TUM", "", "CHỈ THỊ VỀ TĂNG CƯỜNG PHÒNG, CHỐNG DỊCH", "trong tình hình mới", "", "1. Sở Y tế chủ trì."],
    expected: { issuer: ["TỈNH ỦY KON TUM"], type: "CHỈ THỊ", title: ["VỀ TĂNG CƯỜNG PHÒNG, CHỐNG DỊCH", "trong tình hình mới"], body: ["1. Sở Y tế chủ trì."] },
    why: "a type line carrying its title ('CHỈ THỊ VỀ …') is cut before VỀ",
  },
  {
    input: ["ỦY BAN NHÂN DÂN", "TỈNH KON TUM", "Số:\t/QĐ-UBND", "HỎA TỐC", "", "QUYẾT ĐỊNH", "Về việc thành lập Ban Chỉ đạo", "", "Điều 1. Thành lập Ban Chỉ đạo."],
    expected: {
      issuer: ["ỦY BAN NHÂN DÂN", "TỈNH KON TUM"], number: "Số: /QĐ-UBND", type: "QUYẾT ĐỊNH", title: ["Về việc thành lập Ban Chỉ đạo"],
      body: ["Điều 1. Thành lập Ban Chỉ đạo."],
    },
    why: "a blank number spread over two cells is joined; a 'HỎA TỐC' mark below it is skipped",
  },
  {
    input: [
      "1. Sở Y tế chủ trì.", "\tNơi nhận:", "", "- Các đồng chí Tỉnh ủy viên,", "", "- Các ban cán sự đảng, đảng đoàn,", "",
      "  đảng ủy trực thuộc Tỉnh ủy,", "", "- Lưu Văn phòng Tỉnh ủy.", "\t", "\tT/L BAN THƯỜNG VỤ", "", " CHÁNH VĂN PHÒNG", "            Thái Văn Tưởng",
    ],
    expected: {
      body: ["1. Sở Y tế chủ trì."], nơiNhận: "Nơi nhận:",
      recipients: [["- Các đồng chí Tỉnh ủy viên,"], ["- Các ban cán sự đảng, đảng đoàn,", "đảng ủy trực thuộc Tỉnh ủy,"], ["- Lưu Văn phòng Tỉnh ủy."]],
      signature: ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Thái Văn Tưởng"],
    },
    why: "Nơi nhận entries: a wrapped lowercase line continues the entry above; the signature cells follow",
  },
  {
    input: ["Sở Y tế chủ trì.", "", "Nơi nhận:", "- Bộ Y tế (b/c);", "- Ban Tuyên giáo Tỉnh ủy, Ban Dân vận", "Tỉnh ủy;", "- Lưu: VT.", "", "CHÁNH VĂN PHÒNG", "", "Trần Trung Hiến"],
    expected: {
      body: ["Sở Y tế chủ trì."], nơiNhận: "Nơi nhận:",
      recipients: [["- Bộ Y tế (b/c);"], ["- Ban Tuyên giáo Tỉnh ủy, Ban Dân vận", "Tỉnh ủy;"], ["- Lưu: VT."]],
      signature: ["CHÁNH VĂN PHÒNG", "Trần Trung Hiến"],
    },
    why: "a capitalised continuation joins the entry above when that entry has no closing punctuation",
  },
  {
    input: ["Sở Y tế chủ trì.", "", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Nga", "Nơi nhận:", "- Như trên;", "- Lưu: VT."],
    expected: {
      body: ["Sở Y tế chủ trì."], nơiNhận: "Nơi nhận:", recipients: [["- Như trên;"], ["- Lưu: VT."]],
      signature: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Nga"],
    },
    why: "signature lines written just above 'Nơi nhận:' are taken out of the body",
  },
  {
    input: ["Nơi nhận:\tKT. CHỦ TỊCH", "- Như trên;\tPHÓ CHỦ TỊCH", "- Lưu: VT.", "\tTrần Thị Nga"],
    expected: { nơiNhận: "Nơi nhận:", recipients: [["- Như trên;"], ["- Lưu: VT."]], signature: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Nga"] },
    why: "a flattened closing line carries one recipient cell and one signature cell",
  },
  {
    input: ["Sở Y tế chủ trì.", "", "Nơi nhận:", "- Như trên;", "", "KT. CHỦ TỊCH", "Trần Thị Nga", "", "QUYẾT ĐỊNH", "Về việc thành lập Tổ công tác", "", "Điều 1. Thành lập Tổ."],
    expected: {
      body: ["Sở Y tế chủ trì."], nơiNhận: "Nơi nhận:", recipients: [["- Như trên;"]], signature: ["KT. CHỦ TỊCH", "Trần Thị Nga"],
      attachments: [{ type: "QUYẾT ĐỊNH", lines: ["Về việc thành lập Tổ công tác", "", "Điều 1. Thành lập Tổ."] }],
    },
    why: "a type line after the closing opens an attached document running to the end",
  },
  {
    input: ["Ngày 16/8/2021, Ban Thường vụ Tỉnh ủy họp.", "1. Sở Y tế chủ trì.", "", "CHÁNH VĂN PHÒNG", "", "Trần Trung Hiến"],
    expected: { body: ["Ngày 16/8/2021, Ban Thường vụ Tỉnh ủy họp.", "1. Sở Y tế chủ trì."], signature: ["CHÁNH VĂN PHÒNG", "Trần Trung Hiến"] },
    why: "a document without header or 'Nơi nhận:': all body, but a trailing caps office + name is the signature",
  },
  {
    input: ["Sở Y tế chủ trì.", "Công an tỉnh phối hợp.", "Trần Thị Nga"],
    expected: { body: ["Sở Y tế chủ trì.", "Công an tỉnh phối hợp.", "Trần Thị Nga"] },
    why: "a trailing name without a caps office line is not a signature",
  },
];

describe("segment", () => {
  it.each(cases)("$why", ({ input, expected }) => {
    expect(zones(input.join("\n"))).toEqual(expected);
  });

  const bugs: Case[] = [
    {
      input: ["THÔNG BÁO KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY", "về công tác phòng, chống dịch", "", "1. Sở Y tế chủ trì."],
      expected: { type: "THÔNG BÁO", title: ["KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY", "về công tác phòng, chống dịch"], body: ["1. Sở Y tế chủ trì."] },
      why: "'THÔNG BÁO KẾT LUẬN CỦA …' on one line is cut before KẾT LUẬN",
    },
    {
      input: ["Nơi nhận:\tT/L BAN THƯỜNG VỤ", "- Các đồng chí Tỉnh ủy viên,\tCHÁNH VĂN PHÒNG", "- Các ban cán sự đảng, đảng đoàn,", "  đảng ủy trực thuộc Tỉnh ủy,", "- Lưu Văn phòng Tỉnh ủy.", "\tThái Văn Tưởng"],
      expected: {
        nơiNhận: "Nơi nhận:",
        recipients: [["- Các đồng chí Tỉnh ủy viên,"], ["- Các ban cán sự đảng, đảng đoàn,", "đảng ủy trực thuộc Tỉnh ủy,"], ["- Lưu Văn phòng Tỉnh ủy."]],
        signature: ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Thái Văn Tưởng"],
      },
      why: "in an interleaved closing a wrapped recipient line still continues its entry",
    },
  ];
  for (const { input, expected, why } of bugs) it(why, () => expect(zones(input.join("\n"))).toEqual(expected));
});
