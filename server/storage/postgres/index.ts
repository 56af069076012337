// PostgreSQL storage: the stores of ../stores.ts on one node-postgres pool, for several
// processes (or machines) sharing one database. Opened by ../open.ts when DATABASE_URL is set.
import { CLASS_MIGRATIONS } from "../class-migrations";
import { MATCH_MIGRATIONS, type Migration } from "../migrations";
import type { Storage } from "../stores";
import { PgClassRepository } from "./classes";
import { PgMatchJournal } from "./journal";
import { PgMatchRepository } from "./matches";
import { migratePostgres } from "./migrate";
import { openPool } from "./pool";

export { PgClassRepository } from "./classes";
export { PgMatchJournal } from "./journal";
export { PgMatchRepository } from "./matches";
export { migratePostgres } from "./migrate";
export { DEFAULT_POOL_SIZE, isPostgresUrl, openPool, poolSizeFromEnv, StorageConfigError, type DatabaseUrlError } from "./pool";

export interface PostgresOptions {
  /** Connections in the pool; default DATABASE_POOL_SIZE or DEFAULT_POOL_SIZE. */
  poolSize?: number;
  /** The journal's rows of this process (see ../journal.ts). */
  journalOwner?: string;
  journalFlushMs?: number;
  /** Migrations after the match tables; default the classroom's. */
  extraMigrations?: readonly Migration[];
}

export async function openPostgresStorage(url: string, options: PostgresOptions = {}): Promise<Storage> {
  const pool = openPool(url, options.poolSize);
  try {
    await migratePostgres(pool, [...MATCH_MIGRATIONS, ...(options.extraMigrations ?? CLASS_MIGRATIONS)]);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const classes = new PgClassRepository(pool);
  const journal = new PgMatchJournal(pool, options.journalFlushMs, options.journalOwner ?? "");
  let closed: Promise<void> | null = null;
  return {
    kind: "postgres",
    matches: new PgMatchRepository(pool),
    classes,
    journal,
    close: () =>
      (closed ??= (async () => {
        await journal.flush();
        await classes.idle();
        await pool.end();
      })()),
  };
}
