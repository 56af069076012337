// The repository of classes: the class, its roster, each round's pairs and every student's
// result, written as they happen so a class survives a crash (kill -9) and a restart.
import type Database from "better-sqlite3";
import type { ClassPhase, ClassSetup, ConceptTally } from "../../shared/protocol/classroom";

export interface ClassRecord {
  id: string;
  code: string;
  hostKeyHash: string;
  name: string;
  setup: ClassSetup;
  phase: ClassPhase;
  round: number;
  locked: boolean;
  lateJoin: boolean;
  createdAt: number;
  endedAt: number | null;
}

export interface StudentRecord {
  id: number;
  browserHash: string;
  name: string;
  kicked: boolean;
  joinedAt: number;
}

export interface PairRecord {
  round: number;
  pair: number;
  roomId: string;
  /** Student ids; null is the tutor bot. */
  A: number | null;
  B: number | null;
}

export interface ResultRecord {
  round: number;
  studentId: number;
  matchId: string | null;
  side: "A" | "B";
  total: number;
  speed: number;
  right: number;
  declared: number;
  goal: boolean;
  mistakes: Record<string, number>;
  concepts: ConceptTally[];
  finishedAt: number;
}

interface ClassRow {
  id: string;
  code: string;
  host_key_hash: string;
  name: string;
  setup: string;
  phase: string;
  round: number;
  locked: number;
  late_join: number;
  created_at: number;
  ended_at: number | null;
}

const fromClassRow = (r: ClassRow): ClassRecord => ({
  id: r.id,
  code: r.code,
  hostKeyHash: r.host_key_hash,
  name: r.name,
  setup: JSON.parse(r.setup) as ClassSetup,
  phase: r.phase as ClassPhase,
  round: r.round,
  locked: r.locked === 1,
  lateJoin: r.late_join === 1,
  createdAt: r.created_at,
  endedAt: r.ended_at,
});

export class ClassRepository {
  private readonly s;

  constructor(private readonly db: Database.Database) {
    this.s = {
      insertClass: db.prepare(
        `INSERT INTO classes (id, code, host_key_hash, name, setup, phase, round, locked, late_join, created_at, ended_at)
         VALUES (@id, @code, @host_key_hash, @name, @setup, @phase, @round, @locked, @late_join, @created_at, @ended_at)`,
      ),
      updateClass: db.prepare(
        `UPDATE classes SET code = @code, phase = @phase, round = @round, locked = @locked, late_join = @late_join,
         ended_at = @ended_at WHERE id = @id`,
      ),
      classById: db.prepare("SELECT * FROM classes WHERE id = ?"),
      byHost: db.prepare("SELECT * FROM classes WHERE host_key_hash = ? ORDER BY created_at DESC LIMIT ?"),
      live: db.prepare("SELECT * FROM classes WHERE ended_at IS NULL AND created_at >= ? ORDER BY created_at"),
      insertStudent: db.prepare(
        `INSERT INTO class_students (class_id, id, browser_hash, name, kicked, joined_at)
         VALUES (?, ?, ?, ?, 0, ?)`,
      ),
      renameStudent: db.prepare("UPDATE class_students SET name = ? WHERE class_id = ? AND id = ?"),
      kickStudent: db.prepare("UPDATE class_students SET kicked = 1 WHERE class_id = ? AND id = ?"),
      students: db.prepare("SELECT * FROM class_students WHERE class_id = ? ORDER BY id"),
      insertPair: db.prepare(
        `INSERT OR REPLACE INTO class_pairs (class_id, round, pair, room_id, seat_a, seat_b) VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      deletePairs: db.prepare("DELETE FROM class_pairs WHERE class_id = ? AND round = ?"),
      pairs: db.prepare("SELECT * FROM class_pairs WHERE class_id = ? AND round = ? ORDER BY pair"),
      insertResult: db.prepare(
        `INSERT OR REPLACE INTO class_results (class_id, round, student_id, match_id, side, total, speed, right_first,
         declared, goal, mistakes, concepts, finished_at)
         VALUES (@class_id, @round, @student_id, @match_id, @side, @total, @speed, @right_first, @declared, @goal,
         @mistakes, @concepts, @finished_at)`,
      ),
      results: db.prepare("SELECT * FROM class_results WHERE class_id = ? ORDER BY round, student_id"),
    };
  }

  createClass(c: ClassRecord): void {
    this.s.insertClass.run({
      id: c.id,
      code: c.code,
      host_key_hash: c.hostKeyHash,
      name: c.name,
      setup: JSON.stringify(c.setup),
      phase: c.phase,
      round: c.round,
      locked: c.locked ? 1 : 0,
      late_join: c.lateJoin ? 1 : 0,
      created_at: c.createdAt,
      ended_at: c.endedAt,
    });
  }

  updateClass(c: Pick<ClassRecord, "id" | "code" | "phase" | "round" | "locked" | "lateJoin" | "endedAt">): void {
    this.s.updateClass.run({
      id: c.id,
      code: c.code,
      phase: c.phase,
      round: c.round,
      locked: c.locked ? 1 : 0,
      late_join: c.lateJoin ? 1 : 0,
      ended_at: c.endedAt,
    });
  }

  getClass(id: string): ClassRecord | null {
    const row = this.s.classById.get(id) as ClassRow | undefined;
    return row ? fromClassRow(row) : null;
  }

  /** The classes of one teacher's key, newest first. */
  listByHost(hostKeyHash: string, limit = 100): ClassRecord[] {
    return (this.s.byHost.all(hostKeyHash, limit) as ClassRow[]).map(fromClassRow);
  }

  /** Classes not ended, created since `since` (epoch ms): those a restart brings back. */
  liveClasses(since: number): ClassRecord[] {
    return (this.s.live.all(since) as ClassRow[]).map(fromClassRow);
  }

  addStudent(classId: string, s: Omit<StudentRecord, "kicked">): void {
    this.s.insertStudent.run(classId, s.id, s.browserHash, s.name, s.joinedAt);
  }

  renameStudent(classId: string, id: number, name: string): void {
    this.s.renameStudent.run(name, classId, id);
  }

  kickStudent(classId: string, id: number): void {
    this.s.kickStudent.run(classId, id);
  }

  students(classId: string): StudentRecord[] {
    const rows = this.s.students.all(classId) as Array<{ id: number; browser_hash: string; name: string; kicked: number; joined_at: number }>;
    return rows.map((r) => ({ id: r.id, browserHash: r.browser_hash, name: r.name, kicked: r.kicked === 1, joinedAt: r.joined_at }));
  }

  /** Replaces a round's pairs (a round restarted after a crash is paired anew). */
  savePairs(classId: string, round: number, pairs: readonly PairRecord[]): void {
    this.db.transaction(() => {
      this.s.deletePairs.run(classId, round);
      for (const p of pairs) this.s.insertPair.run(classId, round, p.pair, p.roomId, p.A, p.B);
    })();
  }

  pairs(classId: string, round: number): PairRecord[] {
    const rows = this.s.pairs.all(classId, round) as Array<{ round: number; pair: number; room_id: string; seat_a: number | null; seat_b: number | null }>;
    return rows.map((r) => ({ round: r.round, pair: r.pair, roomId: r.room_id, A: r.seat_a, B: r.seat_b }));
  }

  saveResults(classId: string, results: readonly ResultRecord[]): void {
    this.db.transaction(() => {
      for (const r of results) {
        this.s.insertResult.run({
          class_id: classId,
          round: r.round,
          student_id: r.studentId,
          match_id: r.matchId,
          side: r.side,
          total: r.total,
          speed: r.speed,
          right_first: r.right,
          declared: r.declared,
          goal: r.goal ? 1 : 0,
          mistakes: JSON.stringify(r.mistakes),
          concepts: JSON.stringify(r.concepts),
          finished_at: r.finishedAt,
        });
      }
    })();
  }

  results(classId: string): ResultRecord[] {
    const rows = this.s.results.all(classId) as Array<Record<string, unknown>>;
    return rows.map((r) => ({
      round: r.round as number,
      studentId: r.student_id as number,
      matchId: (r.match_id as string | null) ?? null,
      side: r.side as "A" | "B",
      total: r.total as number,
      speed: r.speed as number,
      right: r.right_first as number,
      declared: r.declared as number,
      goal: r.goal === 1,
      mistakes: JSON.parse(r.mistakes as string) as Record<string, number>,
      concepts: JSON.parse(r.concepts as string) as ConceptTally[],
      finishedAt: r.finished_at as number,
    }));
  }
}
