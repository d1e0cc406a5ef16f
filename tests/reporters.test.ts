/**
 * The `vanban validate` reporters, on hand-made results: exact text where it
 * is short, the SARIF log against the official OASIS schema, the JUnit XML
 * for well-formedness, the GitHub commands for their escaping.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../src/model/schema.js";
import { useColor } from "../src/cli/reporters/color.js";
import { command, escapeData, escapeProperty } from "../src/cli/reporters/github.js";
import { parseReporterSpec, REPORTERS } from "../src/cli/reporters/index.js";
import { escapeXml } from "../src/cli/reporters/junit.js";
import { pathToUri, sarifLog } from "../src/cli/reporters/sarif.js";
import type { FileResult, ReportContext } from "../src/cli/reporters/types.js";

const VI = "ngày 27-2021: thiếu tháng, 100% sai";

function span(line: number, column: number, offset: number, endLine: number, endColumn: number, endOffset: number): Diagnostic["span"] {
  return { start: { line, column, offset }, end: { line: endLine, column: endColumn, offset: endOffset } };
}

function diag(rule: string, severity: Diagnostic["severity"], message: string, s: Diagnostic["span"] = null): Diagnostic {
  return { rule, severity, message, span: s };
}

const RULES: ReportContext["rules"] = [
  { id: "missing-date", description: "Văn bản phải có ngày ban hành", severity: "error" },
  { id: "date-format", description: "Ngày viết đúng dạng", severity: "warning" },
  { id: "motto-mismatch", description: "Tiêu ngữ đúng loại văn bản", severity: "info" },
];

const CTX: ReportContext = { rules: RULES, color: false, version: "0.1.0" };

/** Two files with problems (one unreadable), one clean. */
const RESULTS: FileResult[] = [
  {
    path: "thư mục/tb-283.txt",
    diagnostics: [
      diag("missing-date", "error", "Thiếu ngày ban hành", span(3, 1, 40, 3, 9, 48)),
      diag("date-format", "warning", VI, span(12, 14, 300, 12, 26, 312)),
      diag("motto-mismatch", "info", "Tiêu ngữ <khác> & \"lạ\" 'x'"),
    ],
  },
  { path: "ok.txt", diagnostics: [] },
  { path: "bad.txt", diagnostics: [diag("fatal", "error", "không giải mã được UTF-8")] },
];

const CLEAN: FileResult[] = [{ path: "ok.txt", diagnostics: [] }];

const stripAnsi = (s: string): string => s.replace(/\u001b\[\d+m/g, "");

describe("every reporter", () => {
  const names = Object.keys(REPORTERS) as (keyof typeof REPORTERS)[];

  it.each(names)("%s ends with a newline and is deterministic", (name) => {
    const out = REPORTERS[name](RESULTS, CTX);
    expect(out.endsWith("\n")).toBe(true);
    expect(REPORTERS[name](RESULTS, CTX)).toBe(out);
  });

  it.each(names)("%s prints no escape code with colour off", (name) => {
    expect(REPORTERS[name](RESULTS, CTX)).not.toMatch(/\u001b/);
  });
});

describe("stylish", () => {
  it("prints aligned columns and totals", () => {
    expect(REPORTERS.stylish(RESULTS, CTX)).toBe(
      [
        "thư mục/tb-283.txt",
        "  3:1    error    Thiếu ngày ban hành                  missing-date",
        `  12:14  warning  ${VI}  date-format`,
        "  -      info     Tiêu ngữ <khác> & \"lạ\" 'x'           motto-mismatch",
        "",
        "bad.txt",
        "  -  error  không giải mã được UTF-8  fatal",
        "",
        "✖ 4 problems (2 errors, 1 warning, 1 info)",
        "",
      ].join("\n"),
    );
  });

  it("aligns the rule column by code points, not bytes", () => {
    const out = REPORTERS.stylish([RESULTS[0] as FileResult], CTX);
    const rows = out.split("\n").slice(1, 4);
    const starts = rows.map((row) => [...row].length - [...row.split(/\s+/).at(-1)!].length);
    expect(new Set(starts).size).toBe(1);
  });

  it("uses singular nouns for one problem", () => {
    const one = [{ path: "a.txt", diagnostics: [diag("date-format", "warning", "x", span(1, 1, 0, 1, 2, 1))] }];
    expect(REPORTERS.stylish(one, CTX)).toBe("a.txt\n  1:1  warning  x  date-format\n\n✖ 1 problem (0 errors, 1 warning)\n");
  });

  it.each([
    ["no files", []],
    ["clean files", CLEAN],
  ])("prints nothing for %s", (_, results) => {
    expect(REPORTERS.stylish(results as FileResult[], CTX)).toBe("");
    expect(REPORTERS.stylish(results as FileResult[], { ...CTX, color: true })).toBe("");
  });

  it("colours errors red, warnings yellow, rules dim, the path underlined", () => {
    const out = REPORTERS.stylish(RESULTS, { ...CTX, color: true });
    expect(out).toContain("\u001b[4mthư mục/tb-283.txt\u001b[24m");
    expect(out).toContain("\u001b[31merror\u001b[39m");
    expect(out).toContain("\u001b[33mwarning\u001b[39m");
    expect(out).toContain("\u001b[2mmissing-date\u001b[22m");
    expect(out).toContain("\u001b[1m\u001b[31m✖ 4 problems");
    // Colour changes nothing but the escape codes: alignment is kept.
    expect(stripAnsi(out)).toBe(REPORTERS.stylish(RESULTS, CTX));
  });
});

describe("json", () => {
  it("prints each file with its counts and diagnostics", () => {
    const out = REPORTERS.json(RESULTS, CTX);
    expect(out.endsWith("}\n]\n")).toBe(true);
    expect(JSON.parse(out)).toEqual([
      { path: "thư mục/tb-283.txt", errorCount: 1, warningCount: 1, diagnostics: RESULTS[0]!.diagnostics },
      { path: "ok.txt", errorCount: 0, warningCount: 0, diagnostics: [] },
      { path: "bad.txt", errorCount: 1, warningCount: 0, diagnostics: RESULTS[2]!.diagnostics },
    ]);
  });

  it("prints [] for no files", () => {
    expect(REPORTERS.json([], CTX)).toBe("[]\n");
  });
});

describe("github", () => {
  /** `::level key=value,…::message`, with no raw `:`/`,` in a value and no raw line break anywhere. */
  const WORKFLOW_COMMAND =
    /^::(error|warning|notice) file=[^,:\r\n]*(?:,(?:line|col|endLine|endColumn)=\d+)*,title=[^,:\r\n]*::[^\r\n]*$/;

  it.each([
    ["%", "%25"],
    ["\r", "%0D"],
    ["\n", "%0A"],
    ["100%\r\nxong", "100%25%0D%0Axong"],
    ["%0A", "%250A"],
    [":,", ":,"],
  ])("escapes data %j as %j", (raw, escaped) => {
    expect(escapeData(raw)).toBe(escaped);
  });

  it.each([
    [":", "%3A"],
    [",", "%2C"],
    ["a:b,c%d\ne", "a%3Ab%2Cc%25d%0Ae"],
    ["thư mục/tệp.txt", "thư mục/tệp.txt"],
  ])("escapes property %j as %j", (raw, escaped) => {
    expect(escapeProperty(raw)).toBe(escaped);
  });

  it("prints one command per diagnostic", () => {
    expect(REPORTERS.github(RESULTS, CTX)).toBe(
      [
        "::error file=thư mục/tb-283.txt,line=3,col=1,endLine=3,endColumn=9,title=missing-date::Thiếu ngày ban hành",
        "::warning file=thư mục/tb-283.txt,line=12,col=14,endLine=12,endColumn=26,title=date-format::ngày 27-2021: thiếu tháng, 100%25 sai",
        "::notice file=thư mục/tb-283.txt,title=motto-mismatch::Tiêu ngữ <khác> & \"lạ\" 'x'",
        "::error file=bad.txt,title=fatal::không giải mã được UTF-8",
        "",
      ].join("\n"),
    );
  });

  it("escapes a Vietnamese message with %, :, , and line breaks, and the path", () => {
    const d = diag("date-format", "warning", `${VI}\r\ndòng 2:\nhết`, span(2, 5, 10, 3, 1, 40));
    const line = command("a:b,c/ngày%.txt", d);
    expect(line).toBe(
      "::warning file=a%3Ab%2Cc/ngày%25.txt,line=2,col=5,endLine=3,endColumn=1,title=date-format" +
        "::ngày 27-2021: thiếu tháng, 100%25 sai%0D%0Adòng 2:%0Ahết",
    );
    expect(line).toMatch(WORKFLOW_COMMAND);
  });

  it("prints only workflow commands, one a line", () => {
    const tricky: FileResult[] = [
      { path: "x,y:z.txt", diagnostics: [diag("date-format", "info", `${VI}\n:,%`, span(1, 1, 0, 1, 5, 4)), diag("r:1,2", "error", "")] },
      ...RESULTS,
    ];
    const lines = REPORTERS.github(tricky, CTX).split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(6);
    for (const line of lines) expect(line).toMatch(WORKFLOW_COMMAND);
  });

  it("prints nothing when there is nothing to annotate", () => {
    expect(REPORTERS.github(CLEAN, CTX)).toBe("");
  });
});

describe("sarif", () => {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, "schemas", "sarif-schema-2.1.0.json"), "utf8")) as object;
  const ajv = new (Ajv as unknown as typeof Ajv.default)({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile(schema);

  function expectValid(value: unknown): void {
    const ok = validate(value);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  }

  it.each([
    ["the sample results", RESULTS, CTX],
    ["no files", [], CTX],
    ["clean files", CLEAN, CTX],
    ["no known rules", RESULTS, { ...CTX, rules: [] }],
    ["an unknown rule", [{ path: "../x y/%.txt", diagnostics: [diag("new-rule", "info", VI)] }], CTX],
  ] as [string, FileResult[], ReportContext][])("conforms to the SARIF 2.1.0 schema for %s", (_, results, ctx) => {
    expectValid(JSON.parse(REPORTERS.sarif(results, ctx)));
  });

  it("the schema rejects a log that breaks it", () => {
    const log = sarifLog(RESULTS, CTX) as { runs: { results: { level: string }[] }[] };
    log.runs[0]!.results[0]!.level = "info";
    expect(validate(log)).toBe(false);
  });

  it("describes the tool and its rules, adding fatal when used", () => {
    const log = JSON.parse(REPORTERS.sarif(RESULTS, CTX));
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: "vanban", version: "0.1.0", informationUri: "https://github.com/vanban/vanban" });
    expect(run.tool.driver.rules).toEqual([
      { id: "missing-date", name: "missing-date", shortDescription: { text: "Văn bản phải có ngày ban hành" }, defaultConfiguration: { level: "error" } },
      { id: "date-format", name: "date-format", shortDescription: { text: "Ngày viết đúng dạng" }, defaultConfiguration: { level: "warning" } },
      { id: "motto-mismatch", name: "motto-mismatch", shortDescription: { text: "Tiêu ngữ đúng loại văn bản" }, defaultConfiguration: { level: "note" } },
      { id: "fatal", name: "fatal", shortDescription: { text: "The file could not be read or decoded." }, defaultConfiguration: { level: "error" } },
    ]);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(["error", "warning", "note", "error"]);
  });

  it("gives each result its message, encoded uri and region", () => {
    const [first, , info, fatal] = JSON.parse(REPORTERS.sarif(RESULTS, CTX)).runs[0].results;
    expect(first).toEqual({
      ruleId: "missing-date",
      ruleIndex: 0,
      level: "error",
      message: { text: "Thiếu ngày ban hành" },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "th%C6%B0%20m%E1%BB%A5c/tb-283.txt" },
            region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 9, charOffset: 40, charLength: 8 },
          },
        },
      ],
    });
    expect(info.locations[0].physicalLocation).not.toHaveProperty("region");
    expect(fatal.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: "bad.txt" } } }]);
  });

  it.each([
    ["a.txt", "a.txt"],
    ["dir/sub/tệp 1.txt", "dir/sub/t%E1%BB%87p%201.txt"],
    ["../100%#?.txt", "../100%25%23%3F.txt"],
    ["a:b.txt", "a%3Ab.txt"],
    ["/tmp/văn bản.txt", "file:///tmp/v%C4%83n%20b%E1%BA%A3n.txt"],
    ["bad\uD800.txt", "bad%EF%BF%BD.txt"],
  ])("turns path %j into uri %j", (path, uri) => {
    expect(pathToUri(path)).toBe(uri);
  });
});

/** Checks that tags balance and that text holds no raw `<` or bare `&`: well-formed enough for our output. */
function wellFormed(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/^<\?xml [^?]*\?>\n/, "");
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of body.matchAll(token)) {
    const [, close, name, , selfClose, text, stray] = m;
    if (stray) problems.push(`stray < at ${m.index}`);
    else if (text !== undefined) {
      if (/&(?!(?:amp|lt|gt|quot|apos|#\d+);)/.test(text)) problems.push(`bare & in ${JSON.stringify(text)}`);
      if (stack.length === 0 && text.trim() !== "") problems.push("text outside the root");
    } else if (close) {
      if (stack.pop() !== name) problems.push(`unbalanced </${name}>`);
    } else if (!selfClose) stack.push(name as string);
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(", ")}`);
  return problems;
}

describe("junit", () => {
  it("prints one suite per file and one case per diagnostic", () => {
    expect(REPORTERS.junit(RESULTS, CTX)).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<testsuites name="vanban" tests="5" failures="2" errors="1">',
        '  <testsuite name="thư mục/tb-283.txt" tests="3" failures="2" errors="0">',
        '    <testcase classname="thư mục/tb-283.txt" name="missing-date 3:1">',
        '      <failure message="Thiếu ngày ban hành" type="error">thư mục/tb-283.txt:3:1: Thiếu ngày ban hành</failure>',
        "    </testcase>",
        '    <testcase classname="thư mục/tb-283.txt" name="date-format 12:14">',
        `      <failure message="${VI}" type="warning">thư mục/tb-283.txt:12:14: ${VI}</failure>`,
        "    </testcase>",
        '    <testcase classname="thư mục/tb-283.txt" name="motto-mismatch">',
        "      <system-out>thư mục/tb-283.txt: Tiêu ngữ &lt;khác&gt; &amp; &quot;lạ&quot; &apos;x&apos;</system-out>",
        "    </testcase>",
        "  </testsuite>",
        '  <testsuite name="ok.txt" tests="1" failures="0" errors="0">',
        '    <testcase classname="ok.txt" name="vanban"/>',
        "  </testsuite>",
        '  <testsuite name="bad.txt" tests="1" failures="0" errors="1">',
        '    <testcase classname="bad.txt" name="fatal">',
        '      <error message="không giải mã được UTF-8" type="error">bad.txt: không giải mã được UTF-8</error>',
        "    </testcase>",
        "  </testsuite>",
        "</testsuites>",
        "",
      ].join("\n"),
    );
  });

  it.each([
    ["& < > \" '", "&amp; &lt; &gt; &quot; &apos;"],
    ["&amp;", "&amp;amp;"],
    [VI, VI],
    ["a\u0000b\u0001c\u001bd\u007fe", "abcd\u007fe"],
    ["x\uFFFE\uFFFFy", "xy"],
    ["lone\uD800 pair\u{1F600}", "lone pair\u{1F600}"],
    ["tab\tnl\ncr\r", "tab\tnl\ncr\r"],
  ])("escapes %j as %j", (raw, escaped) => {
    expect(escapeXml(raw)).toBe(escaped);
  });

  it("stays well-formed with hostile paths, rules and messages", () => {
    const hostile: FileResult[] = [
      {
        path: 'a&b<c>"d\'.txt',
        diagnostics: [
          diag("r<1>", "error", `</failure>]]><x a="1">&\u0000\n${VI}`, span(1, 1, 0, 1, 2, 1)),
          diag("r&2", "warning", "<!-- -->", null),
          diag("r3", "info", "</system-out>", null),
        ],
      },
      ...RESULTS,
    ];
    const xml = REPORTERS.junit(hostile, CTX);
    expect(wellFormed(xml)).toEqual([]);
    expect(xml).not.toMatch(/\u0000/);
    expect(xml).toContain('message="&lt;/failure&gt;]]&gt;&lt;x a=&quot;1&quot;&gt;&amp;&#10;ngày');
  });

  it("the well-formedness check catches broken XML", () => {
    expect(wellFormed("<a><b></a>")).not.toEqual([]);
    expect(wellFormed("<a>x & y</a>")).not.toEqual([]);
    expect(wellFormed("<a>")).not.toEqual([]);
  });

  it("prints an empty testsuites for no files", () => {
    expect(REPORTERS.junit([], CTX)).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="vanban" tests="0" failures="0" errors="0">\n</testsuites>\n',
    );
  });
});

describe("summary", () => {
  it("counts per rule, most frequent first, then by id", () => {
    const results: FileResult[] = [
      { path: "a.txt", diagnostics: [diag("b-rule", "warning", "x"), diag("z-rule", "error", "x"), diag("z-rule", "error", "x")] },
      { path: "b.txt", diagnostics: [diag("a-rule", "warning", "x")] },
      { path: "c.txt", diagnostics: [] },
    ];
    expect(REPORTERS.summary(results, CTX)).toBe(
      "  2  z-rule\n  1  a-rule\n  1  b-rule\n\n3 files checked, 2 with problems, 2 errors, 2 warnings\n",
    );
  });

  it("prints the totals alone when there are no problems", () => {
    expect(REPORTERS.summary(CLEAN, CTX)).toBe("1 file checked, 0 with problems, 0 errors, 0 warnings\n");
  });

  it("adds infos when there are some", () => {
    expect(REPORTERS.summary(RESULTS, CTX).split("\n").at(-2)).toBe("3 files checked, 2 with problems, 2 errors, 1 warning, 1 info");
  });
});

describe("parseReporterSpec", () => {
  it.each([
    ["stylish", { name: "stylish", path: null }],
    ["sarif=out/vanban.sarif", { name: "sarif", path: "out/vanban.sarif" }],
    ["junit=báo cáo.xml", { name: "junit", path: "báo cáo.xml" }],
    ["json=a=b.json", { name: "json", path: "a=b.json" }],
  ])("parses %j", (spec, parsed) => {
    expect(parseReporterSpec(spec)).toEqual(parsed);
  });

  it.each(["xml", "", "JSON", "=out.json", "stylish ", "toString", "__proto__"])("rejects %j, naming it and the known reporters", (spec) => {
    expect(() => parseReporterSpec(spec)).toThrow(/stylish, json, github, sarif, junit, summary/);
    expect(() => parseReporterSpec(spec)).toThrow(JSON.stringify(spec));
  });

  it("rejects a missing path after =", () => {
    expect(() => parseReporterSpec("json=")).toThrow(/"json=".*no path/);
  });
});

describe("useColor", () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  it.each([
    ["a TTY", tty, {}, true],
    ["a pipe", pipe, {}, false],
    ["a stream without isTTY", {}, {}, false],
    ["NO_COLOR on a TTY", tty, { NO_COLOR: "1" }, false],
    ["empty NO_COLOR on a TTY", tty, { NO_COLOR: "" }, true],
    ["FORCE_COLOR on a pipe", pipe, { FORCE_COLOR: "1" }, true],
    ["FORCE_COLOR=3 on a pipe", pipe, { FORCE_COLOR: "3" }, true],
    ["empty FORCE_COLOR on a pipe", pipe, { FORCE_COLOR: "" }, false],
    ["FORCE_COLOR=0 on a TTY", tty, { FORCE_COLOR: "0" }, false],
    ["FORCE_COLOR=false on a TTY", tty, { FORCE_COLOR: "false" }, false],
    ["FORCE_COLOR with NO_COLOR", pipe, { FORCE_COLOR: "1", NO_COLOR: "1" }, true],
  ] as [string, { isTTY?: boolean }, NodeJS.ProcessEnv, boolean][])("%s → %s", (_, stream, env, expected) => {
    expect(useColor(stream, env)).toBe(expected);
  });
});
