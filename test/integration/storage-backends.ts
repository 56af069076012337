// The two databases storage runs on, for tests whose bodies are the same for both: SQLite
// (a file in a temp dir) and PostgreSQL (a database of a throwaway cluster, postgres-server.ts,
// started once per test file). A `place` is one empty database that can be opened, closed
// and opened again, as a server restart would.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { openPostgresStorage, openSqliteStorage, type Storage } from "../../server/storage";
import { skipPostgres, startPostgres, type PostgresServer } from "./postgres-server";

export interface OpenOptions {
  journalFlushMs?: number;
  journalOwner?: string;
  /** SQLite only: the length of its journal's log at which sweeps start (PostgreSQL has none). */
  journalWindow?: number;
}

export interface Place {
  open(options?: OpenOptions): Promise<Storage>;
  /** Rows in a table, read on a connection of its own. */
  count(table: string): Promise<number>;
  /** Runs SQL (no parameters) on a connection of its own; returns the rows. */
  query(sql: string): Promise<Record<string, unknown>[]>;
  /** SQLite: the database file (to make one as an older version left it). */
  file?: string;
}

export interface Backend {
  name: "sqlite" | "postgres";
  skip: boolean;
  place(): Promise<Place>;
}

/** Registers the file's hooks (a cluster for PostgreSQL) and gives both backends. */
export function storageBackends(): Backend[] {
  let server: PostgresServer | null = null;
  const dirs: string[] = [];
  const cleanups: Array<() => Promise<void>> = [];
  beforeAll(async () => {
    if (!skipPostgres) server = await startPostgres();
  });
  afterAll(async () => {
    for (const c of cleanups.splice(0)) await c();
    await server?.stop();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  // What a test left open is closed after the file (a closed one refuses quietly).
  const track = (storage: Storage): Storage => {
    cleanups.push(() => storage.close().catch(() => undefined));
    return storage;
  };
  const sqlite: Backend = {
    name: "sqlite",
    skip: false,
    async place() {
      const dir = mkdtempSync(path.join(tmpdir(), "tcp-arena-store-"));
      dirs.push(dir);
      const file = path.join(dir, "arena.sqlite");
      const query = async (sql: string) => {
        const db = new Database(file, { readonly: true });
        try {
          return db.prepare(sql).all() as Record<string, unknown>[];
        } finally {
          db.close();
        }
      };
      return {
        file,
        open: async (o = {}) => track(openSqliteStorage({ dbPath: file, ...o })),
        query,
        count: async (table) => Number((await query(`SELECT COUNT(*) AS n FROM ${table}`))[0]!.n),
      };
    },
  };
  const postgres: Backend = {
    name: "postgres",
    skip: skipPostgres,
    async place() {
      if (!server) throw new Error("no PostgreSQL server");
      const url = await server.createDatabase();
      const pool = new pg.Pool({ connectionString: url, max: 2 });
      cleanups.push(() => pool.end());
      const query = async (sql: string) => (await pool.query(sql)).rows as Record<string, unknown>[];
      return {
        open: async (o = {}) => track(await openPostgresStorage(url, o)),
        query,
        count: async (table) => Number((await query(`SELECT COUNT(*) AS n FROM ${table}`))[0]!.n),
      };
    },
  };
  return [sqlite, postgres];
}
