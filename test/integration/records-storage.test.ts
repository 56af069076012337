import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MatchRepository, newMatchId, openDatabase, resolveDbPath, type FinishedMatch } from "../../server/storage";

function sampleMatch(overrides: Partial<FinishedMatch> = {}): FinishedMatch {
  return {
    id: newMatchId(),
    scenarioId: "handshake",
    config: { scenarioId: "handshake", difficulty: "standard", timeFactor: 1 },
    isns: { A: 4294967290, B: 1000 },
    inputs: [{ at: 0, side: "A", kind: "segment" }, { at: 120, side: "B", kind: "declare", state: "SYN_RCVD" }],
    result: { goalReached: true, scores: { A: 70, B: 60 } },
    createdAt: 1_700_000_000_000,
    finishedAt: 1_700_000_060_000,
    ...overrides,
  };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("the finished-match repository", () => {
  it("gives back a saved match exactly, inputs in order", () => {
    const repo = new MatchRepository(openDatabase({ path: ":memory:" }));
    const m = sampleMatch();
    expect(repo.saveFinished(m)).toBe(true);
    expect(repo.get(m.id)).toEqual({ ...m, format: 1 });
  });

  it("answers null for an unknown or malformed id", () => {
    const repo = new MatchRepository(openDatabase({ path: ":memory:" }));
    expect(repo.get(newMatchId())).toBeNull();
    expect(repo.get("../../etc/passwd")).toBeNull();
  });

  it("keeps the first save of an id and ignores a second one", () => {
    const repo = new MatchRepository(openDatabase({ path: ":memory:" }));
    const m = sampleMatch();
    repo.saveFinished(m);
    expect(repo.saveFinished({ ...m, result: { tampered: true } })).toBe(false);
    expect(repo.get(m.id)?.result).toEqual(m.result);
    expect(repo.count()).toBe(1);
  });

  it("lists the most recently finished first, without the input logs, and clamps the limit", () => {
    const repo = new MatchRepository(openDatabase({ path: ":memory:" }));
    const ids = [3, 1, 2].map((k) => {
      const m = sampleMatch({ finishedAt: 1_700_000_000_000 + k * 1000 });
      repo.saveFinished(m);
      return { k, id: m.id };
    });
    const listed = repo.listRecent(2);
    expect(listed.map((s) => s.id)).toEqual([ids[0]!.id, ids[2]!.id]);
    expect(listed[0]).not.toHaveProperty("inputs");
    expect(repo.listRecent(0)).toHaveLength(1);
    expect(repo.listRecent(10, 2).map((s) => s.id)).toEqual([ids[1]!.id]);
  });

  it("keeps a saved match across closing and reopening the database file (a server restart)", () => {
    const dir = mkdtempSync(join(tmpdir(), "tcp-arena-db-"));
    dirs.push(dir);
    const path = join(dir, "nested", "arena.sqlite");
    const m = sampleMatch();
    const first = openDatabase({ path });
    new MatchRepository(first).saveFinished(m);
    first.close();
    const second = openDatabase({ path });
    expect(new MatchRepository(second).get(m.id)).toEqual({ ...m, format: 1 });
    second.close();
  });

  it("applies each migration once and runs extra migrations after the match tables", () => {
    const dir = mkdtempSync(join(tmpdir(), "tcp-arena-db-"));
    dirs.push(dir);
    const path = join(dir, "arena.sqlite");
    const extra = [{ id: "9001-test-classes", up: "CREATE TABLE classes (id TEXT PRIMARY KEY)" }];
    openDatabase({ path, extraMigrations: extra }).close();
    // Opening again must not try to create the tables a second time.
    const db = openDatabase({ path, extraMigrations: extra });
    const ids = (db.prepare("SELECT id FROM schema_migrations ORDER BY rowid").all() as { id: string }[]).map((r) => r.id);
    expect(ids).toEqual(["0001-matches", "0002-live-matches", "9001-test-classes"]);
    db.close();
  });

  it("takes its file from DB_PATH when set, else a file under ./data", () => {
    expect(resolveDbPath({ DB_PATH: "/srv/x.sqlite" })).toBe("/srv/x.sqlite");
    expect(resolveDbPath({})).toMatch(/^data\//);
  });
});
