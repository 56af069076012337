// The journal of matches in progress (server/storage/journal.ts): writes wait in memory and
// go to SQLite in one transaction per batch; what was flushed survives closing the file
// (as after a crash); a finished match leaves it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MatchJournal, openDatabase } from "../../server/storage";

const dir = mkdtempSync(join(tmpdir(), "tcp-arena-journal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const start = (id: string) => ({ id, roomId: "ABCDE", room: { mode: "private" }, scenarioId: "handshake", config: { seed: 1 }, isns: { A: 1, B: 2 }, createdAt: 5, inputs: [{ n: 0 }] });

describe("the journal of live matches", () => {
  it("keeps a match's start and its inputs in order across a reopening of the file", () => {
    const path = join(dir, "a.sqlite");
    const db = openDatabase({ path });
    const journal = new MatchJournal(db, 10_000);
    journal.begin(start("match-1"));
    journal.append("match-1", 1, [{ n: 1 }, { n: 2 }]);
    journal.append("match-1", 3, [{ n: 3 }]);
    journal.setRoom("match-1", { mode: "private", seats: "changed" });
    journal.flush();
    db.close();
    const again = new MatchJournal(openDatabase({ path }));
    const [live] = again.live();
    expect(live).toMatchObject({ id: "match-1", roomId: "ABCDE", room: { seats: "changed" }, isns: { A: 1, B: 2 }, createdAt: 5 });
    expect(live!.inputs).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it("writes nothing until its batch is flushed (in one transaction), then everything", () => {
    const db = openDatabase({ path: ":memory:" });
    const journal = new MatchJournal(db, 10_000);
    journal.begin(start("match-2"));
    for (let n = 1; n <= 500; n++) journal.append("match-2", n, [{ n }]);
    const count = () => (db.prepare("SELECT COUNT(*) AS n FROM live_inputs").get() as { n: number }).n;
    expect(count()).toBe(0);
    journal.flush();
    expect(count()).toBe(501);
  });

  it("flushes by itself after its interval", async () => {
    const db = openDatabase({ path: ":memory:" });
    const journal = new MatchJournal(db, 20);
    journal.begin(start("match-3"));
    await new Promise((r) => setTimeout(r, 100));
    expect((db.prepare("SELECT COUNT(*) AS n FROM live_matches").get() as { n: number }).n).toBe(1);
  });

  it("forgets a match that ended, inputs and all", () => {
    const db = openDatabase({ path: ":memory:" });
    const journal = new MatchJournal(db);
    journal.begin(start("match-4"));
    journal.append("match-4", 1, [{ n: 1 }]);
    journal.end("match-4");
    expect(journal.live()).toEqual([]);
    expect((db.prepare("SELECT COUNT(*) AS n FROM live_inputs").get() as { n: number }).n).toBe(0);
  });

  it("refuses a match id that is not url-safe", () => {
    const journal = new MatchJournal(openDatabase({ path: ":memory:" }));
    expect(() => journal.begin(start("../etc"))).toThrow(/invalid match id/);
  });
});
