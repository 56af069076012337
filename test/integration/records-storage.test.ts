// The store of finished matches (server/storage/stores.ts), the same tests on SQLite and on
// PostgreSQL (a throwaway cluster, skipped where PostgreSQL is not installed).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  databaseUrlOf,
  MATCH_MIGRATIONS,
  newMatchId,
  openDatabase,
  openStorage,
  resolveDbPath,
  StorageConfigError,
  type FinishedMatch,
} from "../../server/storage";
import { storageBackends } from "./storage-backends";

function sampleMatch(overrides: Partial<FinishedMatch> = {}): FinishedMatch {
  return {
    id: newMatchId(),
    scenarioId: "handshake",
    config: { scenarioId: "handshake", difficulty: "standard", timeFactor: 1 },
    isns: { A: 4294967290, B: 1000 },
    inputs: [
      { at: 0, side: "A", kind: "segment" },
      { at: 120, side: "B", kind: "declare", state: "SYN_RCVD" },
    ],
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

for (const backend of storageBackends()) {
  describe.skipIf(backend.skip)(`the finished-match store on ${backend.name}`, () => {
    it("gives back a saved match exactly, inputs in order", async () => {
      const { matches } = await (await backend.place()).open();
      const m = sampleMatch();
      expect(await matches.saveFinished(m)).toBe(true);
      expect(await matches.get(m.id)).toEqual({ ...m, format: 1 });
    });

    it("answers null for an unknown or malformed id", async () => {
      const { matches } = await (await backend.place()).open();
      expect(await matches.get(newMatchId())).toBeNull();
      expect(await matches.get("../../etc/passwd")).toBeNull();
    });

    it("refuses to save a match whose id is not url-safe, and saves nothing", async () => {
      const { matches } = await (await backend.place()).open();
      await expect(matches.saveFinished(sampleMatch({ id: "../x" }))).rejects.toThrow(/invalid match id/);
      expect(await matches.count()).toBe(0);
    });

    it("keeps the first save of an id and ignores a second one", async () => {
      const { matches } = await (await backend.place()).open();
      const m = sampleMatch();
      await matches.saveFinished(m);
      expect(await matches.saveFinished({ ...m, result: { tampered: true } })).toBe(false);
      expect((await matches.get(m.id))?.result).toEqual(m.result);
      expect(await matches.count()).toBe(1);
    });

    it("lists the most recently finished first, without the input logs, and clamps the limit", async () => {
      const { matches } = await (await backend.place()).open();
      const ids: { k: number; id: string }[] = [];
      for (const k of [3, 1, 2]) {
        const m = sampleMatch({ finishedAt: 1_700_000_000_000 + k * 1000 });
        await matches.saveFinished(m);
        ids.push({ k, id: m.id });
      }
      const listed = await matches.listRecent(2);
      expect(listed.map((s) => s.id)).toEqual([ids[0]!.id, ids[2]!.id]);
      expect(listed[0]).not.toHaveProperty("inputs");
      expect(await matches.listRecent(0)).toHaveLength(1);
      expect((await matches.listRecent(10, 2)).map((s) => s.id)).toEqual([ids[1]!.id]);
    });

    it("keeps a saved match across closing and reopening the database (a server restart)", async () => {
      const place = await backend.place();
      const m = sampleMatch();
      const first = await place.open();
      await first.matches.saveFinished(m);
      await first.close();
      const second = await place.open();
      expect(await second.matches.get(m.id)).toEqual({ ...m, format: 1 });
      await second.close();
    });

    it("applies each migration once, in list order, and opening again applies none", async () => {
      const place = await backend.place();
      await (await place.open()).close();
      await (await place.open()).close();
      const ids = (await place.query("SELECT id FROM schema_migrations ORDER BY applied_at, id")).map((r) => r.id);
      expect(ids).toEqual([...MATCH_MIGRATIONS.map((m) => m.id), "0101-classes"]);
    });
  });
}

describe("choosing the database", () => {
  it("takes PostgreSQL from DATABASE_URL, unless a SQLite path is given explicitly", () => {
    const env = { DATABASE_URL: "postgres://arena@db/arena" };
    expect(databaseUrlOf({}, env)).toBe("postgres://arena@db/arena");
    expect(databaseUrlOf({ dbPath: ":memory:" }, env)).toBeNull();
    expect(databaseUrlOf({ databaseUrl: "postgresql://x/y", dbPath: ":memory:" }, env)).toBe("postgresql://x/y");
    expect(databaseUrlOf({}, {})).toBeNull();
  });

  it("refuses a DATABASE_URL that is not postgres:// with storage/not-a-postgres-url, without showing the rest of it", async () => {
    const error = await openStorage({ databaseUrl: "mysql://root:hunter2@db/arena" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageConfigError);
    expect((error as StorageConfigError).code).toBe("storage/not-a-postgres-url");
    expect((error as Error).message).toContain("mysql");
    expect((error as Error).message).not.toContain("hunter2");
  });

  it("takes its SQLite file from DB_PATH when set, else a file under ./data", () => {
    expect(resolveDbPath({ DB_PATH: "/srv/x.sqlite" })).toBe("/srv/x.sqlite");
    expect(resolveDbPath({})).toMatch(/^data\//);
  });

  it("creates the SQLite file's folders and runs extra migrations after the match tables", () => {
    const dir = mkdtempSync(join(tmpdir(), "tcp-arena-db-"));
    dirs.push(dir);
    const path = join(dir, "nested", "arena.sqlite");
    const extra = [{ id: "9001-test-classes", up: "CREATE TABLE classes (id TEXT PRIMARY KEY)" }];
    openDatabase({ path, extraMigrations: extra }).close();
    // Opening again must not try to create the tables a second time.
    const db = openDatabase({ path, extraMigrations: extra });
    const ids = (db.prepare("SELECT id FROM schema_migrations ORDER BY rowid").all() as { id: string }[]).map((r) => r.id);
    expect(ids).toEqual([...MATCH_MIGRATIONS.map((m) => m.id), "9001-test-classes"]);
    db.close();
  });
});
