/** The responsible bodies of one directive item and their roles. */
import { describe, expect, it } from "vitest";
import { findBodies, isNarrative } from "../../src/extract/bodies.js";
import { g } from "./helpers.js";

/** Bodies as { name, role } plus the text their offsets cover ("at"), with the paragraph index when not 0. */
function bodies(texts: string[]) {
  return findBodies(texts, g).map(({ paragraph, body }) => ({
    name: body.name,
    role: body.role,
    at: texts[paragraph]!.slice(body.start, body.end),
    ...(paragraph ? { paragraph } : {}),
  }));
}

interface Case {
  input: string[];
  expected: ReturnType<typeof bodies>;
  why: string;
}

const cases: Case[] = [
  {
    input: ["Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên: Xây dựng kế hoạch chi tiết."],
    expected: [
      { name: "Các trường trung học phổ thông", role: "assignee", at: "Các trường trung học phổ thông" },
      { name: "trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên", role: "assignee", at: "trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên" },
    ],
    why: "after a plural, a kind with its own head in lowercase ('trung tâm') is the next body, not part of the first",
  },
  {
    input: ["Thống nhất, YÊU CẦU Sở Y tế khẩn trương triển khai."],
    expected: [{ name: "Sở Y tế", role: "assignee", at: "Sở Y tế" }],
    why: "an assigning verb in capitals is still one (verbs are matched in any case)",
  },
  {
    input: ["Sở Thông tin và Truyền thông, Báo Kon Tum, Cổng Thông tin điện tử tỉnh: Tiếp tục chủ động truyền thông."],
    expected: [
      { name: "Sở Thông tin và Truyền thông", role: "assignee", at: "Sở Thông tin và Truyền thông" },
      { name: "Báo Kon Tum", role: "assignee", at: "Báo Kon Tum" },
      { name: "Cổng Thông tin điện tử tỉnh", role: "assignee", at: "Cổng Thông tin điện tử tỉnh" },
    ],
    why: "a subject list ending in a colon: every name is an assignee",
  },
  {
    input: ["Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy và các cơ quan liên quan tham mưu thành lập Ban Chỉ đạo."],
    expected: [
      { name: "Ban Tổ chức Tỉnh ủy", role: "lead", at: "Ban Tổ chức Tỉnh ủy" },
      { name: "Văn phòng Tỉnh ủy", role: "coordinate", at: "Văn phòng Tỉnh ủy" },
    ],
    why: "'X chủ trì, phối hợp với Y': X leads, Y coordinates; '… liên quan' is dropped",
  },
  {
    input: ["Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp với Sở Ngoại vụ và các đơn vị, địa phương: Giám sát chặt chẽ."],
    expected: [
      { name: "Bộ Chỉ huy Quân sự tỉnh", role: "lead", at: "Bộ Chỉ huy Quân sự tỉnh" },
      { name: "Sở Ngoại vụ", role: "coordinate", at: "Sở Ngoại vụ" },
    ],
    why: "collectives after 'phối hợp với' are not bodies; only named ones coordinate",
  },
  {
    input: ["Giao Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Ban cán sự đảng UBND tỉnh định hướng các cơ quan báo chí."],
    expected: [
      { name: "Ban Tuyên giáo Tỉnh ủy", role: "lead", at: "Ban Tuyên giáo Tỉnh ủy" },
      { name: "Ban cán sự đảng UBND tỉnh", role: "coordinate", at: "Ban cán sự đảng UBND tỉnh" },
    ],
    why: "'Giao X chủ trì …': the object of giao leads",
  },
  {
    input: ["Giao Sở Y tế thực hiện."],
    expected: [{ name: "Sở Y tế", role: "assignee", at: "Sở Y tế" }],
    why: "'Giao X …': X is assigned",
  },
  {
    input: ["Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động Nhân dân."],
    expected: [{ name: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", role: "assignee", at: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" }],
    why: "'Đề nghị X …': X is asked",
  },
  {
    input: ["Ban Thường vụ Tỉnh ủy thống nhất chủ trương thành lập Bệnh viện dã chiến số 3."],
    expected: [],
    why: "a subject followed by a requester verb ('thống nhất') decides, it is not responsible",
  },
  {
    input: ["Ban Thường vụ Tỉnh ủy yêu cầu các cấp, các ngành tiếp tục thực hiện."],
    expected: [],
    why: "the subject of 'yêu cầu' asks; a bare 'các cấp' is not a body",
  },
  {
    input: ["Thủ trưởng các Sở, ngành; Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm về kết quả."],
    expected: [],
    why: "offices of persons (Thủ trưởng, Chủ tịch) are never bodies",
  },
  {
    input: ["Yêu cầu các cơ quan liên quan thực hiện."],
    expected: [],
    why: "a name ending in 'liên quan' is not a body",
  },
  {
    input: ["Các sở, ban, ngành, đơn vị, địa phương: Tiếp tục tập trung thực hiện."],
    expected: [{ name: "Các sở, ban, ngành, đơn vị, địa phương", role: "assignee", at: "Các sở, ban, ngành, đơn vị, địa phương" }],
    why: "a collective counts when it is the item's opening subject",
  },
  {
    input: ["Các đảng ủy Công an tỉnh, Quân sự tỉnh lãnh đạo lực lượng."],
    expected: [
      { name: "Đảng ủy Công an tỉnh", role: "directs", at: "Các đảng ủy Công an tỉnh" },
      { name: "Đảng ủy Quân sự tỉnh", role: "directs", at: "Quân sự tỉnh" },
    ],
    why: "a distributive plural gives its singular head to each member",
  },
  {
    input: ["Từ đầu tháng 10/2021 đến nay, Sở Y tế đã tiêm vắc xin cho người dân."],
    expected: [],
    why: "a narrative item (an assessment of the past) assigns nothing",
  },
  {
    input: ["Ban Tuyên giáo Tỉnh ủy chỉ đạo, hướng dẫn các cơ quan báo chí của tỉnh thực hiện tốt công tác thông tin."],
    expected: [{ name: "Ban Tuyên giáo Tỉnh ủy", role: "directs", at: "Ban Tuyên giáo Tỉnh ủy" }],
    why: "the subject of 'chỉ đạo' directs; its audience mid-text is not extracted",
  },
  {
    input: ["Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo Ủy ban nhân dân tỉnh, Ban Chỉ đạo phòng, chống dịch tỉnh:"],
    expected: [
      { name: "Ban cán sự đảng Ủy ban nhân dân tỉnh", role: "directs", at: "Ban cán sự đảng Ủy ban nhân dân tỉnh" },
      { name: "Ủy ban nhân dân tỉnh", role: "assignee", at: "Ủy ban nhân dân tỉnh" },
      { name: "Ban Chỉ đạo phòng, chống dịch tỉnh", role: "assignee", at: "Ban Chỉ đạo phòng, chống dịch tỉnh" },
    ],
    why: "objects of 'chỉ đạo' are assignees when the list runs to a colon (a heading)",
  },
  {
    input: ["Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo Ủy ban nhân dân tỉnh tăng cường kiểm tra."],
    expected: [{ name: "Ban cán sự đảng Ủy ban nhân dân tỉnh", role: "directs", at: "Ban cán sự đảng Ủy ban nhân dân tỉnh" }],
    why: "objects of 'chỉ đạo' mid-sentence (no colon) are not extracted",
  },
  {
    input: ["Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh thành lập Trung tâm chỉ huy."],
    expected: [
      { name: "Ban cán sự đảng Ủy ban nhân dân tỉnh", role: "directs", at: "Ban cán sự đảng Ủy ban nhân dân tỉnh" },
      { name: "Ủy ban nhân dân tỉnh", role: "assignee", at: "Ủy ban nhân dân tỉnh" },
    ],
    why: "'X lãnh đạo Y': X directs, Y is assigned",
  },
  {
    input: ["Sở Y tế", "Tiếp tục nâng cao năng lực xét nghiệm. Công an tỉnh tăng cường kiểm tra."],
    expected: [
      { name: "Sở Y tế", role: "assignee", at: "Sở Y tế" },
      { name: "Công an tỉnh", role: "assignee", at: "Công an tỉnh", paragraph: 1 },
    ],
    why: "a heading name is the subject; a named body opening a later sentence with a verb is found too",
  },
  {
    input: ["Cần khẩn trương phối hợp với ngành Y tế."],
    expected: [],
    why: "a bare 'phối hợp với' after a modal assigns nothing",
  },
  {
    input: ["Giao Sở Y tế chủ trì. Giao Sở Y tế và Công an tỉnh phối hợp."],
    expected: [
      { name: "Sở Y tế", role: "lead", at: "Sở Y tế" },
      { name: "Công an tỉnh", role: "assignee", at: "Công an tỉnh" },
    ],
    why: "one entry per name: the first found, with the most specific role",
  },
  {
    input: ["Thực hiện kết luận của Ban Thường vụ Tỉnh ủy."],
    expected: [],
    why: "a body named after 'của' is not responsible",
  },
  {
    input: [],
    expected: [],
    why: "an item without text has no bodies",
  },
];

describe("findBodies", () => {
  it.each(cases)("$why", ({ input, expected }) => {
    expect(bodies(input)).toEqual(expected);
  });
});

describe("isNarrative", () => {
  const cases: { input: string; expected: boolean; why: string }[] = [
    { input: "Từ đầu tháng 10/2021 đến nay, nhiều người dân trở về.", expected: true, why: "'Từ đầu …' opens an assessment" },
    { input: "Thời gian qua, các cấp đã triển khai.", expected: true, why: "'Thời gian qua' opens an assessment" },
    { input: "Sở Y tế chủ trì.", expected: false, why: "an assignment is not narrative" },
    { input: "Trong đó, từ đầu năm …", expected: false, why: "only the opening counts" },
  ];
  it.each(cases)("$why", ({ input, expected }) => {
    expect(isNarrative(input, g)).toBe(expected);
  });
});
