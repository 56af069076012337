// Whether a nickname (or a class name) may be shown to the class: the one name rule of
// shared/protocol/names.ts first, then kept word lists: obscenity's English dataset (it
// sees through l33t spellings and leaves "Scunthorpe" alone) and the Chinese list of
// naughty-words (the LDNOOBW list).
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from "obscenity";
import { createRequire } from "node:module";
import { checkName } from "../../shared/protocol/names";
import type { ClassErrorCode } from "../../shared/protocol/classroom";

const chineseWords = createRequire(import.meta.url)("naughty-words/zh.json") as string[];
const english = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
// One-character entries (e.g. 乳) are words only on their own: inside a name they are
// ordinary characters of place and family names, so they refuse only a name that is just them.
const chineseSingles = new Set(chineseWords.filter((w) => [...w].length === 1));
const chinesePhrases = chineseWords.filter((w) => [...w].length > 1 && /[\u3400-\u9fff]/u.test(w));

export function isOffensive(name: string): boolean {
  // Numbers on their own are numbers ("student 455" is not l33t for a word); digits inside
  // a word still are ("sh1t").
  if (english.hasMatch(name.replace(/(?<![\p{L}])\d+(?![\p{L}])/gu, " "))) return true;
  const compact = name.replace(/\s+/gu, "");
  if (chineseSingles.has(compact)) return true;
  return chinesePhrases.some((w) => compact.includes(w));
}

export type NameVerdict = { ok: true; name: string } | { ok: false; code: ClassErrorCode; why: string };

/** The name to show, or why it is refused. */
export function checkShownName(raw: unknown, maxChars: number): NameVerdict {
  const checked = checkName(raw, maxChars);
  if (!checked.ok) return { ok: false, code: "class/name-invalid", why: checked.code };
  if (isOffensive(checked.name)) return { ok: false, code: "class/name-refused", why: "word filter" };
  return { ok: true, name: checked.name };
}

/** Two nicknames are the same for the class when they differ only in case or width. */
export function nameKey(name: string): string {
  return name.normalize("NFKC").toLocaleLowerCase("en");
}
