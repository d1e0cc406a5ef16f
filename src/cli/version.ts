/** The package version, set by the bundler (scripts/bundle.mjs) from package.json. */
declare const __VANBAN_VERSION__: string | undefined;

/** vanban's version (`0.0.0-dev` when run unbundled). */
export const VERSION = typeof __VANBAN_VERSION__ === "string" ? __VANBAN_VERSION__ : "0.0.0-dev";
