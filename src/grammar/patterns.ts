/**
 * The grammar's regular expressions, composed eyecite-style from small named
 * fragments in XRegExp free-spacing mode. Each fragment says which false
 * positive it avoids. Every pattern runs in linear time: no quantifier is
 * nested over characters its inner part can also match.
 *
 * Compiled at build time (scripts/compile-grammars.ts) to native sources.
 */
import XRegExp from "xregexp";
import type { GrammarData } from "./load.js";

/** A compiled pattern: native source, flags and the names of its groups. */
export interface CompiledPattern {
  source: string;
  flags: string;
  names: (string | null)[];
}

// Keep Unicode property escapes native (every pattern has the `u` flag):
// XRegExp would expand \p{Lu} into a class of ~1,000 characters, which V8
// then spends milliseconds compiling on the first parse.
XRegExp.addToken(/\\p\{(?:Lu|Ll|L|N|M)\}/, (m) => m[0] as string, { scope: "all", leadChar: "\\" });

const esc = (s: string): string => XRegExp.escape(s).replace(/ /g, "\\s+");

/** Fragments shared by the patterns below. */
const fragments = {
  // Not glued to a preceding word, number or separator: keeps "24/24 giờ",
  // the tail of "COVID-19" and phone numbers from starting an id.
  notAfterToken: XRegExp(String.raw`(?<![\p{L}\p{N}/.-])`, "xu"),
  // A sequence number: 1-5 digits; 6+ digits are phone or account numbers.
  seq: XRegExp(String.raw`\d{1,5} (?!\d)`, "xu"),
  // A four-digit year inside a normative number (23/2021/QĐ-TTg).
  year: XRegExp(String.raw`(?:19|20)\d{2} (?!\d)`, "xu"),
  // One part of a symbol: starts with a capital, so dates ("24/8/2021") and
  // ranges ("2021 - 2022") never look like symbols.
  part: XRegExp(String.raw`\p{Lu} [\p{L}\p{N}]{0,11}`, "xu"),
  // The end of a token: a symbol does not run into a following word.
  tokenEnd: XRegExp(String.raw`(?![\p{L}\p{N}])`, "xu"),
};

/** Builds all patterns for the grammar data. */
export function compilePatterns(data: GrammarData): Record<string, CompiledPattern> {
  const out: Record<string, CompiledPattern> = {};
  const put = (name: string, re: RegExp): void => {
    const names = ((re as unknown as { xregexp?: { captureNames?: (string | null)[] } }).xregexp?.captureNames ?? []).slice();
    out[name] = { source: re.source, flags: re.flags, names };
  };

  // A full document id: "309/TB-VPCP", "23/2021/QĐ-TTg", "30-KL/TU", "1102 / CĐ-TTg".
  put(
    "citationId",
    XRegExp.build(
      String.raw`
        {{notAfterToken}}
        (?<seq> {{seq}} )
        (?: \s? / \s? (?<year> {{year}} ) )?     # the year of a normative number
        \s? (?<sep> [/-] ) \s?                    # state "/" or Party "-"
        (?<symbol> {{part}} (?: [-/] {{part}} )+   # at least two parts: "TB-VPCP", "KL/TU"
                 | (?:UBTV)?QH\d{2} )              # or a law's term alone: "80/2015/QH13"
        {{tokenEnd}}`,
      fragments,
      "xu",
    ),
  );

  // A type word as written before a number ("Chỉ thị", "Công điện", "NQ").
  const words = new Set<string>();
  for (const t of data.types) {
    words.add(t.name);
    for (const a of t.aliases) words.add(a);
  }
  const codes = new Set<string>();
  for (const r of data.registry) codes.add(r.type);
  const typeWords = [...words].sort((a, b) => b.length - a.length).map(esc).join("|");
  const codeWords = [...codes].sort((a, b) => b.length - a.length).map(esc).join("|");

  // The type word right before an id: "Chỉ thị số 15/CT-TTg", "các Nghị quyết số".
  put(
    "typeBefore",
    XRegExp(
      String.raw`(?<![\p{L}]) (?<type> ${typeWords} ) \s+ (?: số \s* :? \s* )? $`,
      "xu", // case matters: "pháp luật số 80/2015/QH13" is not "Luật số …"
    ),
  );

  // A short reference: "Chỉ thị 16", "Chỉ thị 15/16", "NQ 68", "CĐ 1102".
  // The number must not continue into a symbol ("16/CT-TTg" is a full id)
  // nor be a date ("Chỉ thị ngày 16/8"); "Tổ Công tác số 5081" has no type word.
  put(
    "shortRef",
    XRegExp.build(
      String.raw`
        (?<![\p{L}])
        (?: (?<type> ${typeWords} ) | (?<code> ${codeWords} ) )
        \s+ (?: số \s+ )?
        (?<seqs> {{seq}} (?: / {{seq}} ){0,4} )
        (?! \s? [/-] \s? \p{Lu} )                # not the start of a full id
        (?! [/.-] \d )                            # not a date
        {{tokenEnd}}`,
      fragments,
      "xu",
    ),
  );

  // A law cited by its name and year, no number written: "Luật Phòng, chống
  // bệnh truyền nhiễm năm 2007", "Luật Tổ chức chính quyền địa phương ngày 19
  // tháng 6 năm 2015", "Hiến pháp năm 2013". The name opens with a capital, so
  // "theo quy định của pháp luật" and "Luật số 03/2007/QH12" (an id) do not match.
  put(
    "namedLaw",
    XRegExp(
      String.raw`
        (?<![\p{L}])
        (?<type> Bộ \s luật | Luật | Hiến \s pháp | Pháp \s lệnh )
        (?: \s+ (?<name> \p{Lu} \p{L}* (?: ,? \s+ \p{L}+ ){0,14}? ) )?   # the shortest name before the date
        \s+ (?: năm \s+ (?<y> (?:19|20)\d{2} )
             | ngày \s+ (?<d> \d{1,2} ) \s+ tháng \s+ (?<m> \d{1,2} ) \s+ năm \s+ (?<y2> (?:19|20)\d{2} ) )
        (?!\d)`,
      "xu",
    ),
  );

  // A date written beside a citation or in text.
  put(
    "dateNear",
    XRegExp(
      String.raw`
        ^ [\s,]* (?: ngày \s* )?
        (?: (?<d> \d{1,2}) \s? [/.-] \s? (?<m> \d{1,2}) \s? [/.-] \s? (?<y> \d{4})
          | (?<d2> \d{1,2}) \s+ tháng \s+ (?<m2> \d{1,2}) \s+ năm \s+ (?<y2> \d{4}) )
        (?!\d)`,
      "xui",
    ),
  );

  // "ngày 27-2021": a day and a year with the month missing (never guessed).
  put(
    "malformedDate",
    XRegExp(
      String.raw`
        (?<![\p{L}]) ngày \s+
        (?<d> \d{1,2}) \s? [/-] \s? (?<y> (?:19|20)\d{2})   # day-year, month missing
        (?! \s? [/-] \s? \d )`,
      "xui",
    ),
  );

  // The number line: "Số 283-TB/TU", "Số: 15/2021/QĐ-UBND", "Số: /UBND-KGVX".
  put(
    "numberLine",
    XRegExp.build(
      String.raw`
        ^ Số \s* :? \s*
        (?<seq> {{seq}} )?
        (?: \s? / \s? (?<year> {{year}} ) )?
        \s? (?<sep> [/-] ) \s?
        (?<symbol> {{part}} (?: \s? [-/] \s? {{part}} )* )
        \s* $`,
      fragments,
      "xu",
    ),
  );

  // The place and date line: "Kon Tum, ngày 27 tháng 8 năm 2021", blanks allowed.
  put(
    "dateLine",
    XRegExp(
      String.raw`
        ^ (?<place> \p{Lu} [\p{L}'’.]* (?: [\s-] [\p{L}'’.]+ ){0,5} ) \s* , \s*
        ngày \s*
        (?: (?<d> \d{1,2} )? \s* tháng \s* (?<m> \d{1,2} )? \s* năm \s* (?<y> \d{4} )?   # ngày 27 tháng 8 năm 2021, blanks allowed
          | (?<d2> \d{1,2} ) \s? [/.-] \s? (?<m2> \d{1,2} ) \s? [/.-] \s? (?<y2> \d{4} ) ) # ngày 27/8/2021
        \s* \.? $`,
      "xu",
    ),
  );

  // A news publication line: "02/08/2021 11:40".
  put(
    "pubLine",
    XRegExp(
      String.raw`^ (?:[\p{L}\s,:]{0,24})? (?<d> \d{1,2}) / (?<m> \d{1,2}) / (?<y> \d{4}) (?: \s* [-|,]? \s* \d{1,2} : \d{2} (?: :\d{2})? )? (?:\s*\(?GMT[+\d:]*\)?)? $`,
      "xu",
    ),
  );
  return out;
}
