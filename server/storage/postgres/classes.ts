// Classes in PostgreSQL (ClassStore): the SQLite repository's queries (../classes.ts) on the
// shared pool. The class session writes without waiting, so this process's writes of one
// class go through a KeyedQueue in the order they were made, and its reads of a class wait
// for them: what a class session wrote, it reads back.
import type pg from "pg";
import type { ClassRecord, PairRecord, ResultRecord, StudentRecord } from "../records";
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
} from "../rows";
import type { ClassStore } from "../stores";
import { KeyedQueue } from "./keyed-queue";
import { inTransaction } from "./pool";

export class PgClassRepository implements ClassStore {
  private readonly queue = new KeyedQueue();

  constructor(private readonly pool: pg.Pool) {}

  createClass(c: ClassRecord): Promise<void> {
    const r = classRow(c);
    return this.write(
      c.id,
      `INSERT INTO classes (id, code, host_key_hash, name, setup, phase, round, locked, late_join, created_at, ended_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [r.id, r.code, r.host_key_hash, r.name, r.setup, r.phase, r.round, r.locked, r.late_join, r.created_at, r.ended_at],
    );
  }

  updateClass(c: ClassUpdate): Promise<void> {
    const r = classUpdateRow(c);
    return this.write(
      c.id,
      "UPDATE classes SET code = $2, phase = $3, round = $4, locked = $5, late_join = $6, ended_at = $7 WHERE id = $1",
      [r.id, r.code, r.phase, r.round, r.locked, r.late_join, r.ended_at],
    );
  }

  async getClass(id: string): Promise<ClassRecord | null> {
    const rows = await this.read<ClassRow>(id, "SELECT * FROM classes WHERE id = $1", [id]);
    return rows[0] ? classFromRow(rows[0]) : null;
  }

  async listByHost(hostKeyHash: string, limit = 100): Promise<ClassRecord[]> {
    await this.queue.idle();
    const { rows } = await this.pool.query<ClassRow>("SELECT * FROM classes WHERE host_key_hash = $1 ORDER BY created_at DESC LIMIT $2", [
      hostKeyHash,
      limit,
    ]);
    return rows.map(classFromRow);
  }

  async liveClasses(since: number): Promise<ClassRecord[]> {
    await this.queue.idle();
    const { rows } = await this.pool.query<ClassRow>(
      "SELECT * FROM classes WHERE ended_at IS NULL AND created_at >= $1 ORDER BY created_at",
      [since],
    );
    return rows.map(classFromRow);
  }

  addStudent(classId: string, s: Omit<StudentRecord, "kicked">): Promise<void> {
    return this.write(
      classId,
      "INSERT INTO class_students (class_id, id, browser_hash, name, kicked, joined_at) VALUES ($1, $2, $3, $4, 0, $5)",
      [classId, s.id, s.browserHash, s.name, s.joinedAt],
    );
  }

  renameStudent(classId: string, id: number, name: string): Promise<void> {
    return this.write(classId, "UPDATE class_students SET name = $1 WHERE class_id = $2 AND id = $3", [name, classId, id]);
  }

  kickStudent(classId: string, id: number): Promise<void> {
    return this.write(classId, "UPDATE class_students SET kicked = 1 WHERE class_id = $1 AND id = $2", [classId, id]);
  }

  async students(classId: string): Promise<StudentRecord[]> {
    return (await this.read<StudentRow>(classId, "SELECT * FROM class_students WHERE class_id = $1 ORDER BY id", [classId])).map(
      studentFromRow,
    );
  }

  savePairs(classId: string, round: number, pairs: readonly PairRecord[]): Promise<void> {
    return this.queue.run(classId, () =>
      inTransaction(this.pool, async (client) => {
        await client.query("DELETE FROM class_pairs WHERE class_id = $1 AND round = $2", [classId, round]);
        const last = lastByKey(pairs, (p) => String(p.pair));
        if (last.length === 0) return;
        await client.query(
          `INSERT INTO class_pairs (class_id, round, pair, room_id, seat_a, seat_b)
           SELECT $1::text, $2::int, * FROM unnest($3::int[], $4::text[], $5::int[], $6::int[])`,
          [classId, round, last.map((p) => p.pair), last.map((p) => p.roomId), last.map((p) => p.A), last.map((p) => p.B)],
        );
      }),
    );
  }

  async pairs(classId: string, round: number): Promise<PairRecord[]> {
    return (
      await this.read<PairRow>(classId, "SELECT * FROM class_pairs WHERE class_id = $1 AND round = $2 ORDER BY pair", [classId, round])
    ).map(pairFromRow);
  }

  saveResults(classId: string, results: readonly ResultRecord[]): Promise<void> {
    const rows = lastByKey(results, (r) => `${r.round}:${r.studentId}`).map((r) => resultRow(classId, r));
    if (rows.length === 0) return this.queue.run(classId, async () => undefined);
    const column = <K extends keyof ResultRow>(k: K) => rows.map((r) => r[k]);
    return this.write(
      classId,
      `INSERT INTO class_results (class_id, round, student_id, match_id, side, total, speed, right_first, declared, goal,
         mistakes, concepts, finished_at)
       SELECT $1::text, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[], $9::int[],
         $10::int[], $11::text[], $12::text[], $13::bigint[])
       ON CONFLICT (class_id, round, student_id) DO UPDATE SET match_id = EXCLUDED.match_id, side = EXCLUDED.side,
         total = EXCLUDED.total, speed = EXCLUDED.speed, right_first = EXCLUDED.right_first, declared = EXCLUDED.declared,
         goal = EXCLUDED.goal, mistakes = EXCLUDED.mistakes, concepts = EXCLUDED.concepts, finished_at = EXCLUDED.finished_at`,
      [
        classId,
        column("round"),
        column("student_id"),
        column("match_id"),
        column("side"),
        column("total"),
        column("speed"),
        column("right_first"),
        column("declared"),
        column("goal"),
        column("mistakes"),
        column("concepts"),
        column("finished_at"),
      ],
    );
  }

  async results(classId: string): Promise<ResultRecord[]> {
    return (
      await this.read<ResultRow>(classId, "SELECT * FROM class_results WHERE class_id = $1 ORDER BY round, student_id", [classId])
    ).map(resultFromRow);
  }

  /** Resolves once every write this process queued has been sent and answered. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  private write(classId: string, sql: string, values: unknown[]): Promise<void> {
    return this.queue.run(classId, async () => void (await this.pool.query(sql, values)));
  }

  private read<Row extends pg.QueryResultRow>(classId: string, sql: string, values: unknown[]): Promise<Row[]> {
    return this.queue.run(classId, async () => (await this.pool.query<Row>(sql, values)).rows);
  }
}

/** One entry per key, the last given, in the order of first appearance (as one INSERT OR REPLACE after another leaves them). */
function lastByKey<T>(items: readonly T[], key: (item: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) byKey.set(key(item), item);
  return [...byKey.values()];
}
