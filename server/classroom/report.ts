// The class report: per student (rank, points, accuracy, each round, concepts, mistakes), per
// concept for the whole class (most missed first) and the most common mistakes, each with the
// concept it is about. Built from what the repository kept, so it reads the same after a restart.
import type { ClassReport, ClassSummary, ConceptTally, ReportStudent } from "../../shared/protocol/classroom";
import { leaderboard, roundPoints, type RoundScore, type StudentStanding } from "../../shared/classroom/standings";
import { mergeTallies, sortTallies } from "../../shared/classroom/tally";
import { conceptOfMistake } from "../../shared/referee/mistake-concept";
import type { MistakeCode } from "../../shared/referee/types";
import type { ClassRecord, ClassStore, ResultRecord, StudentRecord } from "../storage";

export function summaryOf(c: ClassRecord, students: number, roundsPlayed: number): ClassSummary {
  return {
    id: c.id,
    code: c.code,
    name: c.name,
    createdAt: c.createdAt,
    endedAt: c.endedAt,
    students,
    roundsPlayed,
    rounds: c.setup.rounds.length,
  };
}

/** Reads what the report is built from. */
export async function loadReport(repo: ClassStore, c: ClassRecord): Promise<ClassReport> {
  const [students, results] = await Promise.all([repo.students(c.id), repo.results(c.id)]);
  return buildReport(c, students, results);
}

export function buildReport(c: ClassRecord, allStudents: readonly StudentRecord[], results: readonly ResultRecord[]): ClassReport {
  const students = allStudents.filter((s) => !s.kicked);
  const byStudent = new Map<number, ResultRecord[]>();
  for (const r of results) {
    const list = byStudent.get(r.studentId) ?? [];
    list.push(r);
    byStudent.set(r.studentId, list);
  }
  const roundsPlayed = Math.max(0, ...results.map((r) => r.round), c.round > 0 && c.phase !== "round" ? c.round : 0);
  const standings: StudentStanding[] = students.map((s) => ({
    studentId: s.id,
    name: s.name,
    rounds: new Map(
      (byStudent.get(s.id) ?? []).map((r): [number, RoundScore] => [
        r.round,
        { total: r.total, speed: r.speed, right: r.right, declared: r.declared },
      ]),
    ),
  }));
  const rows = leaderboard(standings, c.setup.scoring, Math.max(roundsPlayed, 1));
  const classConcepts = new Map<string, ConceptTally>();
  const classMistakes = new Map<string, { category: string; concept: string; count: number }>();
  const out: ReportStudent[] = rows.map((row) => {
    const mine = byStudent.get(row.studentId) ?? [];
    const concepts = new Map<string, ConceptTally>();
    const mistakes: Record<string, number> = {};
    for (const r of mine) {
      mergeTallies(concepts, r.concepts);
      for (const [category, n] of Object.entries(r.mistakes)) mistakes[category] = (mistakes[category] ?? 0) + n;
    }
    mergeTallies(classConcepts, [...concepts.values()]);
    for (const [category, n] of Object.entries(mistakes)) {
      // The category alone names its concept for seq and ack; flags are counted under "states".
      const concept = conceptOfMistake(category as MistakeCode, null);
      const key = `${category}|${concept}`;
      const m = classMistakes.get(key) ?? { category, concept, count: 0 };
      m.count += n;
      classMistakes.set(key, m);
    }
    const perRound = c.setup.rounds.map((_, i) => {
      const r = mine.find((x) => x.round === i + 1);
      return r ? roundPoints({ total: r.total, speed: r.speed, right: r.right, declared: r.declared }, c.setup.scoring) : null;
    });
    return {
      id: row.studentId,
      name: row.name,
      rank: row.rank,
      points: row.points,
      right: row.right,
      declared: row.declared,
      rounds: perRound,
      concepts: sortTallies([...concepts.values()]),
      mistakes,
    };
  });
  return {
    summary: summaryOf(c, students.length, roundsPlayed),
    setup: c.setup,
    students: out,
    concepts: sortTallies([...classConcepts.values()]),
    mistakes: [...classMistakes.values()].sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
  };
}
