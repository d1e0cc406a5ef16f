/** Every lint rule, in the order of README's rule table. */
import { blankDate } from "./blank-date.js";
import { blankNumber } from "./blank-number.js";
import { citationAfterDocument } from "./citation-after-document.js";
import { confusableCharacter } from "./confusable-character.js";
import { dateFormat } from "./date-format.js";
import { dateInFuture } from "./date-in-future.js";
import { encodingLossy } from "./encoding-lossy.js";
import { encodingSuspect } from "./encoding-suspect.js";
import { impossibleDate } from "./impossible-date.js";
import { malformedCitation } from "./malformed-citation.js";
import { missingArchiveCopy } from "./missing-archive-copy.js";
import { missingDate } from "./missing-date.js";
import { missingIssuer } from "./missing-issuer.js";
import { missingNumber } from "./missing-number.js";
import { missingRecipients } from "./missing-recipients.js";
import { missingSignature } from "./missing-signature.js";
import { missingTitle } from "./missing-title.js";
import { notADirective } from "./not-a-directive.js";
import { mottoMismatch } from "./motto-mismatch.js";
import { numberFormat } from "./number-format.js";
import { numberTypeMismatch } from "./number-type-mismatch.js";
import { numberingDuplicate } from "./numbering-duplicate.js";
import { numberingGap } from "./numbering-gap.js";
import { unknownTypeCode } from "./unknown-type-code.js";
import type { Rule } from "./types.js";

export type { Finding, Level, Rule, RuleContext } from "./types.js";
export { runRules, type RuleSettings } from "./engine.js";

/** The rules, grouped: number, date, citations, header and closing, structure, characters. */
export const RULES: readonly Rule[] = [
  blankNumber, missingNumber, numberFormat, numberTypeMismatch, unknownTypeCode,
  blankDate, missingDate, impossibleDate, dateFormat, dateInFuture,
  citationAfterDocument, malformedCitation,
  missingIssuer, missingTitle, missingSignature, missingRecipients, missingArchiveCopy, mottoMismatch,
  numberingGap, numberingDuplicate,
  encodingSuspect, encodingLossy, confusableCharacter,
  notADirective,
];
