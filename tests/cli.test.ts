/**
 * The CLI as a user runs it: `node bin/vanban.js` on the built bundle
 * (`npm test` builds first). Exit codes: 0 ok, 1 failure, 2 usage.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAlias, parseDocument, visit } from "yaml";
import { parse } from "../src/index.js";
import { fixtureNames } from "./helpers.js";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "vanban.js");
const FIXTURE = "fixtures/tb-283-tu-kon-tum-2021-08-27.txt";

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function vanban(args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: input ?? "",
    encoding: "utf8",
    env: { ...process.env, VANBAN_DEBUG: "" },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A usage error: exit 2, exactly one stderr line starting "vanban: ", nothing on stdout. */
function expectUsageError(r: Run, text?: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(/^vanban: [^\n]+\n$/);
  if (text) expect(r.stderr).toMatch(text);
}

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist", "vanban.mjs"))) throw new Error("dist/vanban.mjs is missing: run `npm run build` (npm test does)");
});

describe("help and version", () => {
  it.each([[["--help"]], [["parse", "--help"]], [["schema", "--help"]], [["help", "parse"]]])("%j exits 0 with Examples", (args) => {
    const r = vanban(args);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Examples:");
    expect(r.stderr).toBe("");
  });

  it("--version prints the package version", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const r = vanban(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });
});

describe("usage errors exit 2 with one line", () => {
  it("unknown option", () => expectUsageError(vanban(["parse", "--bogus", FIXTURE]), /unknown option '--bogus'/));
  it("unknown option with a suggestion stays one line", () => expectUsageError(vanban(["parse", "--fromat", "yaml", FIXTURE]), /--format/));
  it("unknown top-level option", () => expectUsageError(vanban(["--bogus"])));
  it("unknown command", () => expectUsageError(vanban(["frob"]), /unknown command 'frob'/));
  it("no command", () => expectUsageError(vanban([]), /missing command/));
  it("bad --format value", () => expectUsageError(vanban(["parse", "--format", "xml", FIXTURE]), /xml/));
  it("stdin mixed with files", () => expectUsageError(vanban(["parse", "-", FIXTURE]), /'-' \(stdin\) cannot be mixed/));
  it("missing file", () => {
    const r = vanban(["parse", "no-such-file.txt"]);
    expectUsageError(r);
    expect(r.stderr).toBe("vanban: no-such-file.txt: no such file\n");
  });
  it("a directory without documents", () => {
    // A directory is a batch input (tests/batch.test.ts); one with no .txt/.md/.text is a usage error.
    const empty = mkdtempSync(join(tmpdir(), "vanban-empty-"));
    try {
      const r = vanban(["parse", empty]);
      expectUsageError(r);
      expect(r.stderr).toBe("vanban: no documents found (a directory gives its .txt, .md, .text, .html and .htm files)\n");
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
  it.skipIf(process.platform !== "linux" || spawnSync("script", ["--version"]).status !== 0)("no file on a terminal: 'No input'", () => {
    // util-linux `script` gives the child a terminal as stdin.
    const r = spawnSync("script", ["-qec", `"${process.execPath}" "${BIN}" parse`, "/dev/null"], { cwd: ROOT, encoding: "utf8", input: "" });
    expect(r.status).toBe(2);
    expect(r.stdout.replace(/\r/g, "")).toBe("vanban: No input\n");
  });
  it("--force without -o", () => expectUsageError(vanban(["parse", "--force", FIXTURE])));
});

describe("parse", () => {
  const fromFile = vanban(["parse", FIXTURE]);

  it("prints pretty JSON of the document on stdout and nothing on stderr", () => {
    expect(fromFile.status).toBe(0);
    expect(fromFile.stderr).toBe("");
    expect(fromFile.stdout.endsWith("}\n")).toBe(true);
    expect(fromFile.stdout).toMatch(/^\{\n {2}"schemaVersion": 1,\n/);
    const doc = JSON.parse(fromFile.stdout) as { schemaVersion: number; source: { path: string | null } };
    expect(doc.schemaVersion).toBe(1);
    expect(doc.source.path).toBe(FIXTURE);
  });

  it.each(fixtureNames())("%s: the bundled CLI prints what parse() returns", (name) => {
    const file = `fixtures/${name}.txt`;
    const r = vanban(["parse", file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${JSON.stringify(parse(readFileSync(join(ROOT, file)), { path: file }), null, 2)}\n`);
  });

  it("--compact prints one line", () => {
    const r = vanban(["parse", "--compact", FIXTURE]);
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")).toHaveLength(2);
    expect(r.stdout.endsWith("\n")).toBe(true);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(fromFile.stdout));
  });

  it("reads stdin with '-' and records a null path", () => {
    const r = vanban(["parse", "-"], readFileSync(join(ROOT, FIXTURE)));
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { source: { path: string | null } };
    expect(doc.source.path).toBeNull();
    expect({ ...doc, source: { ...doc.source, path: FIXTURE } }).toEqual(JSON.parse(fromFile.stdout));
  });

  it("reads piped stdin when no file is given", () => {
    const r = vanban(["parse", "--compact"], readFileSync(join(ROOT, FIXTURE)));
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { source: { sha256: string } }).source.sha256).toBe(
      (JSON.parse(fromFile.stdout) as { source: { sha256: string } }).source.sha256,
    );
  });

  it("--format yaml is plain YAML: same data, no anchors, aliases or tags", () => {
    const r = vanban(["parse", "--format", "yaml", FIXTURE]);
    expect(r.status).toBe(0);
    expect(r.stdout.endsWith("\n")).toBe(true);
    const ydoc = parseDocument(r.stdout);
    expect(ydoc.errors).toEqual([]);
    expect(ydoc.toJS()).toEqual(JSON.parse(fromFile.stdout));
    let marks = 0;
    visit(ydoc, {
      Node(_key, node) {
        if (isAlias(node) || ("anchor" in node && node.anchor) || ("tag" in node && node.tag && !String(node.tag).startsWith("tag:yaml.org,2002:"))) marks++;
      },
    });
    expect(marks).toBe(0);
    expect(r.stdout).not.toMatch(/^\s*(?:- )?[\w-]*:? ?[&*!]\w/m);
  });

  it("exits 0 quietly when the reader closes the pipe early", () => {
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" parse --format yaml ${FIXTURE} | true; echo "rc=\${PIPESTATUS[0]}"`], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.stdout).toBe("rc=0\n");
    expect(r.stderr).toBe("");
  });
});

describe("parse -o", () => {
  const dir = mkdtempSync(join(tmpdir(), "vanban-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the file, refuses to overwrite it, overwrites with --force", () => {
    const out = join(dir, "doc.json");
    const first = vanban(["parse", FIXTURE, "-o", out]);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe(vanban(["parse", FIXTURE]).stdout);

    writeFileSync(out, "keep me\n");
    const again = vanban(["parse", FIXTURE, "-o", out]);
    expectUsageError(again, /exists \(use --force to overwrite\)/);
    expect(readFileSync(out, "utf8")).toBe("keep me\n");

    const forced = vanban(["parse", FIXTURE, "-o", out, "--force", "--compact"]);
    expect(forced.status).toBe(0);
    expect(readFileSync(out, "utf8").split("\n")).toHaveLength(2);
    expect(readdirSync(dir)).toEqual(["doc.json"]);
  });

  it("a directory as -o is a usage error", () => {
    const r = vanban(["parse", FIXTURE, "-o", dir, "--force"]);
    expectUsageError(r, /is a directory/);
  });

  it.skipIf(process.platform === "win32")("a device or pipe (-o /dev/stdout) is written in place, never replaced", () => {
    // Through a shell pipe: spawnSync's own stdout is a socket, which /dev/stdout cannot open.
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" parse ${FIXTURE} --compact -o /dev/stdout | cat`], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(vanban(["parse", FIXTURE, "--compact"]).stdout);
  });

  it("an unwritable destination exits 1 and leaves nothing behind", () => {
    const r = vanban(["parse", FIXTURE, "-o", join(dir, "missing-dir", "doc.json")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^vanban: [^\n]+missing-dir[^\n]+\n$/);
    expect(existsSync(join(dir, "missing-dir"))).toBe(false);
  });
});

describe("schema", () => {
  it("prints the JSON Schema of the model", () => {
    const r = vanban(["schema"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const schema = JSON.parse(r.stdout) as { $schema: string; properties: Record<string, unknown> };
    expect(schema.$schema).toMatch(/2020-12/);
    expect(Object.keys(schema.properties)).toContain("directives");
  });
});

describe("grammars and --grammar", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "vanban-grammar-"));
    writeFileSync(join(dir, "vien.yaml"), 'heads:\n  - { text: Viện, kind: named, capitalised: true, description: "an institute" }\n');
    writeFileSync(join(dir, "bad.yaml"), "heads:\n  - { text: Viện, kind: nam, description: x }\n");
    writeFileSync(join(dir, "doc.txt"), "1. Viện Pasteur Nha Trang chủ trì, phối hợp với Sở Y tế kiểm tra.\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("`grammars` lists what is loaded, with the added file", () => {
    const r = vanban(["grammars", "-g", join(dir, "vien.yaml")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^bundled grammars\/\*\.yaml \+ .*vien\.yaml\n/);
    expect(r.stdout).toMatch(/body heads\s+\d+\s.*Viện/);
  });

  it("`grammars --json` prints the loaded data", () => {
    const r = vanban(["grammars", "--json"]);
    expect(r.status).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout)).sort()).toEqual(["bodies", "issuers", "lexicon", "registry", "roles", "types", "web"]);
  });

  it("parse -g adds a body head", () => {
    const bodies = (args: string[]) => JSON.parse(vanban(["parse", ...args, join(dir, "doc.txt")]).stdout).directives[0].bodies.map((b: { name: string }) => b.name);
    expect(bodies([])).toEqual(["Sở Y tế"]);
    expect(bodies(["-g", join(dir, "vien.yaml")])).toEqual(["Viện Pasteur Nha Trang", "Sở Y tế"]);
  });

  it("a bad grammar file is one line naming the file and the entry, exit 2", () => {
    const r = vanban(["parse", "-g", join(dir, "bad.yaml"), join(dir, "doc.txt")]);
    expectUsageError(r, /bad\.yaml: heads\.0\.kind \(Viện\)/);
  });

  it("a missing grammar file is a usage error", () => {
    expectUsageError(vanban(["parse", "-g", join(dir, "nope.yaml"), join(dir, "doc.txt")]), /nope\.yaml: no such file/);
  });
});
