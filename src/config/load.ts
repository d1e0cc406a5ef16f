/**
 * Finds, reads and validates `vanban` configuration files (eslint-style).
 *
 * For each checked file, the directories from its own up to the filesystem
 * root are searched; the nearest one holding a config wins, with no merging
 * across directories. In a directory the candidates are, in order,
 * `vanban.config.yaml`, `vanban.config.yml`, `vanban.config.json`, then a
 * `package.json` with a `"vanban"` key (one without it is passed over).
 * `extends` (a path or a list, relative to the file) is merged first and the
 * file overrides it, rule by rule: a level replaces the level, options
 * replace the options (no deep merge), so `rule: error` keeps a base's options.
 *
 * Every problem is a `ConfigError` of one line that names the file (relative
 * to the working directory when inside it) and the key.
 */
import { readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, isAbsolute, relative, resolve, sep } from "node:path";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { configFileSchema, type ConfigFile, type Level, type ResolvedConfig } from "./schema.js";

/** A config file that cannot be read or does not match the schema; the message is one line. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** How to find the configuration for the files of one run. */
export interface ConfigOptions {
  /** Known rule ids (to reject typos). */
  knownRules: readonly string[];
  /** --config FILE: use this file for every checked file (no upward search). */
  explicit?: string | null;
  /** --no-config: no file at all. */
  none?: boolean;
}

/** The names looked for in each directory, in order. */
export const CONFIG_NAMES = ["vanban.config.yaml", "vanban.config.yml", "vanban.config.json", "package.json"] as const;

/** Loads and validates one config file (following extends); throws ConfigError. */
export function loadConfigFile(path: string, knownRules: readonly string[]): ResolvedConfig {
  return new Loader(knownRules).load(resolve(path));
}

/**
 * A resolver that finds the config for each checked file, caching per directory (a batch of thousands of files must not re-read configs).
 *
 * With `none`, every file gets `{ file: null, rules: {} }`. With `explicit`,
 * that file is loaded at once (a bad one throws here, before any file is
 * checked) and applies to every file. Otherwise each directory is searched
 * once and each config file read once; a file with errors throws the same
 * ConfigError for every checked file under it. `none` wins over `explicit`.
 */
export function configResolver(opts: ConfigOptions): (filePath: string) => ResolvedConfig {
  if (opts.none) return () => NO_CONFIG;
  const loader = new Loader(opts.knownRules);
  if (opts.explicit != null) {
    const config = loader.load(resolve(opts.explicit));
    return () => config;
  }
  const byDir = new Map<string, ResolvedConfig | ConfigError>();
  return (filePath) => {
    const visited: string[] = [];
    let dir = dirname(resolve(filePath));
    let result = byDir.get(dir);
    for (; result === undefined; result = byDir.get(dir)) {
      visited.push(dir);
      const found = loader.findIn(dir);
      const up = dirname(dir);
      if (found !== null || up === dir) {
        result = found ?? NO_CONFIG;
        break;
      }
      dir = up;
    }
    for (const dir of visited) byDir.set(dir, result);
    if (result instanceof ConfigError) throw result;
    return result;
  };
}

/** The config as `--print-config FILE` prints it: YAML text of { file, rules } with every known rule listed and its effective level (defaults given by the caller) and options. */
export function printConfig(config: ResolvedConfig, defaults: readonly { id: string; severity: Level }[]): string {
  const rules: Record<string, { level?: Level; options: Record<string, unknown> }> = {};
  for (const { id, severity } of defaults) {
    const set = config.rules[id];
    rules[id] = { level: set?.level ?? severity, options: set?.options ?? {} };
  }
  // A configured rule the caller gave no default for: shown as configured.
  for (const [id, set] of Object.entries(config.rules)) {
    if (!(id in rules)) rules[id] = { ...(set.level && { level: set.level }), options: set.options ?? {} };
  }
  return stringifyYaml({ file: config.file === null ? null : displayPath(config.file), rules });
}

/** `path` relative to the working directory when inside it, else as given (absolute). */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== "" && !rel.startsWith(".." + sep) && rel !== ".." && !isAbsolute(rel) ? rel : path;
}

const NO_CONFIG: ResolvedConfig = Object.freeze({ file: null, rules: Object.freeze({}) });

/** What a file holds: its validated content, or nothing (a package.json without `"vanban"`). */
type Parsed = ConfigFile | null;

/** Reads, validates and resolves config files, each at most once. */
class Loader {
  private readonly schema;
  /** Validated content by absolute path (a ConfigError when it failed). */
  private readonly parsed = new Map<string, Parsed | ConfigError>();
  /** Resolved configs (extends followed) by absolute path. */
  private readonly resolved = new Map<string, ResolvedConfig | ConfigError>();

  constructor(knownRules: readonly string[]) {
    this.schema = configFileSchema(knownRules);
  }

  /** The config of directory `dir`, or null when it holds none. */
  findIn(dir: string): ResolvedConfig | ConfigError | null {
    for (const name of CONFIG_NAMES) {
      const path = resolve(dir, name);
      if (kind(path) !== "file") continue;
      try {
        if (this.parse(path) === null) continue;
        return this.load(path);
      } catch (err) {
        if (err instanceof ConfigError) return err;
        throw err;
      }
    }
    return null;
  }

  /** The resolved config of the file at absolute `path`; throws ConfigError. */
  load(path: string, chain: readonly string[] = []): ResolvedConfig {
    const done = this.resolved.get(path);
    if (done instanceof ConfigError) throw done;
    if (done !== undefined) return done;
    try {
      const result = this.resolve(path, [...chain, path]);
      this.resolved.set(path, result);
      return result;
    } catch (err) {
      // Only the head of a chain caches its failure: a base's error may depend on who extends it (a cycle).
      if (err instanceof ConfigError && chain.length === 0) this.resolved.set(path, err);
      throw err;
    }
  }

  private resolve(path: string, chain: readonly string[]): ResolvedConfig {
    const data = this.parse(path);
    if (data === null) throw new ConfigError(`${displayPath(path)}: no "vanban" key`);
    const bases = data.extends === undefined ? [] : typeof data.extends === "string" ? [data.extends] : data.extends;
    let rules: ResolvedConfig["rules"] = {};
    for (const spec of bases) {
      const target = resolve(dirname(path), spec);
      if (chain.includes(target)) {
        const cycle = [...chain.slice(chain.indexOf(target)), target].map(displayPath).join(" → ");
        throw new ConfigError(`${displayPath(path)}: extends cycle: ${cycle}`);
      }
      const what = kind(target);
      if (what !== "file") throw new ConfigError(`${displayPath(path)}: extends ${spec}: ${what ? "not a file" : "no such file"}`);
      rules = mergeRules(rules, this.load(target, chain).rules);
    }
    return freeze({ file: path, rules: mergeRules(rules, data.rules ?? {}) });
  }

  /** The validated content of the file at absolute `path` (cached); throws ConfigError. */
  private parse(path: string): Parsed {
    let entry = this.parsed.get(path);
    if (entry === undefined) {
      try {
        entry = this.read(path);
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        entry = err;
      }
      this.parsed.set(path, entry);
    }
    if (entry instanceof ConfigError) throw entry;
    return entry;
  }

  private read(path: string): Parsed {
    const shown = displayPath(path);
    let text: string;
    try {
      text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "not a file" : `cannot read (${code ?? (err as Error).message})`;
      throw new ConfigError(`${shown}: ${why}`);
    }
    const isPackage = basename(path) === "package.json";
    let data = isPackage || extname(path) === ".json" ? parseJson(text, shown) : parseYamlText(text, shown);
    if (isPackage) {
      if (data === null || typeof data !== "object" || !Object.hasOwn(data, "vanban")) return null;
      data = (data as Record<string, unknown>)["vanban"];
    }
    const result = this.schema.safeParse(data ?? {});
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    const keys = [...(isPackage ? ["vanban"] : []), ...issue.path];
    if (issue.code === "unrecognized_keys" && issue.keys[0] !== undefined) keys.push(issue.keys[0]);
    const where = keyPath(keys);
    throw new ConfigError(`${shown}: ${where === "" ? "" : `${where}: `}${issue.message}`);
  }
}

/** `rules.number-format[1]` from zod's issue path. */
function keyPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const k of path) out += typeof k === "number" ? `[${k}]` : `${out === "" ? "" : "."}${String(k)}`;
  return out;
}

function parseYamlText(text: string, shown: string): unknown {
  try {
    return parseYaml(text, { logLevel: "error" });
  } catch (err) {
    const e = err as Error & { linePos?: { line: number }[] };
    const first = (e.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    const line = e.linePos?.[0]?.line;
    throw new ConfigError(`${shown}: invalid YAML${line === undefined ? "" : ` at line ${line}`}: ${first}`);
  }
}

function parseJson(text: string, shown: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message.replace(/, .*is not valid JSON$/s, "").split("\n")[0] ?? "";
    const pos = /at position (\d+)/.exec(message);
    const token = /^Unexpected token '(.)'/u.exec(message);
    const offset = pos ? Number(pos[1]) : /end of JSON input/.test(message) ? text.length : token ? strayOffset(text, token[1]!) : -1;
    const line = offset < 0 ? null : text.slice(0, offset).split("\n").length;
    const what = message.replace(/ in JSON at position \d+.*$/, "").replace(/ of JSON input$/, "");
    throw new ConfigError(`${shown}: invalid JSON${line === null ? "" : ` at line ${line}`}: ${what}`);
  }
}

/** Where V8's "Unexpected token 'c'" (no position given) is: the first `c` outside strings when `c` is never legal there, else -1. */
function strayOffset(text: string, c: string): number {
  if (/[\s{}[\],:0-9+\-.eEtruefalsn"]/.test(c)) return -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === c) return i;
  }
  return -1;
}

/** `over` on top of `base`, rule by rule: a given level or options replaces the base's. */
function mergeRules(base: ResolvedConfig["rules"], over: ResolvedConfig["rules"]): ResolvedConfig["rules"] {
  const out: ResolvedConfig["rules"] = { ...base };
  for (const [id, set] of Object.entries(over)) out[id] = { ...base[id], ...set };
  return out;
}

/** Freezes a resolved config (shared by every file it applies to) all the way down. */
function freeze(config: ResolvedConfig): ResolvedConfig {
  const deep = (v: unknown): void => {
    if (typeof v !== "object" || v === null || Object.isFrozen(v)) return;
    for (const x of Object.values(v)) deep(x);
    Object.freeze(v);
  };
  deep(config);
  return config;
}

/** What is at `path`: a file, something else, or nothing (unreadable counts as nothing). */
function kind(path: string): "file" | "other" | null {
  try {
    const st = statSync(path, { throwIfNoEntry: false });
    return st === undefined ? null : st.isFile() ? "file" : "other";
  } catch {
    return null;
  }
}
