/**
 * The `junit` reporter: JUnit XML, one test suite per file and one test case
 * per diagnostic, for CI systems that show test reports.
 *
 * Errors and warnings are `<failure>`s; a file that could not be read
 * ("fatal") is an `<error>`, JUnit's "could not run"; an info passes and
 * carries its message in `<system-out>`. A file without diagnostics has one
 * passing case named "vanban".
 *
 * ```xml
 * <testcase classname="a.txt" name="missing-date 3:1">
 *   <failure message="Thiếu ngày ban hành" type="error">a.txt:3:1: Thiếu ngày ban hành</failure>
 * </testcase>
 * ```
 */
import type { Diagnostic } from "../../model/schema.js";
import { position } from "./stylish.js";
import type { FileResult, Reporter } from "./types.js";

/** Characters XML 1.0 does not allow at all (lone surrogates included). */
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML element content or a quoted attribute, dropping illegal characters. */
export function escapeXml(text: string): string {
  return text
    .replace(ILLEGAL, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Escapes an attribute value, keeping tabs and line breaks (a parser would turn them into spaces). */
export function escapeAttribute(text: string): string {
  return escapeXml(text).replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
}

function counts(c: Counts): string {
  return `tests="${c.tests}" failures="${c.failures}" errors="${c.errors}"`;
}

function testcase(path: string, d: Diagnostic): string {
  const pos = position(d);
  const name = d.span === null ? d.rule : `${d.rule} ${pos}`;
  const where = d.span === null ? path : `${path}:${pos}`;
  const open = `    <testcase classname="${escapeAttribute(path)}" name="${escapeAttribute(name)}">`;
  const body = escapeXml(`${where}: ${d.message}`);
  let inner: string;
  if (d.severity === "info") inner = `      <system-out>${body}</system-out>`;
  else {
    const tag = d.rule === "fatal" ? "error" : "failure";
    inner = `      <${tag} message="${escapeAttribute(d.message)}" type="${d.severity}">${body}</${tag}>`;
  }
  return `${open}\n${inner}\n    </testcase>`;
}

function suite(file: FileResult, total: Counts): string {
  const c: Counts = { tests: Math.max(1, file.diagnostics.length), failures: 0, errors: 0 };
  for (const d of file.diagnostics) {
    if (d.severity === "info") continue;
    if (d.rule === "fatal") c.errors++;
    else c.failures++;
  }
  total.tests += c.tests;
  total.failures += c.failures;
  total.errors += c.errors;
  const path = escapeAttribute(file.path);
  const cases =
    file.diagnostics.length === 0
      ? [`    <testcase classname="${path}" name="vanban"/>`]
      : file.diagnostics.map((d) => testcase(file.path, d));
  return [`  <testsuite name="${path}" ${counts(c)}>`, ...cases, "  </testsuite>"].join("\n");
}

/** A JUnit XML report: `<testsuites>` of one `<testsuite>` per file, ending with a newline. */
export const junit: Reporter = (results) => {
  const total: Counts = { tests: 0, failures: 0, errors: 0 };
  const suites = results.map((file) => suite(file, total));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites name="vanban" ${counts(total)}>`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
};
