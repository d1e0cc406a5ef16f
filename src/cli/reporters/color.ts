/**
 * Terminal colour: when to use it, and the few ANSI styles the reporters need.
 */

/** Whether to colour output for a stream: FORCE_COLOR (non-empty and not "0") forces on, NO_COLOR (non-empty) forces off, else the stream's isTTY. Following no-color.org and force-color.org, FORCE_COLOR wins over NO_COLOR; like Node and supports-color, FORCE_COLOR "0" or "false" forces colour off. */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return stream.isTTY === true;
}

/** A style: wraps text in its escape codes, or returns it untouched when colour is off. */
export type Style = (text: string) => string;

/** The styles the reporters use. */
export interface Styles {
  red: Style;
  yellow: Style;
  dim: Style;
  bold: Style;
  underline: Style;
}

/** The styles, as ANSI SGR codes when `enabled`, else identity functions. */
export function styles(enabled: boolean): Styles {
  const sgr =
    (open: number, close: number): Style =>
    (text) =>
      enabled && text !== "" ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    dim: sgr(2, 22),
    bold: sgr(1, 22),
    underline: sgr(4, 24),
  };
}
