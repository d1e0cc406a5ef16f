/**
 * The configuration loader (src/config): the upward search for the nearest
 * config, extends, the rule forms and levels, one-line ConfigErrors, the
 * per-directory cache and `--print-config`'s text. Every case runs in its own
 * temp directory, with process.cwd() pointed at it so messages show short paths.
 */
import * as fs from "node:fs";
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { ConfigError, configResolver, loadConfigFile, printConfig } from "../src/config/load.js";
import type { ResolvedConfig } from "../src/config/schema.js";

// Wrapped (still the real functions) so the cache tests can count reads and stats.
vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  return { ...actual, readFileSync: vi.fn(actual.readFileSync), statSync: vi.fn(actual.statSync) };
});

const KNOWN = ["blank-number", "blank-date", "missing-archive-copy", "number-format", "date-in-future"] as const;
const FIXTURE = join(import.meta.dirname, "fixtures", "config", "project");

const roots: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** A fresh temp directory holding `files` (path → text), made the working directory. */
function tree(files: Record<string, string> = {}): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), "vanban-config-")));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  vi.spyOn(process, "cwd").mockReturnValue(root);
  return root;
}

/** The config for a document at `file` (relative to `root`). */
function configFor(root: string, file: string, opts: { explicit?: string; none?: boolean } = {}): ResolvedConfig {
  return configResolver({ knownRules: KNOWN, ...opts })(join(root, file));
}

/** The message of the ConfigError `fn` throws. */
function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).name).toBe("ConfigError");
    return (err as Error).message;
  }
  throw new Error("expected a ConfigError");
}

/** A rule setting as written in YAML, loaded from `vanban.config.yaml` (the `rules` of the result). */
function rulesOf(yaml: string): ResolvedConfig["rules"] {
  const root = tree({ "vanban.config.yaml": yaml });
  return loadConfigFile(join(root, "vanban.config.yaml"), KNOWN).rules;
}

const PKG_WITH = JSON.stringify({ name: "x", vanban: { rules: { "blank-date": "info" } } });
const PKG_WITHOUT = JSON.stringify({ name: "x" });

describe("search", () => {
  it.each([
    ["yaml beats yml, json and package.json", { "d/vanban.config.yaml": "", "d/vanban.config.yml": "", "d/vanban.config.json": "{}", "d/package.json": PKG_WITH }, "d/vanban.config.yaml"],
    ["yml beats json and package.json", { "d/vanban.config.yml": "", "d/vanban.config.json": "{}", "d/package.json": PKG_WITH }, "d/vanban.config.yml"],
    ["json beats package.json", { "d/vanban.config.json": "{}", "d/package.json": PKG_WITH }, "d/vanban.config.json"],
    ["a package.json with a vanban key is a config", { "d/package.json": PKG_WITH }, "d/package.json"],
    ["a package.json without the key is passed over, the search goes on up", { "d/package.json": PKG_WITHOUT, "vanban.config.yml": "" }, "vanban.config.yml"],
    ["the nearest directory wins over its parents", { "d/vanban.config.json": "{}", "vanban.config.yaml": "" }, "d/vanban.config.json"],
    ["a parent's config applies to files below it", { "vanban.config.yaml": "" }, "vanban.config.yaml"],
    ["a directory named like a config is not one", { "d/vanban.config.yaml/x": "", "vanban.config.yml": "" }, "vanban.config.yml"],
  ])("%s", (_why, files, winner) => {
    const root = tree(files);
    expect(configFor(root, "d/e/doc.txt").file).toBe(join(root, winner));
  });

  it("no config anywhere up to the root gives file null and no rules (tmp and / hold none)", () => {
    const root = tree({ "d/package.json": PKG_WITHOUT });
    expect(configFor(root, "d/doc.txt")).toEqual({ file: null, rules: {} });
  });

  it("nearest wins without merging: the parent's rules do not leak into the child's", () => {
    const root = tree({
      "vanban.config.yaml": "rules: { blank-number: error, blank-date: off }",
      "sub/vanban.config.yaml": "rules: { blank-date: info }",
    });
    expect(configFor(root, "sub/doc.txt").rules).toEqual({ "blank-date": { level: "info" } });
    expect(configFor(root, "doc.txt").rules).toEqual({ "blank-number": { level: "error" }, "blank-date": { level: "off" } });
  });

  it("the fixture project: extends, package.json with and without the key, json config", () => {
    const root = tree();
    cpSync(FIXTURE, root, { recursive: true });
    const resolver = configResolver({ knownRules: KNOWN });
    expect(resolver(join(root, "doc.txt"))).toEqual({
      file: join(root, "vanban.config.yaml"),
      rules: {
        "blank-number": { level: "error" },
        "blank-date": { level: "info" },
        "date-in-future": { level: "error", options: { slackDays: 1 } },
        "number-format": { level: "warning", options: { issuer: "UBND" } },
      },
    });
    const reports = { file: join(root, "reports", "package.json"), rules: { "missing-archive-copy": { level: "off" } } };
    expect(resolver(join(root, "reports", "a.txt"))).toEqual(reports);
    expect(resolver(join(root, "reports", "nokey", "a.txt"))).toEqual(reports);
    expect(resolver(join(root, "reports", "2021", "a.txt"))).toEqual({
      file: join(root, "reports", "2021", "vanban.config.json"),
      rules: {
        "blank-number": { level: "warning" },
        "blank-date": { level: "info" },
        "date-in-future": { level: "off", options: { slackDays: 1 } },
      },
    });
  });
});

describe("rule forms and levels", () => {
  it.each([
    ["off disables", "off", { level: "off" }],
    ["warn is normalised to warning", "warn", { level: "warning" }],
    ["warning is accepted as is", "warning", { level: "warning" }],
    ["error", "error", { level: "error" }],
    ["info", "info", { level: "info" }],
    ["[level] alone", "[warn]", { level: "warning" }],
    ["[level, options]: options passed through untouched", "[error, { issuer: UBND, list: [1, 2], deep: { a: null } }]", { level: "error", options: { issuer: "UBND", list: [1, 2], deep: { a: null } } }],
    ["object form with both keys", "{ level: warn, options: { slackDays: 1 } }", { level: "warning", options: { slackDays: 1 } }],
    ["object form with options only keeps the rule's default level", "{ options: { slackDays: 2 } }", { options: { slackDays: 2 } }],
    ["object form with level only", "{ level: info }", { level: "info" }],
    ["empty options are kept (they say 'no options')", "[warn, {}]", { level: "warning", options: {} }],
  ])("%s", (_why, setting, expected) => {
    expect(rulesOf(`rules:\n  date-in-future: ${setting}\n`)).toEqual({ "date-in-future": expected });
  });

  it.each([
    ["an empty file is an empty config", ""],
    ["a comment-only file is an empty config", "# nothing yet\n"],
    ["rules: with nothing under it is no rules", "rules:\n"],
  ])("%s", (_why, yaml) => {
    expect(rulesOf(yaml)).toEqual({});
  });

  it("the resolved config is frozen: it is shared by every file it applies to", () => {
    const rules = rulesOf("rules: { number-format: [warn, { issuer: UBND }] }");
    expect(Object.isFrozen(rules)).toBe(true);
    expect(Object.isFrozen(rules["number-format"]!.options)).toBe(true);
  });
});

describe("extends", () => {
  it.each([
    ["a string path, relative to the extending file", { "cfg/base.yaml": "rules: { blank-date: info }", "vanban.config.yaml": "extends: ./cfg/base.yaml" }, { "blank-date": { level: "info" } }],
    ["a path up and across directories", { "shared/base.yaml": "rules: { blank-date: info }", "proj/vanban.config.yaml": "extends: ../shared/base.yaml" }, { "blank-date": { level: "info" } }],
    ["a list: later entries override earlier ones, the file overrides all", {
      "a.yaml": "rules: { blank-date: info, blank-number: info, number-format: info }",
      "b.yaml": "rules: { blank-number: warn, number-format: warn }",
      "vanban.config.yaml": "extends: [./a.yaml, ./b.yaml]\nrules: { number-format: error }",
    }, { "blank-date": { level: "info" }, "blank-number": { level: "warning" }, "number-format": { level: "error" } }],
    ["a level alone keeps the base's options", {
      "base.yaml": "rules: { number-format: [warn, { issuer: UBND }] }",
      "vanban.config.yaml": "extends: base.yaml\nrules: { number-format: error }",
    }, { "number-format": { level: "error", options: { issuer: "UBND" } } }],
    ["options replace the base's options whole (no deep merge)", {
      "base.yaml": "rules: { number-format: [warn, { issuer: UBND, strict: true }] }",
      "vanban.config.yaml": "extends: base.yaml\nrules: { number-format: { options: { issuer: HĐND } } }",
    }, { "number-format": { level: "warning", options: { issuer: "HĐND" } } }],
    ["chains: a base may extend another", {
      "c.yaml": "rules: { blank-date: off, blank-number: off }",
      "b.yaml": "extends: ./c.yaml\nrules: { blank-date: info }",
      "vanban.config.yaml": "extends: ./b.yaml",
    }, { "blank-date": { level: "info" }, "blank-number": { level: "off" } }],
    ["a diamond (two bases sharing one) is not a cycle", {
      "d.yaml": "rules: { blank-date: off }",
      "b.yaml": "extends: d.yaml",
      "c.yaml": "extends: d.yaml",
      "vanban.config.yaml": "extends: [b.yaml, c.yaml]",
    }, { "blank-date": { level: "off" } }],
    ["a JSON base", { "base.json": '{ "rules": { "blank-date": "warn" } }', "vanban.config.yaml": "extends: ./base.json" }, { "blank-date": { level: "warning" } }],
    ["a package.json base uses its vanban key", { "p/package.json": PKG_WITH, "vanban.config.yaml": "extends: ./p/package.json" }, { "blank-date": { level: "info" } }],
  ])("%s", (_why, files, rules) => {
    const root = tree(files);
    const top = Object.keys(files).at(-1)!;
    const config = loadConfigFile(join(root, top), KNOWN);
    expect(config).toEqual({ file: join(root, top), rules });
  });
});

describe("errors: one line naming the file and the key", () => {
  const many = KNOWN.join(", ");
  it.each([
    ["a misspelt rule id", "rules:\n  blank-numbr: error\n", `vanban.config.yaml: rules.blank-numbr: unknown rule (known: ${many})`],
    ["a bad level", "rules:\n  blank-number: eror\n", "vanban.config.yaml: rules.blank-number: expected off, warn, warning, error or info"],
    ["levels are case-sensitive", "rules:\n  blank-number: Error\n", "vanban.config.yaml: rules.blank-number: expected off, warn, warning, error or info"],
    ["a bad level in the array form names the index", "rules:\n  blank-number: [eror, {}]\n", "vanban.config.yaml: rules.blank-number[0]: expected off, warn, warning, error or info"],
    ["a bad level in the object form", "rules:\n  blank-number: { level: 2 }\n", "vanban.config.yaml: rules.blank-number.level: expected off, warn, warning, error or info"],
    ["options that are not a mapping", "rules:\n  number-format: [warn, UBND]\n", "vanban.config.yaml: rules.number-format[1]: expected a mapping of options"],
    ["options as a list", "rules:\n  number-format: { options: [1] }\n", "vanban.config.yaml: rules.number-format.options: expected a mapping of options"],
    ["an array too long", "rules:\n  number-format: [warn, {}, {}]\n", "vanban.config.yaml: rules.number-format: expected [level] or [level, options]"],
    ["an empty array", "rules:\n  number-format: []\n", "vanban.config.yaml: rules.number-format: expected [level] or [level, options]"],
    ["a setting of the wrong type", "rules:\n  number-format: 2\n", "vanban.config.yaml: rules.number-format: expected a level, [level, options] or { level, options }"],
    ["a rule set to nothing", "rules:\n  number-format:\n", "vanban.config.yaml: rules.number-format: expected a level, [level, options] or { level, options }"],
    ["an unknown key in the object form", "rules:\n  number-format: { level: warn, option: {} }\n", "vanban.config.yaml: rules.number-format.option: unknown key (expected level, options)"],
    ["an unknown top-level key", "rule:\n  blank-number: error\n", "vanban.config.yaml: rule: unknown key (expected extends, rules)"],
    ["rules as a list", "rules: [blank-number]\n", "vanban.config.yaml: rules: expected a mapping of rule ids to settings"],
    ["extends not a path", "extends: 3\n", "vanban.config.yaml: extends: expected a path or a list of paths"],
    ["a file that is not a mapping", "- blank-number\n", "vanban.config.yaml: expected a mapping with extends and/or rules"],
    ["the first problem in file order is reported", "rules:\n  blank-date: nope\n  blank-numbr: error\n", "vanban.config.yaml: rules.blank-date: expected off, warn, warning, error or info"],
    ["invalid YAML gives the line", "rules:\n  blank-number: error\n blank-date: off\n", "vanban.config.yaml: invalid YAML at line 3: All mapping items must start at the same column"],
    ["a duplicate key is invalid YAML", "rules:\n  blank-number: error\n  blank-number: off\n", "vanban.config.yaml: invalid YAML at line 3: Map keys must be unique"],
  ])("%s", (_why, yaml, message) => {
    const root = tree({ "vanban.config.yaml": yaml });
    expect(errorOf(() => loadConfigFile(join(root, "vanban.config.yaml"), KNOWN))).toBe(message);
  });

  it.each([
    ["invalid JSON gives the line", "vanban.config.json", '{\n  "rules": {\n    "blank-number": "error",\n  }\n}\n', "vanban.config.json: invalid JSON at line 4: Expected double-quoted property name"],
    ["truncated JSON gives the last line", "vanban.config.json", '{\n  "rules":\n', "vanban.config.json: invalid JSON at line 3: Unexpected end"],
    ["a stray token: V8 gives no position, the line is found", "vanban.config.json", '{\n  "extends": "x:y",\n  "rules": x\n}\n', "vanban.config.json: invalid JSON at line 3: Unexpected token 'x'"],
    ["a package.json error names the vanban key", "package.json", JSON.stringify({ vanban: { rules: { "blank-numbr": "off" } } }), `package.json: vanban.rules.blank-numbr: unknown rule (known: ${many})`],
    ["a broken package.json on the way up is an error, not skipped", "package.json", "{ name: x }", "package.json: invalid JSON at line 1: Expected property name or '}'"],
  ])("%s", (_why, name, text, message) => {
    const root = tree({ [`d/${name}`]: text });
    vi.spyOn(process, "cwd").mockReturnValue(join(root, "d"));
    expect(errorOf(() => configFor(root, "d/doc.txt"))).toBe(message);
  });

  it.each([
    ["a missing base", { "vanban.config.yaml": "extends: ./base.yaml" }, "vanban.config.yaml: extends ./base.yaml: no such file"],
    ["a missing base in a list", { "a.yaml": "", "vanban.config.yaml": "extends: [./a.yaml, ./nope/b.yml]" }, "vanban.config.yaml: extends ./nope/b.yml: no such file"],
    ["a base that is a directory", { "base/x": "", "vanban.config.yaml": "extends: ./base" }, "vanban.config.yaml: extends ./base: not a file"],
    ["a cycle of two", { "b.yaml": "extends: ./vanban.config.yaml", "vanban.config.yaml": "extends: ./b.yaml" }, "b.yaml: extends cycle: vanban.config.yaml → b.yaml → vanban.config.yaml"],
    ["a file extending itself", { "vanban.config.yaml": "extends: vanban.config.yaml" }, "vanban.config.yaml: extends cycle: vanban.config.yaml → vanban.config.yaml"],
    ["an error in a base names the base", { "cfg/base.yaml": "rules: { blank-numbr: off }", "vanban.config.yaml": "extends: cfg/base.yaml" }, `cfg/base.yaml: rules.blank-numbr: unknown rule (known: ${many})`],
    ["a package.json base without the key", { "p/package.json": PKG_WITHOUT, "vanban.config.yaml": "extends: p/package.json" }, 'p/package.json: no "vanban" key'],
  ])("%s", (_why, files, message) => {
    const root = tree(files);
    expect(errorOf(() => configFor(root, "doc.txt"))).toBe(message);
  });

  it("paths outside the working directory are shown absolute", () => {
    const root = tree({ "vanban.config.yaml": "rules: { x: off }" });
    vi.spyOn(process, "cwd").mockReturnValue(join(root, "elsewhere"));
    expect(errorOf(() => configFor(root, "doc.txt"))).toBe(`${join(root, "vanban.config.yaml")}: rules.x: unknown rule (known: ${many})`);
  });
});

describe("explicit file and none", () => {
  it("--config applies one file to every checked file, nearer configs ignored", () => {
    const root = tree({ "my.yaml": "rules: { blank-date: off }", "a/vanban.config.yaml": "rules: { blank-date: error }" });
    const resolve = configResolver({ knownRules: KNOWN, explicit: "my.yaml" });
    const expected = { file: join(root, "my.yaml"), rules: { "blank-date": { level: "off" } } };
    expect(resolve(join(root, "a", "doc.txt"))).toEqual(expected);
    expect(resolve("/somewhere/else.txt")).toEqual(expected);
  });

  it("--config FILE is read as JSON when it ends in .json and as the vanban key of a package.json", () => {
    const root = tree({ "c.json": '{ "rules": { "blank-date": "warn" } }', "package.json": PKG_WITH });
    expect(configFor(root, "doc.txt", { explicit: "c.json" }).rules).toEqual({ "blank-date": { level: "warning" } });
    expect(configFor(root, "doc.txt", { explicit: join(root, "package.json") }).rules).toEqual({ "blank-date": { level: "info" } });
  });

  it("a missing --config file fails when the resolver is made, before any file is checked", () => {
    tree();
    expect(errorOf(() => configResolver({ knownRules: KNOWN, explicit: "nope.yaml" }))).toBe("nope.yaml: no such file");
  });

  it("--no-config: no file at all, even with one present (and it wins over --config)", () => {
    const root = tree({ "vanban.config.yaml": "rules: { blank-date: off }" });
    expect(configFor(root, "doc.txt", { none: true })).toEqual({ file: null, rules: {} });
    expect(configFor(root, "doc.txt", { none: true, explicit: "nope.yaml" })).toEqual({ file: null, rules: {} });
  });
});

describe("cache", () => {
  const reads = vi.mocked(fs.readFileSync);
  const stats = vi.mocked(fs.statSync);
  const under = (root: string, calls: unknown[][]) => calls.filter((c) => String(c[0]).startsWith(root)).map((c) => String(c[0]).slice(root.length + 1));

  it("a batch of 3000 files reads each config once and probes each directory once", () => {
    const root = tree({
      "base.yaml": "rules: { blank-date: off }",
      "a/vanban.config.yaml": "extends: ../base.yaml",
      "b/package.json": PKG_WITHOUT,
      "vanban.config.yml": "extends: ./base.yaml",
    });
    reads.mockClear();
    stats.mockClear();
    const resolve = configResolver({ knownRules: KNOWN });
    for (let i = 0; i < 1000; i++) {
      for (const dir of ["a", "b/c", "d"]) expect(resolve(join(root, dir, `doc-${i}.txt`)).rules).toEqual({ "blank-date": { level: "off" } });
    }
    expect(under(root, reads.mock.calls).sort()).toEqual(["a/vanban.config.yaml", "b/package.json", "base.yaml", "vanban.config.yml"]);
    // 4 names in each of a, b/c, b and d (nothing there), 2 at the root (yaml, then yml found), plus each extends target once.
    expect(under(root, stats.mock.calls).length).toBeLessThanOrEqual(4 * 4 + 2 + 2 * 2);
  });

  it("a bad config is read once and throws the same error for every file under it", () => {
    const root = tree({ "vanban.config.yaml": "rules: { blank-numbr: off }" });
    reads.mockClear();
    const resolve = configResolver({ knownRules: KNOWN });
    const first = errorOf(() => resolve(join(root, "x", "1.txt")));
    for (let i = 0; i < 100; i++) expect(errorOf(() => resolve(join(root, "x", `${i}.txt`)))).toBe(first);
    expect(under(root, reads.mock.calls)).toEqual(["vanban.config.yaml"]);
  });
});

describe("printConfig", () => {
  const DEFAULTS = KNOWN.map((id) => ({ id, severity: id === "blank-date" ? ("info" as const) : ("warning" as const) }));

  it("lists every known rule in the caller's order with its effective level and options", () => {
    const root = tree({ "vanban.config.yaml": "rules:\n  number-format: [error, { issuer: UBND }]\n  blank-number: off\n  date-in-future: { options: { slackDays: 1 } }\n" });
    const config = loadConfigFile(join(root, "vanban.config.yaml"), KNOWN);
    expect(printConfig(config, DEFAULTS)).toBe(
      [
        "file: vanban.config.yaml",
        "rules:",
        "  blank-number:",
        "    level: off",
        "    options: {}",
        "  blank-date:",
        "    level: info",
        "    options: {}",
        "  missing-archive-copy:",
        "    level: warning",
        "    options: {}",
        "  number-format:",
        "    level: error",
        "    options:",
        "      issuer: UBND",
        "  date-in-future:",
        "    level: warning",
        "    options:",
        "      slackDays: 1",
        "",
      ].join("\n"),
    );
  });

  it("without a config: file null and every default", () => {
    expect(printConfig({ file: null, rules: {} }, DEFAULTS.slice(0, 1))).toBe("file: null\nrules:\n  blank-number:\n    level: warning\n    options: {}\n");
  });
});
