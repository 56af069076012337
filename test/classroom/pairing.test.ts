import { describe, expect, it } from "vitest";
import { planRound, type PlannedPair } from "../../shared/classroom/pairing";

const ids = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const students = (pairs: PlannedPair[]) => pairs.flatMap((p) => [p.A, p.B]).filter((s) => s !== "bot");

describe("pairing a round", () => {
  it("pairs an even class in join order with nobody left out", () => {
    const plan = planRound({ present: ids(6), previous: [], mode: "swap", botPartner: true, seed: 1 });
    expect(plan.pairs).toEqual([
      { A: 1, B: 2 },
      { A: 3, B: 4 },
      { A: 5, B: 6 },
    ]);
    expect(plan.waiting).toEqual([]);
  });

  it("gives the odd student out the tutor bot, or lets them wait when the bot partner is off", () => {
    expect(planRound({ present: ids(3), previous: [], mode: "swap", botPartner: true, seed: 1 }).pairs).toContainEqual({ A: 3, B: "bot" });
    const noBot = planRound({ present: ids(3), previous: [], mode: "swap", botPartner: false, seed: 1 });
    expect(noBot.pairs).toHaveLength(1);
    expect(noBot.waiting).toEqual([3]);
  });

  it("swap: the same partners play again with roles swapped, the bot's partner too", () => {
    const first = planRound({ present: ids(5), previous: [], mode: "swap", botPartner: true, seed: 1 });
    const second = planRound({ present: ids(5), previous: first.pairs, mode: "swap", botPartner: true, seed: 2 });
    expect(second.pairs).toContainEqual({ A: 2, B: 1 });
    expect(second.pairs).toContainEqual({ A: 4, B: 3 });
    expect(second.pairs).toContainEqual({ A: "bot", B: 5 });
  });

  it("swap: a student whose partner left gets a new one among those left over", () => {
    const first = planRound({ present: ids(4), previous: [], mode: "swap", botPartner: true, seed: 1 });
    const second = planRound({ present: [1, 3, 4, 5], previous: first.pairs, mode: "swap", botPartner: true, seed: 1 });
    expect(second.pairs).toContainEqual({ A: 4, B: 3 });
    expect(students(second.pairs).sort()).toEqual([1, 3, 4, 5]);
  });

  it("shuffle: everyone gets a new partner where one is free and plays the other role", () => {
    const first = planRound({ present: ids(20), previous: [], mode: "shuffle", botPartner: true, seed: 7 });
    const second = planRound({ present: ids(20), previous: first.pairs, mode: "shuffle", botPartner: true, seed: 8 });
    const partner = (pairs: PlannedPair[], s: number) => {
      const p = pairs.find((x) => x.A === s || x.B === s)!;
      return p.A === s ? p.B : p.A;
    };
    const repeats = ids(20).filter((s) => partner(first.pairs, s) === partner(second.pairs, s));
    expect(repeats.length).toBeLessThanOrEqual(2);
    expect(students(second.pairs).sort((a, b) => Number(a) - Number(b))).toEqual(ids(20));
  });

  it("is the same for the same seed (a round can be explained afterwards)", () => {
    const a = planRound({ present: ids(30), previous: [], mode: "shuffle", botPartner: true, seed: 42 });
    const b = planRound({ present: ids(30), previous: [], mode: "shuffle", botPartner: true, seed: 42 });
    expect(a).toEqual(b);
  });
});
