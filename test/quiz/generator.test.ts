import { describe, expect, it } from "vitest";
import { CONCEPTS } from "../../shared/concepts";
import {
  CONCEPT_BANK,
  MISCONCEPTIONS,
  QUESTION_KINDS,
  TEMPLATES,
  dueForReview,
  emptyMastery,
  generateQuiz,
  recordAnswer,
  type Question,
} from "../../shared/quiz";
import { WRITTEN_ONLY_CONCEPTS } from "../../shared/quiz/concept-bank";
import { recompute } from "./replay";
import { getScenario } from "../../shared/scenarios";

const SEEDS = Array.from({ length: 150 }, (_, i) => `seed-${i}`);
const quizzes = SEEDS.map((seed) => generateQuiz({ seed, count: 12 }));
const all: Question[] = quizzes.flatMap((q) => q.questions);

describe("quiz generator", () => {
  it("gives the same quiz for the same seed", () => {
    for (const seed of SEEDS.slice(0, 20)) {
      expect(generateQuiz({ seed, count: 12 })).toEqual(generateQuiz({ seed, count: 12 }));
    }
  });

  it("gives different quizzes for different seeds", () => {
    const firstKeys = new Set(quizzes.map((q) => q.questions.map((x) => x.id).join()));
    expect(firstKeys.size).toBeGreaterThan(SEEDS.length * 0.9);
  });

  it("makes the requested number of questions", () => {
    for (const q of quizzes) expect(q.questions).toHaveLength(12);
    expect(generateQuiz({ seed: "x", count: 5 }).questions).toHaveLength(5);
  });

  it("computes every engine question's answer the way a replay of its events with the engine does", () => {
    const generated = all.filter((q) => q.kind !== "concept");
    expect(generated.length).toBeGreaterThan(800);
    for (const q of generated) {
      expect(q.check, q.id).not.toBeNull();
      const truth = recompute(q.check!);
      expect(q.choices[q.answer]!.value, `${q.id}: ${q.prompt.en}`).toEqual(truth);
    }
  });

  it("never offers a wrong choice that is also right", () => {
    for (const q of all) {
      const values = q.choices.map((c) => JSON.stringify(c.value));
      expect(new Set(values).size, q.id).toBe(values.length);
      const labels = q.choices.map((c) => c.label.en);
      expect(new Set(labels).size, q.id).toBe(labels.length);
    }
  });

  it("offers four choices, numbered 1-4 on screen, with the answer among them", () => {
    for (const q of all) {
      expect(q.choices.length, q.id).toBe(4);
      expect(q.answer).toBeGreaterThanOrEqual(0);
      expect(q.answer).toBeLessThan(q.choices.length);
    }
  });

  it("asks every kind of question", () => {
    const kinds = new Set(all.map((q) => q.kind));
    for (const k of QUESTION_KINDS) expect(kinds, k).toContain(k);
  });

  it("has questions for every concept and every misconception, both written and generated", () => {
    const concepts = new Set(all.flatMap((q) => q.concepts));
    for (const c of CONCEPTS) expect(concepts, c).toContain(c);
    const miscon = new Set(all.flatMap((q) => q.misconceptions));
    for (const m of MISCONCEPTIONS) expect(miscon, m).toContain(m);
    const engineQuestions = all.filter((q) => q.kind !== "concept");
    const engineConcepts = new Set(engineQuestions.flatMap((q) => q.concepts));
    for (const c of CONCEPTS.filter((x) => !WRITTEN_ONLY_CONCEPTS.includes(x))) expect(engineConcepts, `generated: ${c}`).toContain(c);
    for (const c of WRITTEN_ONLY_CONCEPTS)
      expect(CONCEPT_BANK.filter((i) => i.concepts.includes(c)).length, `written only: ${c}`).toBeGreaterThanOrEqual(5);
    const engineMiscon = new Set(engineQuestions.flatMap((q) => q.misconceptions));
    for (const m of MISCONCEPTIONS) expect(engineMiscon, `generated: ${m}`).toContain(m);
    const bankConcepts = new Set(CONCEPT_BANK.flatMap((i) => i.concepts));
    for (const c of CONCEPTS) expect(bankConcepts, `written: ${c}`).toContain(c);
    const bankMiscon = new Set(CONCEPT_BANK.flatMap((i) => i.misconceptions));
    for (const m of MISCONCEPTIONS) expect(bankMiscon, `written: ${m}`).toContain(m);
  });

  it("names a concept and explains in both languages for every question", () => {
    for (const q of all) {
      expect(q.concepts.length, q.id).toBeGreaterThan(0);
      for (const t of [q.prompt, q.explanation, ...q.choices.map((c) => c.label)]) {
        expect(t.en.trim().length, q.id).toBeGreaterThan(0);
        expect(t.zh.trim().length, q.id).toBeGreaterThan(0);
      }
      expect(q.explanation.zh, q.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("keeps only questions about the chosen concepts when a concept is picked", () => {
    for (const c of CONCEPTS) {
      const quiz = generateQuiz({ seed: `only-${c}`, count: 5 });
      const picked = generateQuiz({ seed: `only-${c}`, count: 5, concepts: [c] });
      expect(picked.questions.length, c).toBe(5);
      for (const q of picked.questions) expect(q.concepts, c).toContain(c);
      expect(new Set(picked.questions.map((q) => q.prompt.en)).size, `${c}: no prompt twice`).toBe(5);
      expect(quiz.questions.length).toBe(5);
    }
  });

  it("puts the most urgent templates first when review priorities are given", () => {
    const plain = generateQuiz({ seed: "prio", count: 10 });
    const urgent = plain.questions[9]!.key;
    const prioritized = generateQuiz({ seed: "prio", count: 10, priority: (q) => (q.key === urgent ? 0 : 1) });
    expect(prioritized.questions[0]!.key).toBe(urgent);
  });

  it("brings missed questions back first in the next practice quiz, whatever its seed", () => {
    const first = generateQuiz({ seed: "monday", count: 10 });
    const missed = [first.questions[3]!, first.questions[8]!];
    let record = emptyMastery();
    for (const q of first.questions) record = recordAnswer(record, q, !missed.includes(q), 0);
    const review = dueForReview(record, 1000);
    expect(review.slice(0, 2).sort()).toEqual(missed.map((q) => q.key).sort());
    const next = generateQuiz({ seed: "tuesday", count: 10, review });
    expect(
      next.questions
        .slice(0, 2)
        .map((q) => q.key)
        .sort(),
    ).toEqual(missed.map((q) => q.key).sort());
    for (const q of next.questions.filter((x) => x.check)) expect(q.choices[q.answer]!.value).toEqual(recompute(q.check!));
  });

  it("can ask any template again for review", () => {
    const keys = new Set(all.map((q) => q.key));
    for (const key of keys) {
      expect(generateQuiz({ seed: `again-${key}`, count: 2, review: [key] }).questions[0]!.key).toBe(key);
    }
  });

  it("captions every ladder, naming the game's scenario the trace plays out", () => {
    for (const t of TEMPLATES) if (t.scenario !== null) expect(getScenario(t.scenario), t.id).toBeDefined();
    for (const q of all) {
      if (!q.ladder) continue;
      expect(q.ladder.title.en.length, q.id).toBeGreaterThan(0);
      expect(q.ladder.title.zh.length, q.id).toBeGreaterThan(0);
    }
  });
});
