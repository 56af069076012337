// One rule for every name that other people see (a player's nickname, a class's name): the
// text must look like what it is. Characters that change how the text around them is shown
// (bidi overrides and isolates), that are invisible (zero-width characters, the BOM, Hangul
// fillers), that break lines (line and paragraph separators) or that are control codes (C0,
// DEL, C1) are refused, not silently removed: removing them would still let "admin\u200B"
// pass as "admin" in one place and not in another. What a sender cannot see is normalised
// instead: Unicode NFC, any space character becomes one ordinary space, runs of spaces
// collapse, and the ends are trimmed.
import { MAX_NAME_CHARS } from "./limits";

export const NAME_ERROR_CODES = [
  "name/not-text", // the name is not a string
  "name/empty", // nothing is left once spaces are trimmed
  "name/too-long", // more characters than allowed (counted after normalisation, per code point)
  "name/forbidden-character", // a control, format (bidi, zero-width, BOM), separator or invisible filler character
] as const;
export type NameErrorCode = (typeof NAME_ERROR_CODES)[number];

export type NameCheck = { ok: true; name: string } | { ok: false; code: NameErrorCode };

/**
 * Refused anywhere in a name:
 * - \p{Cc}: C0 controls, DEL, C1 controls (U+0080..U+009F);
 * - \p{Cf}: format characters — bidi embeddings/overrides U+202A..U+202E, isolates
 *   U+2066..U+2069, marks U+200E/U+200F/U+061C, zero-width U+200B..U+200D, word joiner U+2060,
 *   BOM U+FEFF, soft hyphen, tag characters;
 * - \p{Zl}, \p{Zp}: line and paragraph separators U+2028, U+2029;
 * - \p{Co}, \p{Cs}: private-use characters and lone surrogates (no agreed glyph);
 * - fillers that render as nothing but are letters: U+115F, U+1160, U+3164, U+FFA0, U+180E.
 */
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\u115f\u1160\u3164\uffa0\u180e]/u;
/** Every space character (U+0020, NBSP, ideographic space U+3000, …). */
const SPACES = /\p{Zs}+/gu;
/** Stacks of combining marks beyond this many on one letter are refused ("Zalgo" text). */
const MAX_MARKS_IN_A_ROW = 4;
const TOO_MANY_MARKS = new RegExp(`\\p{M}{${MAX_MARKS_IN_A_ROW + 1},}`, "u");

/**
 * Checks and normalises a name shown to others. Returns the name to store and display, or
 * the reason it is refused. `maxChars` counts code points of the normalised name.
 */
export function checkName(input: unknown, maxChars: number = MAX_NAME_CHARS): NameCheck {
  if (typeof input !== "string") return { ok: false, code: "name/not-text" };
  // Bound the work before normalising: NFC never shrinks text by more than a few times.
  if (input.length > maxChars * 8) return { ok: false, code: "name/too-long" };
  if (FORBIDDEN.test(input)) return { ok: false, code: "name/forbidden-character" };
  const name = input.normalize("NFC").replace(SPACES, " ").trim();
  if (FORBIDDEN.test(name) || TOO_MANY_MARKS.test(name)) return { ok: false, code: "name/forbidden-character" };
  if (name.length === 0) return { ok: false, code: "name/empty" };
  if ([...name].length > maxChars) return { ok: false, code: "name/too-long" };
  return { ok: true, name };
}

export function isNameErrorCode(value: unknown): value is NameErrorCode {
  return typeof value === "string" && (NAME_ERROR_CODES as readonly string[]).includes(value);
}
