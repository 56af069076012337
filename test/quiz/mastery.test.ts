import { describe, expect, it } from "vitest";
import {
  BOX_INTERVALS_MS,
  MASTERED_AT,
  MAX_BOX,
  masteredConcepts,
  conceptMastery,
  emptyMastery,
  parseMastery,
  recordAnswer,
  reviewPriority,
  weakestConcepts,
} from "../../shared/quiz";

const q = { key: "concept/why-2msl", concepts: ["two-msl" as const] };
const HOUR = 3_600_000;

describe("mastery and spaced repetition", () => {
  it("raises a concept's mastery with right answers and lowers it with wrong ones", () => {
    let r = emptyMastery();
    r = recordAnswer(r, q, true, 0);
    const after1 = conceptMastery(r, "two-msl");
    r = recordAnswer(r, q, true, HOUR);
    const after2 = conceptMastery(r, "two-msl");
    r = recordAnswer(r, q, false, 2 * HOUR);
    expect(after1).toBeGreaterThan(0);
    expect(after2).toBeGreaterThan(after1);
    expect(conceptMastery(r, "two-msl")).toBeLessThan(after2);
    expect(r.concepts["two-msl"]).toMatchObject({ seen: 3, correct: 2 });
  });

  it("moves a right answer up a box and schedules it later", () => {
    let r = emptyMastery();
    r = recordAnswer(r, q, true, 1000);
    expect(r.items[q.key]).toMatchObject({ box: 1, due: 1000 + BOX_INTERVALS_MS[1]! });
    for (let i = 0; i < 10; i++) r = recordAnswer(r, q, true, 1000);
    expect(r.items[q.key]!.box).toBe(MAX_BOX);
  });

  it("brings a missed question back sooner than one answered right", () => {
    const now = 5 * HOUR;
    const right = recordAnswer(emptyMastery(), q, true, now);
    const wrong = recordAnswer(emptyMastery(), q, false, now);
    expect(wrong.items[q.key]!.due).toBeLessThan(right.items[q.key]!.due);
    expect(reviewPriority(wrong, q.key, now)).toBeLessThan(reviewPriority(right, q.key, now));
    expect(reviewPriority(wrong, q.key, now)).toBeLessThan(reviewPriority(emptyMastery(), q.key, now));
  });

  it("lists the concepts never practised or missed before the mastered ones", () => {
    let r = emptyMastery();
    for (let i = 0; i < 5; i++) r = recordAnswer(r, q, true, i);
    const order = weakestConcepts(r);
    expect(order[order.length - 1]).toBe("two-msl");
  });

  it("survives a round trip through JSON and starts afresh from a broken record", () => {
    const r = recordAnswer(emptyMastery(), q, true, 0);
    expect(parseMastery(JSON.stringify(r))).toEqual(r);
    expect(parseMastery("{not json")).toEqual(emptyMastery());
    expect(parseMastery(JSON.stringify({ version: 99 }))).toEqual(emptyMastery());
    expect(parseMastery(null)).toEqual(emptyMastery());
  });

  it("does not change the record it is given", () => {
    const r = emptyMastery();
    const copy = JSON.parse(JSON.stringify(r));
    recordAnswer(r, q, false, 0);
    expect(r).toEqual(copy);
  });

  it("counts a concept as mastered after five right answers in a row, not four", () => {
    let r = emptyMastery();
    for (let i = 0; i < 4; i++) r = recordAnswer(r, q, true, i);
    expect(masteredConcepts(r)).toEqual([]);
    r = recordAnswer(r, q, true, 5);
    expect(masteredConcepts(r)).toEqual(["two-msl"]);
    expect(conceptMastery(r, "two-msl")).toBeGreaterThanOrEqual(MASTERED_AT);
  });
});
