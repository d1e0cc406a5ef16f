/**
 * zod schemas of a `vanban` configuration file (`vanban.config.yaml`,
 * `.yml`, `.json`, or the `"vanban"` key of a package.json):
 *
 * ```yaml
 * extends: ./base.yaml            # or a list; relative to this file
 * rules:
 *   blank-number: error           # off | warn | warning | error | info
 *   number-format: [warn, { issuer: UBND }]
 *   date-in-future: { level: error, options: { slackDays: 1 } }
 * ```
 *
 * Strict: unknown keys and unknown rule ids are errors. A rule's setting
 * takes one of three forms, chosen by its type (a string, a list, a mapping),
 * so an error names the form that was meant instead of zod's "invalid union".
 * Every message reads after `path:` (see `load.ts`), e.g. `rules.x: expected …`.
 */
import { z } from "zod";

/** A rule's level as configured: `off` disables it (`warn` in a file is read as `warning`). */
export type Level = "off" | "warning" | "error" | "info";

/** The configuration that applies to a checked file. */
export interface ResolvedConfig {
  /** The config file that applied (absolute path), or null when none (or --no-config). */
  file: string | null;
  /** Per-rule level and options; rules not mentioned are absent (the caller uses each rule's default). */
  rules: Record<string, { level?: Level; options?: Record<string, unknown> }>;
}

/** One rule's setting after validation (`warn` normalised to `warning`). */
export type RuleSetting = ResolvedConfig["rules"][string];

/** The spellings a file may use for a level. */
export const LEVEL_SPELLINGS = ["off", "warn", "warning", "error", "info"] as const;

const LEVEL_MESSAGE = "expected off, warn, warning, error or info";

/** A level as written: one of `LEVEL_SPELLINGS`, `warn` read as `warning`. */
export const LevelSchema = z
  .enum(LEVEL_SPELLINGS, { error: LEVEL_MESSAGE })
  .transform((v): Level => (v === "warn" ? "warning" : v));

/** A rule's options: a mapping of anything, passed through to the rule. */
export const OptionsSchema = z.record(z.string(), z.unknown(), { error: "expected a mapping of options" });

/** `[level]` or `[level, options]`. */
const TupleForm = z
  .array(z.unknown())
  .refine((a) => a.length === 1 || a.length === 2, "expected [level] or [level, options]")
  .transform((a, ctx): RuleSetting => {
    const out: RuleSetting = {};
    forward(LevelSchema.safeParse(a[0]), ctx, [0], (level) => (out.level = level));
    if (a.length === 2) forward(OptionsSchema.safeParse(a[1]), ctx, [1], (options) => (out.options = options));
    return out;
  });

/** `{ level, options }`, either key optional. */
const ObjectForm = strict({ level: LevelSchema.optional(), options: OptionsSchema.optional() }).transform(
  (o): RuleSetting => {
    const out: RuleSetting = {};
    if (o.level !== undefined) out.level = o.level;
    if (o.options !== undefined) out.options = o.options;
    return out;
  },
);

/** A rule's setting in any of its three forms, as `{ level?, options? }`. */
export const RuleSettingSchema = z.unknown().transform((v, ctx): RuleSetting => {
  if (typeof v === "string") return forward(LevelSchema.safeParse(v), ctx, [], (level) => ({ level })) ?? {};
  const form = Array.isArray(v) ? TupleForm : isPlainObject(v) ? ObjectForm : null;
  if (form === null) {
    ctx.addIssue({ code: "custom", message: "expected a level, [level, options] or { level, options }" });
    return {};
  }
  return forward(form.safeParse(v), ctx, [], (s) => s) ?? {};
});

/**
 * The `rules` mapping for the given known rule ids. Entries are checked in
 * file order, each id before its setting, so the first issue is the first
 * problem a reader meets.
 */
export function rulesSchema(knownRules: readonly string[]) {
  const known = new Set(knownRules);
  const list = knownRules.join(", ");
  return z.record(z.string(), z.unknown(), { error: "expected a mapping of rule ids to settings" }).transform((r, ctx) => {
    const out: ResolvedConfig["rules"] = {};
    for (const [id, value] of Object.entries(r)) {
      if (!known.has(id)) {
        ctx.addIssue({ code: "custom", path: [id], message: `unknown rule (known: ${list})` });
        continue;
      }
      forward(RuleSettingSchema.safeParse(value), ctx, [id], (s) => (out[id] = s));
    }
    return out;
  });
}

/** A whole config file (or a package.json's `"vanban"` value) for the given known rule ids. */
export function configFileSchema(knownRules: readonly string[]) {
  return strict(
    {
      extends: z
        .union([z.string().min(1), z.array(z.string().min(1))], { error: "expected a path or a list of paths" })
        .optional(),
      rules: rulesSchema(knownRules).nullish(),
    },
    "expected a mapping with extends and/or rules",
  );
}

/** A config file after validation. */
export type ConfigFile = z.output<ReturnType<typeof configFileSchema>>;

/** A strict object whose unknown keys are reported as `unknown key (expected a, b)`. */
function strict<S extends z.ZodRawShape>(shape: S, typeMessage = `expected a mapping with ${Object.keys(shape).join(" and/or ")}`) {
  const keys = Object.keys(shape).join(", ");
  return z.strictObject(shape, {
    error: (iss) => (iss.code === "unrecognized_keys" ? `unknown key (expected ${keys})` : iss.code === "invalid_type" ? typeMessage : undefined),
  });
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

type Ctx = z.core.$RefinementCtx;

/** Hands a nested result's value to `use`, or re-raises its issues under `prefix`. */
function forward<T, R>(result: z.ZodSafeParseResult<T>, ctx: Ctx, prefix: PropertyKey[], use: (v: T) => R): R | undefined {
  if (result.success) return use(result.data);
  for (const issue of result.error.issues) {
    const path = [...prefix, ...issue.path];
    // unrecognized_keys names its keys apart from its path: fold the first one in.
    if (issue.code === "unrecognized_keys" && issue.keys[0] !== undefined) path.push(issue.keys[0]);
    ctx.addIssue({ code: "custom", path, message: issue.message });
  }
  return undefined;
}
