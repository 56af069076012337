// Schema migrations, applied in list order, each once, each in its own transaction.
// Migrations are identified by name rather than by a version number so that another
// module (the classroom tables, for one) can append its own list without colliding.
import type Database from "better-sqlite3";

export interface Migration {
  /** Unique and never renamed once shipped: it is how a database remembers what ran. */
  id: string;
  /** SQL run once, inside a transaction. */
  up: string;
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
  },
];

/** Applies the migrations not yet applied; returns the ids it applied. */
export function migrate(db: Database.Database, migrations: readonly Migration[]): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id TEXT PRIMARY KEY,
    applied_at INTEGER NOT NULL
  )`);
  const seen = new Set<string>();
  for (const m of migrations) {
    if (seen.has(m.id)) throw new Error(`duplicate migration id ${m.id}`);
    seen.add(m.id);
  }
  const done = new Set(
    (db.prepare("SELECT id FROM schema_migrations").all() as { id: string }[]).map((r) => r.id),
  );
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
