// Finished matches in PostgreSQL (MatchStore): the SQLite repository's queries (../matches.ts)
// in PostgreSQL's placeholders, on the shared pool.
import type pg from "pg";
import { isMatchId, type FinishedMatch, type MatchSummary } from "../records";
import { matchFromRow, matchRow, pageOf, summaryFromRow, type MatchRow } from "../rows";
import type { MatchStore } from "../stores";

export class PgMatchRepository implements MatchStore {
  constructor(private readonly pool: pg.Pool) {}

  async saveFinished(match: FinishedMatch): Promise<boolean> {
    if (!isMatchId(match.id)) throw new Error(`invalid match id ${JSON.stringify(match.id)}`);
    const r = matchRow(match);
    const result = await this.pool.query(
      `INSERT INTO matches (id, scenario_id, config, isns, inputs, result, format, created_at, finished_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (id) DO NOTHING`,
      [r.id, r.scenario_id, r.config, r.isns, r.inputs, r.result, r.format, r.created_at, r.finished_at],
    );
    return result.rowCount === 1;
  }

  async get<Config = unknown, Input = unknown, Result = unknown>(id: string): Promise<FinishedMatch<Config, Input, Result> | null> {
    if (!isMatchId(id)) return null;
    const { rows } = await this.pool.query<MatchRow>("SELECT * FROM matches WHERE id = $1", [id]);
    return rows[0] ? matchFromRow<Config, Input, Result>(rows[0]) : null;
  }

  async listRecent<Result = unknown>(limit = 20, offset = 0): Promise<MatchSummary<Result>[]> {
    const page = pageOf(limit, offset);
    const { rows } = await this.pool.query<Omit<MatchRow, "config" | "inputs">>(
      `SELECT id, scenario_id, isns, result, format, created_at, finished_at
       FROM matches ORDER BY finished_at DESC, id LIMIT $1 OFFSET $2`,
      [page.limit, page.offset],
    );
    return rows.map((row) => summaryFromRow<Result>(row));
  }

  async count(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>("SELECT COUNT(*) AS n FROM matches");
    return rows[0]!.n;
  }
}
