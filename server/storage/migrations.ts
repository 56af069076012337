// Schema migrations, applied in list order, each once, each in its own transaction, the same
// list for SQLite (here) and PostgreSQL (postgres/migrate.ts). Migrations are identified by
// name rather than by a version number so that another module (the classroom tables, for
// one) can append its own list without colliding.
//
// Both databases get the same tables and columns, but for the journal's inputs (0004). Where
// their SQL differs, a migration says it twice under its one id: `up` as SQLite takes it,
// `postgres` as PostgreSQL does. The usual difference is a time: epoch milliseconds need 64
// bits, which SQLite's INTEGER is and PostgreSQL's is not (BIGINT there).
import type Database from "better-sqlite3";

export interface Migration {
  /** Unique and never renamed once shipped: it is how a database remembers what ran. */
  id: string;
  /** SQL run once, inside a transaction: SQLite's, and PostgreSQL's too unless `postgres` is given. */
  up: string;
  /** The same migration in PostgreSQL's dialect, when its SQL differs from `up`. */
  postgres?: string;
}

/** The tables of finished matches (replays survive a restart). Append; never edit a shipped entry. */
export const MATCH_MIGRATIONS: readonly Migration[] = [
  {
    id: "0001-matches",
    up: `
      CREATE TABLE matches (
        id           TEXT PRIMARY KEY,
        scenario_id  TEXT NOT NULL,
        -- JSON: the match configuration the reducer was created with
        config       TEXT NOT NULL,
        -- JSON: the initial sequence numbers { "A": n, "B": n }
        isns         TEXT NOT NULL,
        -- JSON: the ordered input log, from which the reducer replays the match exactly
        inputs       TEXT NOT NULL,
        -- JSON: scores, goal reached, mistakes: what lists and reports show
        result       TEXT NOT NULL,
        -- the version of the stored format, so a later reader knows how to replay it
        format       INTEGER NOT NULL,
        created_at   INTEGER NOT NULL,
        finished_at  INTEGER NOT NULL
      );
      CREATE INDEX matches_finished_at ON matches (finished_at DESC);
    `,
    postgres: `
      CREATE TABLE matches (
        id           TEXT PRIMARY KEY,
        scenario_id  TEXT NOT NULL,
        config       TEXT NOT NULL,
        isns         TEXT NOT NULL,
        inputs       TEXT NOT NULL,
        result       TEXT NOT NULL,
        format       INTEGER NOT NULL,
        created_at   BIGINT NOT NULL,
        finished_at  BIGINT NOT NULL
      );
      CREATE INDEX matches_finished_at ON matches (finished_at DESC);
    `,
  },
  {
    id: "0002-live-matches",
    up: `
      -- Matches in progress (journal.ts): what a restarted server needs to bring each back.
      CREATE TABLE live_matches (
        id           TEXT PRIMARY KEY,
        room_id      TEXT NOT NULL,
        -- JSON: the room around the match (mode, settings, seats, resume-secret hashes, plan)
        room         TEXT NOT NULL,
        scenario_id  TEXT NOT NULL,
        config       TEXT NOT NULL,
        isns         TEXT NOT NULL,
        format       INTEGER NOT NULL,
        created_at   INTEGER NOT NULL
      );
      -- The input log of each live match, appended as inputs happen; n counts from 0.
      CREATE TABLE live_inputs (
        match_id     TEXT NOT NULL,
        n            INTEGER NOT NULL,
        input        TEXT NOT NULL,
        PRIMARY KEY (match_id, n)
      ) WITHOUT ROWID;
    `,
    postgres: `
      CREATE TABLE live_matches (
        id           TEXT PRIMARY KEY,
        room_id      TEXT NOT NULL,
        room         TEXT NOT NULL,
        scenario_id  TEXT NOT NULL,
        config       TEXT NOT NULL,
        isns         TEXT NOT NULL,
        format       INTEGER NOT NULL,
        created_at   BIGINT NOT NULL
      );
      CREATE TABLE live_inputs (
        match_id     TEXT NOT NULL,
        n            INTEGER NOT NULL,
        input        TEXT NOT NULL,
        PRIMARY KEY (match_id, n)
      );
    `,
  },
  {
    id: "0003-live-matches-owner",
    // The process whose match it is (its PUBLIC_ADDRESS; '' for a lone process): with several
    // processes on one database, a restarted process brings back only its own (journal.ts).
    up: `ALTER TABLE live_matches ADD COLUMN owner TEXT NOT NULL DEFAULT ''`,
  },
  {
    id: "0004-live-log",
    // SQLite only: the inputs of all live matches in one log, in the order they were written
    // (journal.ts). A table keyed by match put each input on a page of its own among
    // thousands of growing matches, and every batch rewrote one page per input; appending in
    // order rewrites the last pages only. PostgreSQL keeps live_inputs: its writes are the
    // database server's work, not the game server's event loop's.
    up: `
      CREATE TABLE live_log (
        seq          INTEGER PRIMARY KEY,
        match_id     TEXT NOT NULL,
        n            INTEGER NOT NULL,
        input        TEXT NOT NULL
      );
      INSERT INTO live_log (match_id, n, input) SELECT match_id, n, input FROM live_inputs ORDER BY match_id, n;
      DROP TABLE live_inputs;
      -- A match's rows in live_log begin at first_seq: those before are of an earlier start.
      ALTER TABLE live_matches ADD COLUMN first_seq INTEGER NOT NULL DEFAULT 0;
    `,
    postgres: "SELECT 1",
  },
];

/** The ids of a list, refused if one appears twice. */
export function checkIds(migrations: readonly Migration[]): void {
  const seen = new Set<string>();
  for (const m of migrations) {
    if (seen.has(m.id)) throw new Error(`duplicate migration id ${m.id}`);
    seen.add(m.id);
  }
}

/** Applies the migrations not yet applied to a SQLite database; returns the ids it applied. */
export function migrate(db: Database.Database, migrations: readonly Migration[]): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id TEXT PRIMARY KEY,
    applied_at INTEGER NOT NULL
  )`);
  checkIds(migrations);
  const done = new Set((db.prepare("SELECT id FROM schema_migrations").all() as { id: string }[]).map((r) => r.id));
  const record = db.prepare("INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)");
  const applied: string[] = [];
  for (const m of migrations) {
    if (done.has(m.id)) continue;
    db.transaction(() => {
      db.exec(m.up);
      record.run(m.id, Date.now());
    })();
    applied.push(m.id);
  }
  return applied;
}
