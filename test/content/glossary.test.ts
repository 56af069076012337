// One terminology everywhere: every text a player reads (scenarios, concept texts, the quiz,
// the client's catalogues) uses the glossary's term and none of its other names.
import { describe, expect, it } from "vitest";
import { CONCEPTS } from "../../shared/concepts";
import { CONCEPT_CONTENT } from "../../shared/content/concepts";
import { GLOSSARY, glossaryTerm } from "../../shared/content/glossary";
import { CONCEPT_BANK } from "../../shared/quiz/concept-bank";
import { generateQuiz } from "../../shared/quiz";
import { SCENARIOS } from "../../shared/scenarios";
import type { Text } from "../../shared/scenarios/types";
import matchEn from "../../client/src/i18n/locales/en/match";
import matchZh from "../../client/src/i18n/locales/zh/match";
import commonEn from "../../client/src/i18n/locales/en/common";
import commonZh from "../../client/src/i18n/locales/zh/common";
import { quizEn, quizZh } from "../../client/src/quiz/i18n";

/** Every string inside a catalogue object, with its path. */
function strings(obj: unknown, path = ""): [string, string][] {
  if (typeof obj === "string") return [[path, obj]];
  if (obj && typeof obj === "object") return Object.entries(obj).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

/** Every text a player can read, tagged with where it comes from. */
function allTexts(): { where: string; en: string; zh: string }[] {
  const out: { where: string; en: string; zh: string }[] = [];
  const add = (where: string, t: Text): void => void out.push({ where, en: t.en, zh: t.zh });
  for (const s of SCENARIOS) {
    for (const [k, t] of [
      ["title", s.title],
      ["briefing", s.briefing],
      ["debrief", s.debrief],
      ["A.task", s.A.task],
      ["B.task", s.B.task],
    ] as const)
      add(`scenario ${s.id} ${k}`, t);
  }
  for (const c of CONCEPTS) for (const [k, t] of Object.entries(CONCEPT_CONTENT[c])) add(`concept ${c} ${k}`, t);
  for (const i of CONCEPT_BANK) [i.prompt, ...i.choices, i.explanation].forEach((t, n) => add(`${i.key} #${n}`, t));
  for (let seed = 0; seed < 40; seed++) {
    for (const q of generateQuiz({ seed: `glossary-${seed}`, count: 20 }).questions) {
      [q.prompt, q.explanation, ...q.choices.map((c) => c.label)].forEach((t, n) => add(`quiz ${q.key} #${n}`, t));
    }
  }
  for (const [en, zh, name] of [
    [matchEn, matchZh, "match"],
    [commonEn, commonZh, "common"],
    [quizEn, quizZh, "quiz"],
  ] as const) {
    const zhByPath = new Map(strings(zh));
    for (const [path, text] of strings(en)) out.push({ where: `${name}:${path}`, en: text, zh: zhByPath.get(path) ?? "" });
  }
  return out;
}

describe("the glossary", () => {
  it("has one entry per term, each named and explained in both languages", () => {
    const ids = GLOSSARY.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of GLOSSARY) {
      expect(t.term.en.length, t.id).toBeGreaterThan(0);
      expect(t.term.zh.length, t.id).toBeGreaterThan(0);
      expect(t.meaning.en.length, t.id).toBeGreaterThan(10);
      expect(t.meaning.zh, t.id).toMatch(/\p{Script=Han}/u);
    }
  });

  it("does not list its own term among the variants to avoid", () => {
    for (const t of GLOSSARY) {
      for (const re of t.avoid.en) expect(re.test(t.term.en), `${t.id} ${re}`).toBe(false);
      for (const re of t.avoid.zh) expect(re.test(t.term.zh), `${t.id} ${re}`).toBe(false);
    }
  });

  it("gives the textbook terms in Chinese", () => {
    expect(glossaryTerm("sequence-number", "zh")).toBe("序号");
    expect(glossaryTerm("acknowledgment-number", "zh")).toBe("确认号");
    expect(glossaryTerm("msl", "zh")).toBe("最长报文段寿命（MSL）");
    expect(glossaryTerm("rst", "en")).toBe("a RST");
  });

  it("refuses an unknown term with a clear error", () => {
    expect(() => glossaryTerm("no-such-term", "en")).toThrow(/unknown glossary term no-such-term/);
  });
});

describe("every text a player reads", () => {
  const texts = allTexts();

  it("is scanned: scenarios, concepts, quiz items, generated questions and catalogues", () => {
    expect(texts.length).toBeGreaterThan(1000);
    expect(texts.some((t) => t.where.startsWith("match:"))).toBe(true);
  });

  it("uses none of the variants the glossary avoids", () => {
    const found: string[] = [];
    for (const t of texts) {
      for (const g of GLOSSARY) {
        for (const re of g.avoid.en) if (re.test(t.en)) found.push(`${t.where} en ${g.id}: ${t.en.match(re)![0]}`);
        for (const re of g.avoid.zh) if (re.test(t.zh)) found.push(`${t.where} zh ${g.id}: ${t.zh.match(re)![0]}`);
      }
    }
    expect([...new Set(found)]).toEqual([]);
  });

  it("never speaks of a seed, an article or 原文", () => {
    // The quiz's own screens may name the quiz's seed (a replay code); nothing else may.
    const seed = (t: { where: string; en: string; zh: string }): boolean =>
      !t.where.startsWith("quiz:") && (/\bseed\b/i.test(t.en) || /种子/.test(t.zh));
    const found = texts.filter((t) => seed(t) || /the article/i.test(t.en) || /原文/.test(t.zh)).map((t) => t.where);
    expect(found).toEqual([]);
  });

  it("names the MSL by the glossary's term wherever it names it in full", () => {
    const zh = texts.map((t) => t.zh).join("\n");
    expect(zh).toContain("最长报文段寿命");
  });
});
