// Points and ranks. Pure: the results of each student's rounds in, the leaderboard out.
// "standard" ranks by points (the match's own score); "accuracy" leaves out the speed bonus
// and ranks by first-try accuracy first, then points.
import type { LeaderRow, ScoringMode } from "../protocol/classroom";

/** One student's part of one round's match. */
export interface RoundScore {
  /** The match's total, and the speed bonus inside it. */
  total: number;
  speed: number;
  right: number;
  declared: number;
}

export interface StudentStanding {
  studentId: number;
  name: string;
  /** Rounds played so far, by round number (1-based). */
  rounds: ReadonlyMap<number, RoundScore>;
}

/** The points a round is worth in this scoring mode. */
export function roundPoints(score: RoundScore, mode: ScoringMode): number {
  return mode === "accuracy" ? score.total - score.speed : score.total;
}

interface Totals {
  studentId: number;
  name: string;
  points: number;
  right: number;
  declared: number;
}

function totals(s: StudentStanding, mode: ScoringMode, upTo: number): Totals {
  const t: Totals = { studentId: s.studentId, name: s.name, points: 0, right: 0, declared: 0 };
  for (const [round, score] of s.rounds) {
    if (round > upTo) continue;
    t.points += roundPoints(score, mode);
    t.right += score.right;
    t.declared += score.declared;
  }
  return t;
}

const accuracy = (t: Totals): number => (t.declared === 0 ? 0 : t.right / t.declared);

function compare(mode: ScoringMode) {
  return (a: Totals, b: Totals): number =>
    mode === "accuracy" ? accuracy(b) - accuracy(a) || b.points - a.points : b.points - a.points || accuracy(b) - accuracy(a);
}

/** Competition ranking ("1, 1, 3"): equal totals share a rank; names only order the lines. */
function ranked(all: Totals[], mode: ScoringMode): Array<Totals & { rank: number }> {
  const cmp = compare(mode);
  const sorted = [...all].sort((a, b) => cmp(a, b) || a.name.localeCompare(b.name) || a.studentId - b.studentId);
  const out: Array<Totals & { rank: number }> = [];
  sorted.forEach((t, i) => {
    const prev = out[i - 1];
    out.push({ ...t, rank: prev && cmp(prev, t) === 0 ? prev.rank : i + 1 });
  });
  return out;
}

/** The leaderboard after round `round`, with each student's rank after the round before. */
export function leaderboard(students: readonly StudentStanding[], mode: ScoringMode, round: number): LeaderRow[] {
  const before = new Map<number, number>();
  if (round > 1) {
    const played = students.filter((s) => [...s.rounds.keys()].some((r) => r < round));
    for (const t of ranked(
      played.map((s) => totals(s, mode, round - 1)),
      mode,
    ))
      before.set(t.studentId, t.rank);
  }
  return ranked(
    students.map((s) => totals(s, mode, round)),
    mode,
  ).map((t) => ({
    studentId: t.studentId,
    name: t.name,
    rank: t.rank,
    previousRank: before.get(t.studentId) ?? null,
    points: t.points,
    right: t.right,
    declared: t.declared,
  }));
}
