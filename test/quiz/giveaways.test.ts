// The quiz does not give its answers away: over many seeds, the right option is the longest
// one about as often as chance (1 in 4) would make it, no prompt states its own answer, and
// every explanation speaks of the event the question asked about.
import { describe, expect, it } from "vitest";
import { CONCEPTS, type Concept } from "../../shared/concepts";
import { CONCEPT_CONTENT } from "../../shared/content/concepts";
import { CONCEPT_BANK, generateQuiz } from "../../shared/quiz";
import type { Question } from "../../shared/quiz/types";
import { measureGiveaways } from "./giveaways";

const SEEDS = 200;
const questions: Question[] = [];
for (let s = 0; s < SEEDS; s++) questions.push(...generateQuiz({ seed: `giveaway-${s}`, count: 20 }).questions);
const g = measureGiveaways(questions);

/**
 * Chance for one of four options is 1/4; the band leaves room for the spread of a finite bank.
 * Below the floor, the longest (or shortest) option could be ruled out: a giveaway too.
 */
const CHANCE_CEILING = 0.32;
const CHANCE_FLOOR = 0.12;
const atChance = (n: number, served: number): void => {
  expect(n / served).toBeLessThanOrEqual(CHANCE_CEILING);
  expect(n / served).toBeGreaterThanOrEqual(CHANCE_FLOOR);
};

describe("over 200 seeds the quiz serves", () => {
  it("concept questions whose right option is the longest about as often as chance", () => {
    expect(g.concept.served).toBeGreaterThan(500);
    atChance(g.concept.rightLongest.en, g.concept.served);
    atChance(g.concept.rightLongest.zh, g.concept.served);
  });

  it("concept questions whose right option is the shortest about as often as chance", () => {
    atChance(g.concept.rightShortest.en, g.concept.served);
    atChance(g.concept.rightShortest.zh, g.concept.served);
  });

  it("what-next questions whose right outcome is the longest, or the shortest, about as often as chance", () => {
    expect(g.whatNext.served).toBeGreaterThan(200);
    atChance(g.whatNext.rightLongest, g.whatNext.served);
    atChance(g.whatNext.rightShortest, g.whatNext.served);
  });

  it("number questions that never ask for the ISS the prompt states, and offer the prompt's numbers as distractors", () => {
    expect(g.numbers.served).toBeGreaterThan(200);
    // One coincidence is possible: near 2^32 a server's ISS can equal the client's ISS + 1.
    expect(g.numbers.answerInPrompt / g.numbers.served).toBeLessThanOrEqual(0.01);
    expect(g.numbers.onlyNumberInPrompt / g.numbers.served).toBeLessThanOrEqual(0.02);
  });

  it("segment questions whose prompt never contains the right segment", () => {
    expect(g.segment.served).toBeGreaterThan(200);
    expect(g.segment.answerInPrompt).toBe(0);
  });

  it("state questions explained from the very event they ask about", () => {
    expect(g.state.served).toBeGreaterThan(200);
    expect(g.state.explainedByOtherEvent).toBe(0);
    expect(g.state.answerInPrompt).toBe(0);
  });

  it("state questions about a state that did not change say since which event it holds", () => {
    const unchanged = questions.filter((q) => q.kind === "state" && / stays in /.test(q.explanation.en));
    expect(unchanged.length).toBeGreaterThan(10);
    for (const q of unchanged) {
      expect(q.explanation.en).toMatch(/\(unchanged since "[^"]+"\)/);
      expect(q.explanation.zh).toMatch(/自“[^”]+”以来没有变化/);
    }
  });
});

describe("explanations", () => {
  const summaryOf = (q: Question): Concept[] => CONCEPTS.filter((c) => q.explanation.en.includes(CONCEPT_CONTENT[c].summary.en));

  it("append at most one concept summary, of a concept the question names", () => {
    for (const q of questions.filter((x) => x.kind !== "concept")) {
      const s = summaryOf(q);
      expect(s.length, q.id).toBeLessThanOrEqual(1);
      for (const c of s) expect(q.concepts, `${q.key}: ${c}`).toContain(c);
    }
  });

  it("of a close's first step speak of the four-way close, not of the scenario's other lessons", () => {
    const firstFin = questions.filter((q) => q.kind === "state" && q.explanation.en.includes("ESTABLISHED → FIN_WAIT_1"));
    expect(firstFin.length).toBeGreaterThan(5);
    for (const q of firstFin) expect(summaryOf(q), q.key).toEqual(["four-way-close"]);
  });
});

describe("the items made unambiguous", () => {
  const item = (key: string) => CONCEPT_BANK.find((i) => i.key === key)!;

  it("half-close says A called shutdown(), since after close() Linux answers B's data with a RST", () => {
    expect(item("concept/half-close").prompt.en).toMatch(/shutdown\(\)/);
    expect(item("concept/half-close").prompt.zh).toMatch(/shutdown\(\)/);
  });

  it("ack-meaning offers no distractor that is true of the data's sender", () => {
    for (const c of item("concept/ack-meaning").choices.slice(1)) expect(c.en).not.toMatch(/will send byte 3001 next/);
  });

  it("why-2msl asks about the lost ACK's round trip, and no distractor defends one MSL", () => {
    const i = item("concept/why-2msl");
    expect(i.prompt.en).toMatch(/final ACK is lost/);
    for (const c of i.choices.slice(1)) expect(c.en).not.toMatch(/safety margin|would work just as well/);
  });
});
