import { describe, expect, it } from "vitest";
import { leaderboard, roundPoints, type StudentStanding } from "../../shared/classroom/standings";

const student = (studentId: number, name: string, rounds: Array<[number, number, number, number, number]>): StudentStanding => ({
  studentId,
  name,
  rounds: new Map(rounds.map(([r, total, speed, right, declared]) => [r, { total, speed, right, declared }])),
});

describe("standings", () => {
  it("standard: ranks by points, equal points share a rank (1, 1, 3)", () => {
    const rows = leaderboard(
      [student(1, "a", [[1, 50, 0, 3, 4]]), student(2, "b", [[1, 80, 0, 3, 4]]), student(3, "c", [[1, 80, 0, 3, 4]])],
      "standard",
      1,
    );
    expect(rows.map((r) => [r.name, r.rank])).toEqual([
      ["b", 1],
      ["c", 1],
      ["a", 3],
    ]);
  });

  it("accuracy first: no speed bonus in the points, and accuracy ranks before points", () => {
    expect(roundPoints({ total: 100, speed: 30, right: 1, declared: 1 }, "accuracy")).toBe(70);
    const rows = leaderboard([student(1, "fast", [[1, 120, 30, 5, 10]]), student(2, "careful", [[1, 60, 0, 9, 10]])], "accuracy", 1);
    expect(rows[0]).toMatchObject({ name: "careful", rank: 1, points: 60 });
    expect(rows[1]).toMatchObject({ name: "fast", rank: 2, points: 90 });
  });

  it("says each student's rank before the round, null for one who had not played", () => {
    const rows = leaderboard(
      [
        student(1, "a", [
          [1, 10, 0, 1, 1],
          [2, 100, 0, 1, 1],
        ]),
        student(2, "b", [
          [1, 50, 0, 1, 1],
          [2, 0, 0, 0, 1],
        ]),
        student(3, "new", [[2, 5, 0, 1, 1]]),
      ],
      "standard",
      2,
    );
    const by = new Map(rows.map((r) => [r.name, r]));
    expect(by.get("a")).toMatchObject({ rank: 1, previousRank: 2, points: 110 });
    expect(by.get("b")).toMatchObject({ rank: 2, previousRank: 1 });
    expect(by.get("new")!.previousRank).toBeNull();
  });
});
