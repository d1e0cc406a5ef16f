/**
 * The CLI entry: builds the commander program and maps every outcome to
 * an exit code (0 ok, 1 failure, 2 usage) with at most one stderr line.
 */
import { Command, CommanderError } from "commander";
import { addParseCommand, addSchemaCommand } from "./commands.js";
import { addGrammarsCommand } from "./grammars.js";
import { addValidateCommand } from "./validate.js";
import { CliError, EXIT_FAILURE, EXIT_USAGE } from "./errors.js";
import { quietEpipe } from "./io.js";
import { VERSION } from "./version.js";

const PROGRAM_EXAMPLES = `
Examples:
  $ vanban parse fixtures/tb-283-tu-kon-tum-2021-08-27.txt
  $ vanban parse doc.txt --format yaml -o doc.yaml
  $ vanban parse archive/ -o json/ --report report.json
  $ vanban schema > vanban.schema.json
  $ vanban grammars

Exit codes: 0 ok, 1 a document could not be processed or written,
2 usage error (bad option or command, no input, unreadable input file).`;

/** commander's "error: unknown option '--x'\n(Did you mean --y?)" as one line without the prefix. */
function oneLine(message: string): string {
  return message.replace(/^error:\s*/i, "").split("\n").map((s) => s.trim()).filter(Boolean).join(" ");
}

/** Builds the program; usage errors throw instead of exiting. */
export function buildProgram(): Command {
  const program = new Command("vanban")
    .description("Parse Vietnamese directive documents into structured JSON or YAML")
    .version(VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(`vanban: ${oneLine(str)}\n`) })
    .addHelpText("after", PROGRAM_EXAMPLES);
  addParseCommand(program);
  addSchemaCommand(program);
  addValidateCommand(program);
  addGrammarsCommand(program);
  return program;
}

/** Runs the CLI on `argv` (as `process.argv`); resolves to the exit code. */
export async function run(argv: string[] = process.argv): Promise<number> {
  quietEpipe();
  if (argv.length <= 2) {
    process.stderr.write("vanban: missing command (see vanban --help)\n");
    return EXIT_USAGE;
  }
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : EXIT_USAGE;
    if (err instanceof CliError) {
      // An empty message: the command already said what happened (a batch's summary).
      if (err.message) process.stderr.write(`vanban: ${err.message}\n`);
      return err.exitCode;
    }
    if (process.env.VANBAN_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? err}\n`);
    process.stderr.write(`vanban: ${oneLine(err instanceof Error ? err.message : String(err)) || "unexpected error"}\n`);
    return EXIT_FAILURE;
  }
}
