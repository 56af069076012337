// The store of classes (server/storage/stores.ts), the same tests on SQLite and PostgreSQL:
// what a class session writes without waiting is read back in the order it was written, and
// both databases hold the same tables and columns.
import { describe, expect, it } from "vitest";
import type { ClassRecord, ResultRecord } from "../../server/storage";
import { storageBackends, type Place } from "./storage-backends";

const backends = storageBackends();

function sampleClass(overrides: Partial<ClassRecord> = {}): ClassRecord {
  return {
    id: "class-1",
    code: "QWERT",
    hostKeyHash: "ab".repeat(32),
    name: "7B",
    setup: {
      name: "7B",
      rounds: [{ scenarioId: "handshake", difficulty: "guided", timeLimitSeconds: 120 }],
    } as unknown as ClassRecord["setup"],
    phase: "lobby",
    round: 0,
    locked: false,
    lateJoin: true,
    createdAt: 1_764_000_000_000,
    endedAt: null,
    ...overrides,
  };
}

const result = (round: number, studentId: number, total: number): ResultRecord => ({
  round,
  studentId,
  matchId: `m${round}${studentId}`,
  side: "A",
  total,
  speed: 3,
  right: 2,
  declared: 4,
  goal: true,
  mistakes: { "segment/bad-ack": 1 },
  concepts: [],
  finishedAt: 1_764_000_100_000,
});

for (const backend of backends) {
  describe.skipIf(backend.skip)(`the class store on ${backend.name}`, () => {
    it("reads back a class, its roster, pairs and results written one after another without waiting", async () => {
      const { classes } = await (await backend.place()).open();
      const c = sampleClass();
      // As a class session does: start each write, wait for none.
      const writes = [
        classes.createClass(c),
        classes.addStudent(c.id, { id: 1, browserHash: "b1", name: "ana", joinedAt: 1 }),
        classes.addStudent(c.id, { id: 2, browserHash: "b2", name: "bo", joinedAt: 2 }),
        classes.renameStudent(c.id, 2, "bob"),
        classes.kickStudent(c.id, 1),
        classes.updateClass({ ...c, phase: "round", round: 1, locked: true }),
        classes.savePairs(c.id, 1, [{ round: 1, pair: 0, roomId: "ROOM1", A: 2, B: null }]),
        classes.saveResults(c.id, [result(1, 2, 50)]),
      ];
      expect(await classes.getClass(c.id)).toEqual({ ...c, phase: "round", round: 1, locked: true });
      expect(await classes.students(c.id)).toEqual([
        { id: 1, browserHash: "b1", name: "ana", kicked: true, joinedAt: 1 },
        { id: 2, browserHash: "b2", name: "bob", kicked: false, joinedAt: 2 },
      ]);
      expect(await classes.pairs(c.id, 1)).toEqual([{ round: 1, pair: 0, roomId: "ROOM1", A: 2, B: null }]);
      expect(await classes.results(c.id)).toEqual([result(1, 2, 50)]);
      await Promise.all(writes);
    });

    it("replaces a round's pairs and a student's result of a round, and keeps the others", async () => {
      const { classes } = await (await backend.place()).open();
      const c = sampleClass();
      await classes.createClass(c);
      await classes.savePairs(c.id, 1, [
        { round: 1, pair: 0, roomId: "R0", A: 1, B: 2 },
        { round: 1, pair: 1, roomId: "R1", A: 3, B: null },
      ]);
      await classes.savePairs(c.id, 1, [{ round: 1, pair: 0, roomId: "R9", A: 2, B: 1 }]);
      expect(await classes.pairs(c.id, 1)).toEqual([{ round: 1, pair: 0, roomId: "R9", A: 2, B: 1 }]);
      await classes.saveResults(c.id, [result(1, 1, 10), result(1, 2, 20)]);
      await classes.saveResults(c.id, [result(1, 2, 25), result(2, 2, 30)]);
      expect((await classes.results(c.id)).map((r) => [r.round, r.studentId, r.total])).toEqual([
        [1, 1, 10],
        [1, 2, 25],
        [2, 2, 30],
      ]);
    });

    it("lists a teacher's classes newest first, and the live ones a restart brings back", async () => {
      const { classes } = await (await backend.place()).open();
      await classes.createClass(sampleClass({ id: "old", createdAt: 1_000 }));
      await classes.createClass(sampleClass({ id: "new", createdAt: 2_000 }));
      await classes.createClass(sampleClass({ id: "ended", createdAt: 3_000, endedAt: 4_000 }));
      await classes.createClass(sampleClass({ id: "other", hostKeyHash: "cd".repeat(32), createdAt: 5_000 }));
      expect((await classes.listByHost("ab".repeat(32))).map((c) => c.id)).toEqual(["ended", "new", "old"]);
      expect((await classes.listByHost("ab".repeat(32), 1)).map((c) => c.id)).toEqual(["ended"]);
      expect((await classes.liveClasses(1_500)).map((c) => c.id)).toEqual(["new", "other"]);
      expect(await classes.getClass("nobody")).toBeNull();
    });

    it("refuses a second student with the same browser in a class, and keeps the first", async () => {
      const { classes } = await (await backend.place()).open();
      const c = sampleClass();
      await classes.createClass(c);
      await classes.addStudent(c.id, { id: 1, browserHash: "same", name: "ana", joinedAt: 1 });
      await expect(classes.addStudent(c.id, { id: 2, browserHash: "same", name: "eve", joinedAt: 2 })).rejects.toThrow();
      expect((await classes.students(c.id)).map((s) => s.name)).toEqual(["ana"]);
    });
  });
}

/** A table's columns, "name" or "name?" when it may be NULL (a primary key may not, in both), from either catalogue. */
async function columns(place: Place, kind: "sqlite" | "postgres", table: string): Promise<string[]> {
  const rows =
    kind === "sqlite"
      ? (await place.query(`PRAGMA table_info(${table})`)).map((r) => `${String(r.name)}${r.notnull || r.pk ? "" : "?"}`)
      : (
          await place.query(
            `SELECT column_name, is_nullable FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`,
          )
        ).map((r) => `${String(r.column_name)}${r.is_nullable === "YES" ? "?" : ""}`);
  return rows;
}

describe.skipIf(backends[1]!.skip)("the two dialects of each migration", () => {
  it("give SQLite and PostgreSQL the same tables with the same columns, in the same order", async () => {
    const [sqlite, postgres] = await Promise.all(backends.map((b) => b.place()));
    await (await sqlite!.open()).close();
    await (await postgres!.open()).close();
    for (const table of ["matches", "classes", "class_students", "class_pairs", "class_results", "schema_migrations"]) {
      const a = await columns(sqlite!, "sqlite", table);
      expect(a.length, table).toBeGreaterThan(0);
      expect(await columns(postgres!, "postgres", table), table).toEqual(a);
    }
    // The one difference, by design (migration 0004): SQLite keeps the journal's inputs in one
    // log, where each match's rows begin at live_matches.first_seq; PostgreSQL by match.
    expect(await columns(sqlite!, "sqlite", "live_matches")).toEqual([
      ...(await columns(postgres!, "postgres", "live_matches")),
      "first_seq",
    ]);
    expect(await columns(sqlite!, "sqlite", "live_log")).toEqual(["seq", "match_id", "n", "input"]);
    expect(await columns(postgres!, "postgres", "live_inputs")).toEqual(["match_id", "n", "input"]);
    expect(await columns(sqlite!, "sqlite", "live_inputs")).toEqual([]);
  });

  it("let processes that start together migrate one database once", async () => {
    const place = await backends[1]!.place();
    const opened = await Promise.all([place.open(), place.open(), place.open()]);
    const ids = (await place.query("SELECT id FROM schema_migrations")).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("0101-classes");
    await Promise.all(opened.map((s) => s.close()));
  });
});
