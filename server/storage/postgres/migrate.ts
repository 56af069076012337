// The migrations of ../migrations.ts applied to PostgreSQL: the same list and ids as SQLite,
// each once, each in its own transaction (PostgreSQL's DDL is transactional), with
// `postgres` where a migration's SQL differs. Processes that start together take turns
// under an advisory lock: the first migrates, the others find the work done.
import type pg from "pg";
import { checkIds, type Migration } from "../migrations";

/** The advisory lock's key: any constant no other code on this database uses ("tcpa"). */
const MIGRATION_LOCK = 0x74637061;

/** Applies the migrations not yet applied; returns the ids it applied. */
export async function migratePostgres(pool: pg.Pool, migrations: readonly Migration[]): Promise<string[]> {
  checkIds(migrations);
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        id TEXT PRIMARY KEY,
        applied_at BIGINT NOT NULL
      )`);
      const done = new Set((await client.query<{ id: string }>("SELECT id FROM schema_migrations")).rows.map((r) => r.id));
      const applied: string[] = [];
      for (const m of migrations) {
        if (done.has(m.id)) continue;
        await client.query("BEGIN");
        try {
          await client.query(m.postgres ?? m.up);
          await client.query("INSERT INTO schema_migrations (id, applied_at) VALUES ($1, $2)", [m.id, Date.now()]);
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          throw new Error(`migration ${m.id} failed: ${(error as Error).message}`);
        }
        applied.push(m.id);
      }
      return applied;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
