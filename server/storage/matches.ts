// The repository of finished matches in SQLite: save once, read by id, list the recent ones.
// Config, inputs and result are stored as JSON text; the repository does not look inside,
// so the match reducer's types can evolve with a `format` bump instead of a migration.
import type Database from "better-sqlite3";
import { isMatchId, type FinishedMatch, type MatchSummary } from "./records";
import { matchFromRow, matchRow, pageOf, summaryFromRow, type MatchRow } from "./rows";
import type { MatchStore } from "./stores";

/** Finished matches in SQLite (MatchStore). */
export class MatchRepository implements MatchStore {
  private readonly insert;
  private readonly byId;
  private readonly recent;
  private readonly countAll;

  constructor(db: Database.Database) {
    this.insert = db.prepare(
      `INSERT INTO matches (id, scenario_id, config, isns, inputs, result, format, created_at, finished_at)
       VALUES (@id, @scenario_id, @config, @isns, @inputs, @result, @format, @created_at, @finished_at)
       ON CONFLICT (id) DO NOTHING`,
    );
    this.byId = db.prepare("SELECT * FROM matches WHERE id = ?");
    this.recent = db.prepare(
      `SELECT id, scenario_id, isns, result, format, created_at, finished_at
       FROM matches ORDER BY finished_at DESC, id LIMIT ? OFFSET ?`,
    );
    this.countAll = db.prepare("SELECT COUNT(*) AS n FROM matches");
  }

  /**
   * Saves a finished match. A match is final once saved: saving the same id again changes
   * nothing and returns false (a room that reports twice is harmless).
   */
  async saveFinished(match: FinishedMatch): Promise<boolean> {
    if (!isMatchId(match.id)) throw new Error(`invalid match id ${JSON.stringify(match.id)}`);
    return this.insert.run(matchRow(match)).changes === 1;
  }

  async get<Config = unknown, Input = unknown, Result = unknown>(id: string): Promise<FinishedMatch<Config, Input, Result> | null> {
    if (!isMatchId(id)) return null;
    const row = this.byId.get(id) as MatchRow | undefined;
    return row ? matchFromRow<Config, Input, Result>(row) : null;
  }

  async listRecent<Result = unknown>(limit = 20, offset = 0): Promise<MatchSummary<Result>[]> {
    const page = pageOf(limit, offset);
    const rows = this.recent.all(page.limit, page.offset) as Omit<MatchRow, "config" | "inputs">[];
    return rows.map((row) => summaryFromRow<Result>(row));
  }

  async count(): Promise<number> {
    return (this.countAll.get() as { n: number }).n;
  }
}
