/** The run of `vanban validate` (loaded on demand: the configuration loader pulls in zod and yaml). */
import { htmlParserFor } from "./html.js";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ConfigError, configResolver, printConfig } from "../config/load.js";
import type { Diagnostic } from "../model/schema.js";
import { analyse, check, localToday } from "../pipeline/run.js";
import { RULES } from "../rules/index.js";
import { isoDate } from "../util/dates.js";
import { CliError, EXIT_FAILURE, EXIT_USAGE, reasonOf } from "./errors.js";
import { loadGrammar } from "./grammars.js";
import { checkDocument, checkSize, NotADocument } from "../pipeline/guard.js";
import { parseEncoding, parseMaxBytes } from "./limits.js";
import { entryAbs, entryDisplay, ignoreOption, listInputs } from "./inputs.js";
import { writeStdout } from "./io.js";
import { useColor } from "./reporters/color.js";
import { parseReporterSpec, REPORTERS } from "./reporters/index.js";
import type { FileResult } from "./reporters/types.js";
import { VERSION } from "./version.js";
import type { ValidateFlags } from "./validate.js";

const usage = (message: string): CliError => new CliError(message, EXIT_USAGE);

/** Checks the inputs, writes the reports, and throws a CliError for exit codes 1 and 2. */
export async function runValidate(args: string[], flags: ValidateFlags): Promise<void> {
  const today = flags.today ?? localToday();
  if (flags.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(today)) throw usage(`--today ${flags.today}: expected YYYY-MM-DD`);
  if (flags.today !== undefined && !isoDate(Number(today.slice(0, 4)), Number(today.slice(5, 7)), Number(today.slice(8, 10)))) throw usage(`--today ${flags.today}: no such date`);
  const maxBytes = parseMaxBytes(flags.maxBytes);
  const encoding = parseEncoding(flags.encoding);
  let maxWarnings = Infinity;
  if (flags.maxWarnings !== undefined) {
    if (!/^\d+$/u.test(flags.maxWarnings)) throw usage(`--max-warnings ${flags.maxWarnings}: expected a whole number`);
    maxWarnings = Number(flags.maxWarnings);
  }
  const configOf = configResolver({ knownRules: RULES.map((r) => r.id), explicit: typeof flags.config === "string" ? flags.config : null, none: flags.config === false });
  if (flags.printConfig !== undefined) {
    writeStdout(printConfig(withConfigErrors(() => configOf(resolve(flags.printConfig!))), RULES.map((r) => ({ id: r.id, severity: r.severity }))));
    return;
  }
  let reporters;
  try {
    reporters = (flags.reporter?.length ? flags.reporter : ["stylish"]).map(parseReporterSpec);
  } catch (err) {
    throw usage(reasonOf(err));
  }
  for (const r of reporters) if (r.path !== null) checkWritable(r.path);
  if (args.length === 0) throw usage("nothing to validate: name files, directories or globs");
  const ignore = ignoreOption(flags.ignore);
  const grammar = await loadGrammar(flags.grammar);
  const entries = listInputs(args.map((arg) => ({ arg, literal: false })), { hidden: Boolean(flags.hidden), follow: Boolean(flags.follow), ignore });
  if (entries.length === 0) throw usage("no documents matched (a directory gives its .txt, .md, .text, .html and .htm files)");
  // As eslint: an argument that names nothing is a usage error, not a finding.
  const missing = entries.find((e) => e.failure && (e.failure.code === "no-match" || e.failure.code === "ENOENT") && e.given !== undefined);
  if (missing) throw usage(`${entryDisplay(missing)}: ${missing.failure!.code === "no-match" ? "no files match" : "no such file"}`);

  const results: FileResult[] = [];
  for (const e of entries) {
    const path = entryDisplay(e);
    if (e.failure) {
      results.push({ path, diagnostics: [fatal(`cannot read: ${e.failure.message}`)] });
      continue;
    }
    const abs = entryAbs(e);
    const settings = withConfigErrors(() => configOf(abs)).rules;
    let bytes: Uint8Array;
    try {
      checkSize(statSync(abs).size, maxBytes);
      bytes = readFileSync(abs);
      checkDocument(bytes, maxBytes);
    } catch (err) {
      results.push({ path, diagnostics: [fatal(err instanceof NotADocument ? err.message : `cannot read: ${reasonOf(err)}`)] });
      continue;
    }
    try {
      const html = await htmlParserFor(bytes, path, flags.from);
      const a = analyse(bytes, path, grammar, { ...(encoding ? { encoding } : {}), ...(flags.from ? { from: flags.from } : {}), ...(html ? { html } : {}) });
      const diagnostics = check(a, grammar, { today, rules: settings });
      results.push({ path, diagnostics: flags.quiet ? diagnostics.filter((d) => d.severity === "error") : diagnostics });
    } catch (err) {
      results.push({ path, diagnostics: [fatal(`cannot parse: ${reasonOf(err)}`)] });
    }
  }

  const ctx = { rules: RULES.map((r) => ({ id: r.id, description: r.description, severity: r.severity })), version: VERSION };
  for (const r of reporters) {
    const text = REPORTERS[r.name](results, { ...ctx, color: r.path === null && useColor(process.stdout, process.env) });
    if (r.path === null) writeStdout(text);
    else {
      try {
        writeFileSync(r.path, text);
      } catch (err) {
        throw usage(`${r.path}: cannot write the ${r.name} report: ${reasonOf(err)}`);
      }
    }
  }
  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === "error").length;
  const warnings = all.filter((d) => d.severity === "warning").length;
  if (errors > 0) throw new CliError("", EXIT_FAILURE);
  if (warnings > maxWarnings) throw new CliError(`${warnings} warnings (more than --max-warnings ${maxWarnings})`, EXIT_FAILURE);
}

/** A file that could not be checked at all. */
function fatal(message: string): Diagnostic {
  return { rule: "fatal", severity: "error", message, span: null };
}

/** Configuration errors are usage errors (exit 2) with their one-line message. */
function withConfigErrors<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof ConfigError) throw usage(err.message);
    throw err;
  }
}

/** A report path must be writable before anything is checked: its directory exists and it is not a directory. */
function checkWritable(path: string): void {
  const dir = dirname(resolve(path));
  const d = statSync(dir, { throwIfNoEntry: false });
  if (!d?.isDirectory()) throw usage(`${path}: cannot write a report there (no directory ${dir})`);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw usage(`${path}: cannot write a report there (a directory)`);
}
