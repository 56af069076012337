// The repository of classes in SQLite: the class, its roster, each round's pairs and every
// student's result, written as they happen so a class survives a crash (kill -9) and a restart.
import type Database from "better-sqlite3";
import type { ClassRecord, PairRecord, ResultRecord, StudentRecord } from "./records";
import {
  classFromRow,
  classRow,
  classUpdateRow,
  pairFromRow,
  resultFromRow,
  resultRow,
  studentFromRow,
  type ClassRow,
  type ClassUpdate,
  type PairRow,
  type ResultRow,
  type StudentRow,
} from "./rows";
import type { ClassStore } from "./stores";

export type { ClassRecord, PairRecord, ResultRecord, StudentRecord } from "./records";

export class ClassRepository implements ClassStore {
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

  async createClass(c: ClassRecord): Promise<void> {
    this.s.insertClass.run(classRow(c));
  }

  async updateClass(c: ClassUpdate): Promise<void> {
    this.s.updateClass.run(classUpdateRow(c));
  }

  async getClass(id: string): Promise<ClassRecord | null> {
    const row = this.s.classById.get(id) as ClassRow | undefined;
    return row ? classFromRow(row) : null;
  }

  async listByHost(hostKeyHash: string, limit = 100): Promise<ClassRecord[]> {
    return (this.s.byHost.all(hostKeyHash, limit) as ClassRow[]).map(classFromRow);
  }

  async liveClasses(since: number): Promise<ClassRecord[]> {
    return (this.s.live.all(since) as ClassRow[]).map(classFromRow);
  }

  async addStudent(classId: string, s: Omit<StudentRecord, "kicked">): Promise<void> {
    this.s.insertStudent.run(classId, s.id, s.browserHash, s.name, s.joinedAt);
  }

  async renameStudent(classId: string, id: number, name: string): Promise<void> {
    this.s.renameStudent.run(name, classId, id);
  }

  async kickStudent(classId: string, id: number): Promise<void> {
    this.s.kickStudent.run(classId, id);
  }

  async students(classId: string): Promise<StudentRecord[]> {
    return (this.s.students.all(classId) as StudentRow[]).map(studentFromRow);
  }

  async savePairs(classId: string, round: number, pairs: readonly PairRecord[]): Promise<void> {
    this.db.transaction(() => {
      this.s.deletePairs.run(classId, round);
      for (const p of pairs) this.s.insertPair.run(classId, round, p.pair, p.roomId, p.A, p.B);
    })();
  }

  async pairs(classId: string, round: number): Promise<PairRecord[]> {
    return (this.s.pairs.all(classId, round) as PairRow[]).map(pairFromRow);
  }

  async saveResults(classId: string, results: readonly ResultRecord[]): Promise<void> {
    this.db.transaction(() => {
      for (const r of results) this.s.insertResult.run(resultRow(classId, r));
    })();
  }

  async results(classId: string): Promise<ResultRecord[]> {
    return (this.s.results.all(classId) as ResultRow[]).map(resultFromRow);
  }
}
