// WAL checkpoints in a worker thread (server/storage/checkpointer.ts): the connection the
// server writes on never checkpoints, the worker does, and without its worker the connection
// checkpoints for itself again.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { checkpointInWorker } from "../../server/storage/checkpointer";
import { openSqliteStorage } from "../../server/storage";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const freshFile = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tcp-arena-ckpt-"));
  dirs.push(dir);
  return path.join(dir, "arena.sqlite");
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const walDb = (file: string) => {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE t (n INTEGER)");
  // The table itself in the database file, so that a copy of the file alone can be read.
  db.pragma("wal_checkpoint(TRUNCATE)");
  return db;
};
/**
 * Rows of t in the database file alone, without its WAL: what a checkpoint has copied there.
 * A copy taken while the worker writes pages into the file can be torn (SQLite then calls it
 * malformed): it is taken again, at most 20 times.
 */
const rowsInMainFile = (file: string): number => {
  const copy = `${file}.copy`;
  for (let attempt = 1; ; attempt++) {
    copyFileSync(file, copy);
    const db = new Database(copy, { readonly: true });
    try {
      return (db.prepare("SELECT COUNT(*) AS n FROM t").get() as { n: number }).n;
    } catch (error) {
      if (attempt >= 20 || (error as { code?: string }).code !== "SQLITE_CORRUPT") throw error;
    } finally {
      db.close();
      unlinkSync(copy);
    }
  }
};

/**
 * How many times the WAL was started again from its beginning: its header's checkpoint
 * sequence number (bytes 12–15, big-endian; https://www.sqlite.org/fileformat.html#the_write_ahead_log),
 * which SQLite increases each time it restarts the WAL.
 */
const walRestarts = (file: string): number => readFileSync(`${file}-wal`).readUInt32BE(12);

describe("checkpoints in a worker thread", () => {
  it("take the writes to the database file while the writing connection never checkpoints", async () => {
    const file = freshFile();
    const db = walDb(file);
    const checkpointer = checkpointInWorker(db, 50);
    expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(0);
    const insert = db.prepare("INSERT INTO t (n) VALUES (?)");
    db.transaction(() => {
      for (let n = 0; n < 2000; n++) insert.run(n);
    })();
    expect(rowsInMainFile(file)).toBe(0);
    for (let i = 0; i < 100 && rowsInMainFile(file) < 2000; i++) await sleep(20);
    expect(rowsInMainFile(file)).toBe(2000);
    await checkpointer.stop();
    db.close();
  });

  it("keep the WAL from growing while a writer writes all the time", async () => {
    const file = freshFile();
    const db = walDb(file);
    const checkpointer = checkpointInWorker(db, 50);
    // The same writes on a connection that never checkpoints: the WAL they would make.
    const unchecked = walDb(freshFile());
    unchecked.pragma("wal_autocheckpoint = 0");
    const batchOn = (on: Database.Database) => {
      const insert = on.prepare("INSERT INTO t (n) VALUES (?)");
      return on.transaction((from: number) => {
        for (let n = from; n < from + 200; n++) insert.run(n);
      });
    };
    const batch = batchOn(db);
    const uncheckedBatch = batchOn(unchecked);
    let restartsBefore = 0;
    for (let round = 0; round < 60; round++) {
      batch(round * 200);
      uncheckedBatch(round * 200);
      await sleep(10);
      if (round === 20) restartsBefore = walRestarts(file);
    }
    // The WAL was started again from its beginning after round 20 (its header counts that),
    // and it holds at most half of what the same writes make without checkpoints. How soon
    // it restarts depends on when the worker gets a core, so the bound leaves room for a
    // late one; a WAL the worker never restarts holds all of it.
    expect(walRestarts(file)).toBeGreaterThan(restartsBefore);
    expect(statSync(`${file}-wal`).size).toBeLessThanOrEqual(statSync(`${unchecked.name}-wal`).size / 2);
    await checkpointer.stop();
    db.close();
    unchecked.close();
  });

  it("give checkpointing back to the connection when the worker cannot open the file", async () => {
    const file = freshFile();
    const db = walDb(file);
    unlinkSync(file);
    const checkpointer = checkpointInWorker(db, 50);
    for (let i = 0; i < 100 && db.pragma("wal_autocheckpoint", { simple: true }) === 0; i++) await sleep(20);
    expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    await checkpointer.stop();
    db.close();
  });

  it("run beside SQLite storage on a file, and stop when it closes", async () => {
    const file = freshFile();
    const storage = openSqliteStorage({ dbPath: file });
    storage.journal!.begin({
      id: "m",
      roomId: "ABCDE",
      room: {},
      scenarioId: "handshake",
      config: {},
      isns: { A: 1, B: 2 },
      createdAt: 1,
      inputs: [],
    });
    await storage.close();
    const again = openSqliteStorage({ dbPath: file });
    expect((await again.journal!.live()).map((m) => m.id)).toEqual(["m"]);
    await again.close();
  });
});
