// The journal of matches in progress (server/storage/journal.ts, postgres/journal.ts): writes
// wait in memory and go to the database in one transaction per batch; what was flushed
// survives closing the database (as after a crash); a finished match leaves it. The same
// tests on SQLite and PostgreSQL; then the queue's retries (batched-journal.ts) on its own.
import { describe, expect, it } from "vitest";
import { BatchedJournal, type JournalOp } from "../../server/storage/batched-journal";
import type { LiveMatch } from "../../server/storage";
import { storageBackends } from "./storage-backends";

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

for (const backend of storageBackends()) {
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
      expect(await place.count("live_inputs")).toBe(0);
      await journal.flush();
      expect(await place.count("live_inputs")).toBe(501);
    });

    it("flushes by itself after its interval", async () => {
      const place = await backend.place();
      const { journal } = await place.open({ journalFlushMs: 20 });
      journal.begin(start("match-3"));
      for (let i = 0; i < 40 && (await place.count("live_matches")) === 0; i++) await sleep(25);
      expect(await place.count("live_matches")).toBe(1);
    });

    it("forgets a match that ended, inputs and all", async () => {
      const place = await backend.place();
      const { journal } = await place.open();
      journal.begin(start("match-4"));
      journal.append("match-4", 1, [{ n: 1 }]);
      journal.end("match-4");
      expect(await journal.live()).toEqual([]);
      expect(await place.count("live_inputs")).toBe(0);
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
