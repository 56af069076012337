// The repository of finished matches: save once, read by id, list the recent ones.
// Config, inputs and result are stored as JSON text; the repository does not look inside,
// so the match reducer's types can evolve with a `format` bump instead of a migration.
import { randomBytes } from "node:crypto";
import type Database from "better-sqlite3";
import type { Side } from "../../shared/scenarios/types";

/** The stored format of config + inputs. Bump it when the reducer's input log changes shape. */
export const MATCH_FORMAT = 1;

export interface FinishedMatch<Config = unknown, Input = unknown, Result = unknown> {
  id: string;
  scenarioId: string;
  config: Config;
  isns: Record<Side, number>;
  inputs: Input[];
  result: Result;
  /** Epoch ms. */
  createdAt: number;
  finishedAt: number;
  format?: number;
}

/** What a list shows: everything but the input log. */
export type MatchSummary<Result = unknown> = Omit<FinishedMatch<unknown, unknown, Result>, "config" | "inputs">;

interface Row {
  id: string;
  scenario_id: string;
  config: string;
  isns: string;
  inputs: string;
  result: string;
  format: number;
  created_at: number;
  finished_at: number;
}

/** A fresh match id: 16 url-safe characters (96 random bits), hard to guess from a replay link. */
export function newMatchId(): string {
  return randomBytes(12).toString("base64url");
}

/** Ids are what newMatchId makes, or anything url-safe the server chose; refuse the rest early. */
export function isMatchId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(id);
}

export class MatchRepository {
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
  saveFinished(match: FinishedMatch): boolean {
    if (!isMatchId(match.id)) throw new Error(`invalid match id ${JSON.stringify(match.id)}`);
    const info = this.insert.run({
      id: match.id,
      scenario_id: match.scenarioId,
      config: JSON.stringify(match.config),
      isns: JSON.stringify(match.isns),
      inputs: JSON.stringify(match.inputs),
      result: JSON.stringify(match.result ?? null),
      format: match.format ?? MATCH_FORMAT,
      created_at: match.createdAt,
      finished_at: match.finishedAt,
    });
    return info.changes === 1;
  }

  get<Config = unknown, Input = unknown, Result = unknown>(id: string): FinishedMatch<Config, Input, Result> | null {
    if (!isMatchId(id)) return null;
    const row = this.byId.get(id) as Row | undefined;
    if (!row) return null;
    return {
      id: row.id,
      scenarioId: row.scenario_id,
      config: JSON.parse(row.config) as Config,
      isns: JSON.parse(row.isns) as Record<Side, number>,
      inputs: JSON.parse(row.inputs) as Input[],
      result: JSON.parse(row.result) as Result,
      format: row.format,
      createdAt: row.created_at,
      finishedAt: row.finished_at,
    };
  }

  /** The most recently finished matches first. `limit` is clamped to 1..100. */
  listRecent<Result = unknown>(limit = 20, offset = 0): MatchSummary<Result>[] {
    const n = Math.max(1, Math.min(100, Math.floor(limit)));
    const rows = this.recent.all(n, Math.max(0, Math.floor(offset))) as Omit<Row, "config" | "inputs">[];
    return rows.map((row) => ({
      id: row.id,
      scenarioId: row.scenario_id,
      isns: JSON.parse(row.isns) as Record<Side, number>,
      result: JSON.parse(row.result) as Result,
      format: row.format,
      createdAt: row.created_at,
      finishedAt: row.finished_at,
    }));
  }

  count(): number {
    return (this.countAll.get() as { n: number }).n;
  }
}
