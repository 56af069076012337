// Scoring: numbers from shared/match/scoring.ts, shape from docs/product.md.
import { describe, expect, it } from "vitest";
import { playScenario } from "../../shared/bots/local";
import * as S from "../../shared/match/scoring";
import type { ScoreSheet } from "../../shared/match/types";
import { Driver, ISN_A, newMatch, scenario } from "./helpers";

const sum = (s: ScoreSheet) => s.segments + s.declarations + s.streak + s.speed + s.goal + s.penalties;

describe("scoring", () => {
  it("the streak bonus grows by a step per consecutive first-try answer, up to its cap", () => {
    expect(S.streakBonus(1)).toBe(0);
    expect(S.streakBonus(2)).toBe(S.STREAK_STEP);
    expect(S.streakBonus(100)).toBe(S.STREAK_STEP * S.STREAK_CAP);
  });

  it("the speed bonus is full at par and falls to nothing at twice par", () => {
    expect(S.speedBonus(10, 30)).toBe(S.SPEED_MAX);
    expect(S.speedBonus(45, 30)).toBe(Math.round(S.SPEED_MAX / 2));
    expect(S.speedBonus(60, 30)).toBe(0);
    expect(S.speedBonus(600, 30)).toBe(0);
  });

  it("a right segment and a first-try declaration each score", () => {
    const d = new Driver(newMatch());
    d.send("A", `S seq=${ISN_A}`);
    expect(d.m.sides.A.score.segments).toBe(S.RIGHT_SEGMENT);
    d.declare("A", "SYN_SENT");
    expect(d.m.sides.A.score.declarations).toBe(S.STATE_FIRST_TRY);
  });

  it("accuracy-first scoring (a classroom's choice) gives no speed bonus and the rest unchanged", () => {
    const standard = playScenario(scenario(), { seed: 5 });
    const accuracy = playScenario(scenario(), { seed: 5, config: { speedBonus: false } });
    for (const side of ["A", "B"] as const) {
      expect(accuracy.sides[side].score.speed).toBe(0);
      expect(accuracy.sides[side].score.total).toBe(standard.sides[side].score.total - standard.sides[side].score.speed);
    }
  });

  it("a handshake played right by two tutors: goal bonus, speed bonus, streak, and totals that add up", () => {
    const m = playScenario(scenario(), { seed: 5 });
    expect(m.ended?.reason).toBe("goal");
    for (const side of ["A", "B"] as const) {
      const s = m.sides[side].score;
      expect(s.goal).toBe(S.GOAL_BONUS);
      expect(s.speed).toBe(S.SPEED_MAX);
      expect(s.penalties).toBe(0);
      expect(s.total).toBe(sum(s));
      const firsts = m.ladder.filter((e) => e.kind === "declaration" && e.side === side && e.right && e.try === 1).length;
      expect(s.declarations).toBe(firsts * S.STATE_FIRST_TRY);
      const streak = Array.from({ length: firsts }, (_, i) => S.streakBonus(i + 1)).reduce((a, b) => a + b, 0);
      expect(s.streak).toBe(streak);
    }
    // A sent the SYN and the ACK; B the SYN,ACK.
    expect(m.sides.A.score.segments).toBe(2 * S.RIGHT_SEGMENT);
    expect(m.sides.B.score.segments).toBe(S.RIGHT_SEGMENT);
  });
});
