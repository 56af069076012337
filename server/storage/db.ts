// Opening the SQLite database: where the file lives and the pragmas a server wants.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { MATCH_MIGRATIONS, migrate, type Migration } from "./migrations";

/** Default file, relative to the working directory (`npm start` runs from the repo root). */
export const DEFAULT_DB_PATH = "data/tcp-arena.sqlite";

export interface OpenOptions {
  /** A file path or ":memory:". Default: `DB_PATH` from the environment, else DEFAULT_DB_PATH. */
  path?: string;
  /** Migrations run after the match tables (e.g. the classroom's). */
  extraMigrations?: readonly Migration[];
}

export function resolveDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.DB_PATH && env.DB_PATH.length > 0 ? env.DB_PATH : DEFAULT_DB_PATH;
}

export function openDatabase(options: OpenOptions = {}): Database.Database {
  const path = options.path ?? resolveDbPath();
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // WAL lets readers (replay downloads) run while a match is being saved; NORMAL sync is
  // durable across a process crash, which is what "survives a restart" needs.
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 2000");
  migrate(db, [...MATCH_MIGRATIONS, ...(options.extraMigrations ?? [])]);
  return db;
}
