// Which database the server keeps its records in: PostgreSQL when DATABASE_URL names one
// (several processes, or machines, share it), else one SQLite file (the embedded default).
import { CLASS_MIGRATIONS } from "./class-migrations";
import { ClassRepository } from "./classes";
import { openDatabase } from "./db";
import { MatchJournal } from "./journal";
import { MatchRepository } from "./matches";
import { openPostgresStorage } from "./postgres";
import type { Storage } from "./stores";
import { checkpointInWorker } from "./checkpointer";

export interface StorageOptions {
  /** A postgres:// URL. Default: DATABASE_URL from the environment, unless `dbPath` is given. */
  databaseUrl?: string;
  /** The SQLite file (or ":memory:") when there is no URL; default DB_PATH, else data/tcp-arena.sqlite. */
  dbPath?: string;
  /** This process's rows in the journal: its PUBLIC_ADDRESS when several share the database. */
  journalOwner?: string;
  journalFlushMs?: number;
  /** SQLite: the length of its journal's log at which sweeps start (journal.ts LOG_WINDOW). */
  journalWindow?: number;
}

/** The URL to use, if any: an explicit one, else DATABASE_URL unless a SQLite path was given. */
export function databaseUrlOf(options: StorageOptions, env: NodeJS.ProcessEnv = process.env): string | null {
  if (options.databaseUrl) return options.databaseUrl;
  if (options.dbPath) return null;
  return env.DATABASE_URL && env.DATABASE_URL.length > 0 ? env.DATABASE_URL : null;
}

/** SQLite, synchronously: the file is opened and migrated when this returns. */
export function openSqliteStorage(
  options: Pick<StorageOptions, "dbPath" | "journalOwner" | "journalFlushMs" | "journalWindow"> = {},
): Storage {
  const db = openDatabase({ ...(options.dbPath ? { path: options.dbPath } : {}), extraMigrations: CLASS_MIGRATIONS });
  const checkpointer = db.memory ? null : checkpointInWorker(db);
  const journal = new MatchJournal(db, options.journalFlushMs, options.journalOwner ?? "", options.journalWindow);
  let closed: Promise<void> | null = null;
  return {
    kind: "sqlite",
    matches: new MatchRepository(db),
    classes: new ClassRepository(db),
    journal,
    close: () =>
      (closed ??= (async () => {
        await journal.flush();
        await checkpointer?.stop();
        db.close();
      })()),
  };
}

export async function openStorage(options: StorageOptions = {}): Promise<Storage> {
  const url = databaseUrlOf(options);
  return url ? openPostgresStorage(url, options) : openSqliteStorage(options);
}
