// The journal of matches in progress, in PostgreSQL: the same rows as SQLite's (../journal.ts),
// written by the same queue (../batched-journal.ts). A batch is one transaction on one pooled
// connection, sent while the match rooms go on; the inputs of a batch go in one INSERT each
// run (unnest of three arrays), so a batch costs a few round trips, not one per input.
import type pg from "pg";
import { BatchedJournal, FLUSH_MS, type JournalOp } from "../batched-journal";
import type { LiveMatch } from "../records";
import { liveMatchFromRow, liveMatchRow, type LiveMatchRow } from "../rows";

export class PgMatchJournal extends BatchedJournal {
  constructor(
    private readonly pool: pg.Pool,
    flushMs = FLUSH_MS,
    /** This process's rows: its PUBLIC_ADDRESS, '' for a lone process (see ../journal.ts). */
    private readonly owner = "",
  ) {
    super(flushMs);
  }

  protected async write(ops: readonly JournalOp[]): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const inputs = new InputRows();
      for (const op of ops) {
        switch (op.kind) {
          case "begin": {
            const m = op.match;
            await inputs.insert(client);
            const r = liveMatchRow(m);
            await client.query("DELETE FROM live_inputs WHERE match_id = $1", [m.id]);
            await client.query(
              `INSERT INTO live_matches (id, room_id, room, scenario_id, config, isns, format, created_at, owner)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
               ON CONFLICT (id) DO UPDATE SET room_id = EXCLUDED.room_id, room = EXCLUDED.room, scenario_id = EXCLUDED.scenario_id,
                 config = EXCLUDED.config, isns = EXCLUDED.isns, format = EXCLUDED.format, created_at = EXCLUDED.created_at,
                 owner = EXCLUDED.owner`,
              [r.id, r.room_id, r.room, r.scenario_id, r.config, r.isns, r.format, r.created_at, this.owner],
            );
            m.inputs.forEach((input, n) => inputs.add(m.id, n, input));
            break;
          }
          case "room":
            await client.query("UPDATE live_matches SET room = $1 WHERE id = $2", [JSON.stringify(op.room), op.id]);
            break;
          case "inputs":
            op.inputs.forEach((input, i) => inputs.add(op.id, op.from + i, input));
            break;
          case "end":
            await inputs.insert(client);
            await client.query("DELETE FROM live_inputs WHERE match_id = $1", [op.id]);
            await client.query("DELETE FROM live_matches WHERE id = $1", [op.id]);
            break;
        }
      }
      await inputs.insert(client);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  protected async readLive<Config, Input, Room>(): Promise<LiveMatch<Config, Input, Room>[]> {
    const { rows } = await this.pool.query<LiveMatchRow>("SELECT * FROM live_matches WHERE owner = $1 ORDER BY created_at, id", [
      this.owner,
    ]);
    if (rows.length === 0) return [];
    const inputs = await this.pool.query<{ match_id: string; input: string }>(
      "SELECT match_id, input FROM live_inputs WHERE match_id = ANY($1::text[]) ORDER BY match_id, n",
      [rows.map((r) => r.id)],
    );
    const byMatch = new Map<string, string[]>();
    for (const r of inputs.rows) {
      const list = byMatch.get(r.match_id) ?? [];
      list.push(r.input);
      byMatch.set(r.match_id, list);
    }
    return rows.map((row) => liveMatchFromRow<Config, Input, Room>(row, byMatch.get(row.id) ?? []));
  }
}

/** Input rows gathered between two statements that must come before or after them. */
class InputRows {
  /** `${matchId} ${n}` → row: an input written twice in one batch keeps the last (as an upsert would). */
  private rows = new Map<string, { id: string; n: number; input: string }>();

  add(id: string, n: number, input: unknown): void {
    this.rows.set(`${id} ${n}`, { id, n, input: JSON.stringify(input) });
  }

  async insert(client: pg.PoolClient): Promise<void> {
    if (this.rows.size === 0) return;
    const rows = [...this.rows.values()];
    this.rows = new Map();
    await client.query(
      `INSERT INTO live_inputs (match_id, n, input)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[])
       ON CONFLICT (match_id, n) DO UPDATE SET input = EXCLUDED.input`,
      [rows.map((r) => r.id), rows.map((r) => r.n), rows.map((r) => r.input)],
    );
  }
}
