/**
 * The `json` reporter: one object per file with its counts and diagnostics,
 * pretty-printed.
 *
 * ```json
 * [{ "path": "a.txt", "errorCount": 1, "warningCount": 0, "diagnostics": [ … ] }]
 * ```
 */
import { tally } from "./summary.js";
import type { Reporter } from "./types.js";

/** The results as a JSON array of `{ path, errorCount, warningCount, diagnostics }`, ending with a newline. */
export const json: Reporter = (results) => {
  const files = results.map((file) => {
    const t = tally(file.diagnostics);
    return { path: file.path, errorCount: t.errors, warningCount: t.warnings, diagnostics: file.diagnostics };
  });
  return `${JSON.stringify(files, null, 2)}\n`;
};
