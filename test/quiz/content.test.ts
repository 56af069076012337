import { describe, expect, it } from "vitest";
import { CONCEPTS } from "../../shared/concepts";
import { CONCEPT_CONTENT, pick } from "../../shared/content/concepts";
import { quizEn, quizZh } from "../../client/src/quiz/i18n";

const HAN = /[\u4e00-\u9fff]/;

describe("concept texts", () => {
  it("explain every concept with a title, a summary and a body in both languages", () => {
    for (const c of CONCEPTS) {
      const content = CONCEPT_CONTENT[c];
      for (const text of [content.title, content.summary, content.body]) {
        expect(text.en.trim().length, c).toBeGreaterThan(0);
        expect(text.zh, c).toMatch(HAN);
      }
      expect(content.body.en.length, c).toBeGreaterThan(content.summary.en.length);
    }
  });

  it("keep the Chinese textbook terms of the glossary", () => {
    const zh = CONCEPTS.map((c) =>
      Object.values(CONCEPT_CONTENT[c])
        .map((t) => t.zh)
        .join(""),
    ).join("");
    for (const term of [
      "三次握手",
      "主动关闭者",
      "被动关闭者",
      "半关闭",
      "2MSL",
      "最长报文段寿命",
      "静默时间",
      "同时打开",
      "同时关闭",
      "CLOSING",
    ]) {
      expect(zh, term).toContain(term);
    }
  });

  it("picks the text of the player's language", () => {
    expect(pick({ en: "a", zh: "甲" }, "zh")).toBe("甲");
    expect(pick({ en: "a", zh: "甲" }, "en")).toBe("a");
  });
});

describe("the quiz's UI strings", () => {
  it("exist in both languages, with the same placeholders", () => {
    expect(Object.keys(quizZh).sort()).toEqual(Object.keys(quizEn).sort());
    const holes = (s: string): string[] => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
    for (const key of Object.keys(quizEn) as (keyof typeof quizEn)[]) {
      expect(holes(quizZh[key]), key).toEqual(holes(quizEn[key]));
    }
  });
});
