// The journal of matches in progress (server/storage/journal.ts, postgres/journal.ts): writes
// wait in memory and go to the database in one transaction per batch; what was flushed
// survives closing the database (as after a crash); a finished match leaves it. The same
// tests on SQLite and PostgreSQL; then SQLite's log and its sweeps; then the queue's retries
// (batched-journal.ts) on its own.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { BatchedJournal, type JournalOp } from "../../server/storage/batched-journal";
import { CLASS_MIGRATIONS, MATCH_MIGRATIONS, migrate, type LiveMatch } from "../../server/storage";
import { storageBackends, type Place } from "./storage-backends";

const start = (id: string) => ({
  id,
  roomId: "ABCDE",
  room: { mode: "private" },
  scenarioId: "handshake",
  config: { seed: 1 },
  isns: { A: 1, B: 2 },
  createdAt: 5,
  inputs: [{ n: 0 }],
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const backends = storageBackends();
for (const backend of backends) {
  // SQLite keeps the inputs of all matches in one log (migration 0004), PostgreSQL by match.
  const inputRows = backend.name === "sqlite" ? "live_log" : "live_inputs";
  describe.skipIf(backend.skip)(`the journal of live matches on ${backend.name}`, () => {
    it("keeps a match's start and its inputs in order across a reopening of the database", async () => {
      const place = await backend.place();
      const first = await place.open({ journalFlushMs: 10_000 });
      first.journal.begin(start("match-1"));
      first.journal.append("match-1", 1, [{ n: 1 }, { n: 2 }]);
      first.journal.append("match-1", 3, [{ n: 3 }]);
      first.journal.setRoom("match-1", { mode: "private", seats: "changed" });
      await first.journal.flush();
      await first.close();
      const again = await place.open();
      const [live] = await again.journal.live();
      expect(live).toMatchObject({ id: "match-1", roomId: "ABCDE", room: { seats: "changed" }, isns: { A: 1, B: 2 }, createdAt: 5 });
      expect(live!.inputs).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }, { n: 3 }]);
    });

    it("writes nothing until its batch is flushed (in one transaction), then everything", async () => {
      const place = await backend.place();
      const { journal } = await place.open({ journalFlushMs: 10_000 });
      journal.begin(start("match-2"));
      for (let n = 1; n <= 500; n++) journal.append("match-2", n, [{ n }]);
      expect(await place.count(inputRows)).toBe(0);
      await journal.flush();
      expect(await place.count(inputRows)).toBe(501);
    });

    it("flushes by itself after its interval", async () => {
      const place = await backend.place();
      const { journal } = await place.open({ journalFlushMs: 20 });
      journal.begin(start("match-3"));
      for (let i = 0; i < 40 && (await place.count("live_matches")) === 0; i++) await sleep(25);
      expect(await place.count("live_matches")).toBe(1);
    });

    it("forgets a match that ended, inputs and all (SQLite's log: once the log has grown past them)", async () => {
      const place = await backend.place();
      const { journal } = await place.open({ journalWindow: 4 });
      journal.begin(start("match-4"));
      journal.append("match-4", 1, [{ n: 1 }]);
      journal.end("match-4");
      expect(await journal.live()).toEqual([]);
      if (backend.name === "sqlite") {
        journal.begin({ ...start("match-4b"), inputs: [0, 1, 2, 3, 4, 5, 6, 7].map((n) => ({ n })) });
        await journal.flush();
      }
      expect(await place.query(`SELECT * FROM ${inputRows} WHERE match_id = 'match-4'`)).toEqual([]);
    });

    it("starts a match over when it begins again: inputs of the earlier start are gone", async () => {
      const { journal } = await (await backend.place()).open();
      journal.begin(start("match-5"));
      journal.append("match-5", 1, [{ n: 1 }, { n: 2 }]);
      await journal.flush();
      journal.begin({ ...start("match-5"), inputs: [{ n: 0 }, { n: "again" }] });
      const [live] = await journal.live();
      expect(live!.inputs).toEqual([{ n: 0 }, { n: "again" }]);
    });

    it("gives each process back its own matches only (one database, several processes)", async () => {
      const place = await backend.place();
      const one = await place.open({ journalOwner: "10.0.0.11:2567" });
      const two = await place.open({ journalOwner: "10.0.0.12:2567" });
      one.journal.begin(start("match-one"));
      two.journal.begin(start("match-two"));
      await Promise.all([one.journal.flush(), two.journal.flush()]);
      expect((await one.journal.live()).map((m) => m.id)).toEqual(["match-one"]);
      expect((await two.journal.live()).map((m) => m.id)).toEqual(["match-two"]);
      await Promise.all([one.close(), two.close()]);
      // A restarted process (same address) finds its match again.
      const oneAgain = await place.open({ journalOwner: "10.0.0.11:2567" });
      expect((await oneAgain.journal.live()).map((m) => m.id)).toEqual(["match-one"]);
    });

    it("refuses a match id that is not url-safe, and queues nothing", async () => {
      const place = await backend.place();
      const { journal } = await place.open();
      expect(() => journal.begin(start("../etc"))).toThrow(/invalid match id/);
      await journal.flush();
      expect(await place.count("live_matches")).toBe(0);
    });
  });
}

describe("SQLite's log of live inputs", () => {
  const sqlite = backends.find((b) => b.name === "sqlite")!;
  const count = async (place: Place, sql: string) => Number((await place.query(sql))[0]!.n);
  const inputs = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => ({ n: from + i }));

  it("keeps a long match whole over many sweeps while short ones come and go, and stays short itself", async () => {
    const place = await sqlite.place();
    const { journal } = await place.open({ journalFlushMs: 60_000, journalWindow: 20 });
    journal.begin({ ...start("long"), inputs: [] });
    let lengths = 0;
    for (let round = 0; round < 200; round++) {
      journal.append("long", round, [{ n: round }]);
      const short = `short-${round}`;
      journal.begin({ ...start(short), inputs: inputs(0, 5) });
      journal.end(short);
      await journal.flush();
      lengths = Math.max(lengths, await count(place, "SELECT COUNT(*) AS n FROM live_log"));
    }
    // 200 rows of the long match and 1,000 of short ones written (and copies): never more than
    // four times the live rows, or the window, and a batch.
    expect(lengths).toBeLessThanOrEqual(4 * 200 + 6);
    const live = await journal.live();
    expect(live.map((m) => m.id)).toEqual(["long"]);
    expect(live[0]!.inputs).toEqual(inputs(0, 200));
    // Most of the 1,000 rows of ended matches are gone.
    expect(await count(place, "SELECT COUNT(*) AS n FROM live_log WHERE match_id LIKE 'short-%'")).toBeLessThan(500);
  });

  it("does not bring back the rows of an earlier start, even after they were copied by a sweep", async () => {
    const place = await sqlite.place();
    const first = await place.open({ journalFlushMs: 60_000, journalWindow: 6 });
    first.journal.begin({ ...start("again"), inputs: inputs(0, 4) });
    await first.journal.flush();
    // Enough rows after it for a sweep to copy its rows to the end of the log.
    first.journal.begin({ ...start("other"), inputs: inputs(0, 12) });
    await first.journal.flush();
    expect(await count(place, "SELECT MIN(seq) AS n FROM live_log WHERE match_id = 'again'")).toBeGreaterThan(4);
    first.journal.begin({ ...start("again"), inputs: [{ n: "new start" }] });
    await first.journal.flush();
    await first.close();
    const [again, other] = await (await place.open()).journal.live();
    expect(again!.inputs).toEqual([{ n: "new start" }]);
    expect(other!.inputs).toEqual(inputs(0, 12));
  });

  it("takes over the inputs of a database from before the log (migration 0004)", async () => {
    const place = await sqlite.place();
    const old = new Database(place.file!);
    migrate(old, [...MATCH_MIGRATIONS.filter((m) => m.id < "0004"), ...CLASS_MIGRATIONS]);
    old
      .prepare(
        `INSERT INTO live_matches (id, room_id, room, scenario_id, config, isns, format, created_at, owner)
         VALUES ('before', 'ABCDE', '{}', 'handshake', '{}', '{"A":1,"B":2}', 1, 5, '')`,
      )
      .run();
    const insert = old.prepare("INSERT INTO live_inputs (match_id, n, input) VALUES ('before', ?, ?)");
    for (const n of [2, 0, 1]) insert.run(n, JSON.stringify({ n }));
    old.close();
    const [live] = await (await place.open()).journal.live();
    expect(live).toMatchObject({ id: "before", roomId: "ABCDE" });
    expect(live!.inputs).toEqual(inputs(0, 3));
  });
});

/** A journal whose database fails the first `failures` batches, recording what it was given. */
class FlakyJournal extends BatchedJournal {
  readonly written: JournalOp[][] = [];
  calls = 0;
  constructor(private failures: number) {
    super(1);
  }
  protected override async write(ops: readonly JournalOp[]): Promise<void> {
    this.calls++;
    if (this.failures-- > 0) throw new Error("connection refused");
    this.written.push([...ops]);
  }
  protected override async readLive<C, I, R>(): Promise<LiveMatch<C, I, R>[]> {
    return [];
  }
}

describe("the journal's queue when the database fails", () => {
  it("writes a failed batch again, before what was queued after it, once the database answers", async () => {
    const journal = new FlakyJournal(2);
    journal.begin(start("m"));
    await journal.flush(); // fails: back to the front of the queue
    journal.append("m", 1, [{ n: 1 }]);
    for (let i = 0; i < 100 && journal.written.length === 0; i++) await sleep(10);
    await journal.flush();
    expect(journal.calls).toBeGreaterThanOrEqual(3);
    expect(journal.written.flat().map((op) => op.kind)).toEqual(["begin", "inputs"]);
  });

  it("drops a batch the database never takes after its attempts, and writes the ones after it", async () => {
    const journal = new FlakyJournal(8);
    journal.begin(start("m"));
    for (let i = 0; i < 200 && journal.calls < 8; i++) await sleep(10);
    expect(journal.calls).toBe(8);
    expect(journal.pending).toBe(0);
    journal.end("m");
    await journal.flush();
    expect(journal.written.flat().map((op) => op.kind)).toEqual(["end"]);
  });
});
