/**
 * `vanban validate`: the lint rules over files, directories and globs, with
 * diagnostics for CI (eslint/textlint conventions). Reports go to stdout or
 * to the files named by `--reporter NAME=PATH`; nothing else goes to stdout.
 *
 * Exit codes: 0 clean, or warnings within `--max-warnings`; 1 errors, too
 * many warnings, or a file that cannot be read (a `fatal` diagnostic for it;
 * the other files are still checked); 2 the tool could not do its job
 * (usage, configuration, no file matched, a report path that cannot be written).
 */
import type { Command } from "commander";
import type { InputFormat } from "../pipeline/format.js";
import { encodingOption, fromOption } from "./limits.js";
import { collect } from "./grammars.js";

/** The flags of `validate`. */
export interface ValidateFlags {
  reporter?: string[];
  config?: string | false;
  printConfig?: string;
  maxWarnings?: string;
  quiet?: boolean;
  today?: string;
  ignore?: string[];
  hidden?: boolean;
  follow?: boolean;
  grammar?: string[];
  maxBytes?: string;
  encoding?: string;
  from?: InputFormat;
}

const EXAMPLES = `
Examples:
  $ vanban validate drafts/                                 # stylish report on stdout
  $ vanban validate 'incoming/**/*.txt' --reporter github   # annotations in a GitHub workflow
  $ vanban validate docs/ --reporter stylish --reporter sarif=vanban.sarif --reporter junit=junit.xml
  $ vanban validate docs/ --max-warnings 0 --today 2026-01-31
  $ vanban validate --print-config docs/a.txt               # the configuration that applies to a file
`;

/** Adds `validate` to the program. */
export function addValidateCommand(program: Command): void {
  program
    .command("validate")
    .description("check documents against the lint rules and report diagnostics (exit 1 on errors)")
    .argument("[inputs...]", "files, directories or globs")
    .option("-r, --reporter <name[=path]>", "stylish (default), json, github, sarif, junit, summary; =PATH writes to a file (repeatable)", collect)
    .option("--config <file>", "use this configuration file for every document (no lookup)")
    .option("--no-config", "use no configuration file: every rule at its default level")
    .option("--print-config <file>", "print the configuration that applies to FILE and exit")
    .option("--max-warnings <n>", "exit 1 when there are more than N warnings")
    .option("-q, --quiet", "report errors only")
    .option("--today <date>", "today's date for date-in-future, YYYY-MM-DD (default: the clock)")
    .option("--ignore <glob>", "skip files and directories matching GLOB (gitignore syntax; repeatable)", collect)
    .option("--hidden", "take hidden files and enter hidden directories")
    .option("--follow", "enter symlinked directories")
    .option("-g, --grammar <file>", "add entries from a grammar file (repeatable)", collect)
    .addOption(encodingOption())
    .addOption(fromOption())
    .option("--max-bytes <size>", "a larger file is a fatal error (bytes, or 500K, 20M, 1G; default 20M)")
    .addHelpText("after", EXAMPLES)
    .action(async (args: string[], flags: ValidateFlags) => {
      const { runValidate } = await import("./validate-run.js");
      await runValidate(args, flags);
    });
}

