// The teacher's dashboard model: compact class messages in, the pairs as the teacher reads them out.
import { describe, expect, it } from "vitest";
import { DashboardModel, pageOf } from "../../client/src/classroom/teacher/dashboard-model";
import {
  PAIR_FINISHED,
  PAIR_GOAL,
  PAIR_STUCK,
  PAIR_WAIT_A,
  PAIR_WAIT_B,
  type ClassDashboard,
  type ClassPairs,
  type ClassStatus,
  type PairProgressRow,
} from "../../shared/protocol/classroom";

const status: ClassStatus = { phase: "round", round: 1, rounds: 3, endsInMs: 60_000, locked: false, lateJoin: true, students: 6 };
const seat = (id: number | null, name: string) => ({ studentId: id, name });

function pairs(n: number, round = 1): ClassPairs {
  return {
    round,
    pairs: Array.from({ length: n }, (_, i) => ({
      pair: i + 1,
      roomId: `room${i + 1}`,
      A: seat(2 * i + 1, `a${i + 1}`),
      B: seat(2 * i + 2, `b${i + 1}`),
    })),
    waiting: [],
  };
}
const dash = (progress: PairProgressRow[], extra: Partial<ClassDashboard> = {}): ClassDashboard => ({
  full: false,
  status,
  roster: [],
  removed: [],
  progress,
  ...extra,
});

describe("the teacher's dashboard model", () => {
  it("reads a progress row: scores, steps, who the network waits for, goal, finished and stuck", () => {
    const m = new DashboardModel();
    m.applyPairs(pairs(2));
    m.applyDashboard(
      dash([
        [1, 40, 30, 3, 2, PAIR_WAIT_A | PAIR_WAIT_B, PAIR_STUCK, 70],
        [2, 120, 110, 6, 6, 0, PAIR_GOAL | PAIR_FINISHED, 3],
      ]),
    );
    expect(m.line(1)).toMatchObject({
      scoreA: 40,
      scoreB: 30,
      checkpointsA: 3,
      checkpointsB: 2,
      waitsFor: ["A", "B"],
      stuck: true,
      finished: false,
      idleSeconds: 70,
      roomId: "room1",
    });
    expect(m.line(2)).toMatchObject({ goal: true, finished: true, stuck: false, waitsFor: [] });
    expect(m.counts()).toEqual({ pairs: 2, stuck: 1, finished: 1, running: 0 });
  });

  it("a pair without a progress row yet shows zeros and counts as playing", () => {
    const m = new DashboardModel();
    m.applyPairs(pairs(1));
    expect(m.line(1)).toMatchObject({ scoreA: 0, scoreB: 0, waitsFor: [], stuck: false, finished: false });
    expect(m.line(9)).toBeNull();
  });

  it("sorts stuck pairs first (longest idle first), then the least advanced, finished pairs last", () => {
    const m = new DashboardModel();
    m.applyPairs(pairs(5));
    m.applyDashboard(
      dash([
        [1, 0, 0, 5, 5, 0, PAIR_FINISHED, 0],
        [2, 0, 0, 4, 4, PAIR_WAIT_B, 0, 2],
        [3, 0, 0, 1, 0, PAIR_WAIT_A, PAIR_STUCK, 50],
        [4, 0, 0, 1, 1, 0, 0, 1],
        [5, 0, 0, 0, 0, 0, PAIR_STUCK, 90],
      ]),
    );
    expect(m.lines().map((l) => l.pair)).toEqual([5, 3, 4, 2, 1]);
    expect(m.lines("stuck").map((l) => l.pair)).toEqual([5, 3]);
    expect(m.lines("running").map((l) => l.pair)).toEqual([4, 2]);
    expect(m.lines("finished").map((l) => l.pair)).toEqual([1]);
  });

  it("a finished pair is never shown as stuck", () => {
    const m = new DashboardModel();
    m.applyPairs(pairs(1));
    m.applyDashboard(dash([[1, 0, 0, 2, 2, 0, PAIR_FINISHED | PAIR_STUCK, 200]]));
    expect(m.line(1)?.stuck).toBe(false);
  });

  it("applies roster deltas: changed entries, removed ids, and a full roster that replaces everything", () => {
    const m = new DashboardModel();
    m.applyDashboard(
      dash([], {
        full: true,
        roster: [
          { id: 1, name: "Zoé", connected: true, points: 0 },
          { id: 2, name: "ada", connected: true, points: 0 },
        ],
      }),
    );
    m.applyDashboard(dash([], { roster: [{ id: 3, name: "李雷", connected: false, points: 5 }], removed: [1] }));
    expect(m.students().map((s) => s.id)).toEqual([2, 3]);
    m.applyDashboard(dash([], { full: true, roster: [{ id: 7, name: "Bo", connected: true, points: 1 }] }));
    expect(m.students().map((s) => s.name)).toEqual(["Bo"]);
  });

  it("a new round's pairs drop the last round's progress", () => {
    const m = new DashboardModel();
    m.applyPairs(pairs(1, 1));
    m.applyDashboard(dash([[1, 99, 99, 9, 9, 0, PAIR_FINISHED, 0]]));
    m.applyPairs(pairs(1, 2));
    expect(m.line(1)).toMatchObject({ scoreA: 0, finished: false });
  });

  it("keeps 1,000 pairs in pages of 50, the page clamped to those that exist", () => {
    const m = new DashboardModel();
    m.applyPairs(pairs(1000));
    const all = m.lines();
    expect(pageOf(all, 0, 50).items).toHaveLength(50);
    expect(pageOf(all, 0, 50).pages).toBe(20);
    expect(pageOf(all, 25, 50)).toMatchObject({ page: 19 });
    expect(pageOf(all, 19, 50).items.at(-1)?.pair).toBe(1000);
    expect(pageOf([], 3, 50)).toEqual({ items: [], page: 0, pages: 1 });
  });
});
