// Every result of the class so far, and what it adds up to: the leaderboard after a round
// (shared/classroom/standings.ts ranks), a student's round result, and the final summary with
// the student's concepts.
import type { ClassFinal, ClassRoundResult, LeaderboardMode, LeaderRow, ScoringMode } from "../../shared/protocol/classroom";
import { leaderboard, roundPoints, type RoundScore, type StudentStanding } from "../../shared/classroom/standings";
import { mergeTallies, sortTallies } from "../../shared/classroom/tally";
import type { ResultRecord } from "../storage";
import type { Student } from "./roster";

export class Standings {
  private readonly byStudent = new Map<number, Map<number, ResultRecord>>();
  private version = 0;
  private cache: { key: string; rows: LeaderRow[]; byId: Map<number, LeaderRow> } | null = null;

  constructor(
    private readonly mode: ScoringMode,
    results: readonly ResultRecord[],
  ) {
    this.add(results);
  }

  has(round: number, studentId: number): boolean {
    return this.byStudent.get(studentId)?.has(round) ?? false;
  }

  add(records: readonly ResultRecord[]): void {
    for (const r of records) {
      let rounds = this.byStudent.get(r.studentId);
      if (!rounds) this.byStudent.set(r.studentId, (rounds = new Map()));
      rounds.set(r.round, r);
    }
    if (records.length > 0) this.version++;
  }

  /**
   * The leaderboard after `round` over these students, kept until a result comes or the
   * roster changes (`rosterVersion`, Roster.version).
   */
  board(students: readonly Student[], round: number, rosterVersion: number): LeaderRow[] {
    return this.ranked(students, round, rosterVersion).rows;
  }

  resultFor(
    studentId: number,
    round: number,
    rounds: number,
    students: readonly Student[],
    shown: LeaderboardMode,
    rosterVersion: number,
  ): ClassRoundResult {
    const { rows, byId } = this.ranked(students, round, rosterVersion);
    const me = byId.get(studentId);
    const mine = this.byStudent.get(studentId)?.get(round);
    return {
      round,
      rounds,
      roundPoints: mine ? roundPoints(score(mine), this.mode) : 0,
      points: me?.points ?? 0,
      rank: me?.rank ?? rows.length,
      of: rows.length,
      previousRank: me?.previousRank ?? null,
      top: shown === "top5" ? rows.filter((r) => r.rank <= 5) : rows,
    };
  }

  finalFor(studentId: number, students: readonly Student[], rosterVersion: number): ClassFinal {
    const last = Math.max(0, ...[...this.byStudent.values()].flatMap((m) => [...m.keys()]));
    const { rows, byId } = this.ranked(students, last, rosterVersion);
    const me = byId.get(studentId);
    const tallies = new Map();
    for (const r of this.byStudent.get(studentId)?.values() ?? []) mergeTallies(tallies, r.concepts);
    return {
      rank: me?.rank ?? rows.length,
      of: rows.length,
      points: me?.points ?? 0,
      podium: rows.filter((r) => r.rank <= 3),
      concepts: sortTallies([...tallies.values()]),
    };
  }

  /** Every result, by student then round (the report). */
  all(): ReadonlyMap<number, ReadonlyMap<number, ResultRecord>> {
    return this.byStudent;
  }

  private ranked(students: readonly Student[], round: number, rosterVersion: number) {
    const key = `${this.version}:${round}:${rosterVersion}`;
    if (this.cache?.key === key) return this.cache;
    const standings: StudentStanding[] = students.map((s) => {
      const rounds = new Map<number, RoundScore>();
      for (const [r, rec] of this.byStudent.get(s.id) ?? []) rounds.set(r, score(rec));
      return { studentId: s.id, name: s.name, rounds };
    });
    const rows = leaderboard(standings, this.mode, round);
    this.cache = { key, rows, byId: new Map(rows.map((r) => [r.studentId, r])) };
    return this.cache;
  }
}

function score(r: ResultRecord): RoundScore {
  return { total: r.total, speed: r.speed, right: r.right, declared: r.declared };
}
