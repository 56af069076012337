// The connection pool to PostgreSQL (node-postgres), opened from DATABASE_URL.
import pg from "pg";
import { log } from "../../log";

/** Connections per process unless DATABASE_POOL_SIZE says otherwise. */
export const DEFAULT_POOL_SIZE = 10;

/** Why a DATABASE_URL is refused; the server does not start with one of these. */
export type DatabaseUrlError = "storage/not-a-postgres-url" | "storage/bad-pool-size";

export class StorageConfigError extends Error {
  constructor(
    readonly code: DatabaseUrlError,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/** True for the URLs PostgreSQL storage takes: postgres://… or postgresql://… */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export function poolSizeFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DATABASE_POOL_SIZE;
  if (raw === undefined || raw === "") return DEFAULT_POOL_SIZE;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 1000) {
    throw new StorageConfigError(
      "storage/bad-pool-size",
      `DATABASE_POOL_SIZE must be a whole number from 1 to 1000 (got ${JSON.stringify(raw)})`,
    );
  }
  return n;
}

// BIGINT columns (epoch ms, COUNT(*)) arrive as text by default, for values past 2^53;
// ours stay far below, so they are numbers, as SQLite gives them.
const types = new pg.TypeOverrides();
types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number(v));

export function openPool(url: string, size = poolSizeFromEnv()): pg.Pool {
  if (!isPostgresUrl(url)) {
    // Only the scheme is shown: the rest of a URL may hold a password.
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1] ?? "(none)";
    throw new StorageConfigError(
      "storage/not-a-postgres-url",
      `DATABASE_URL must start with postgres:// or postgresql:// (its scheme is ${scheme})`,
    );
  }
  const pool = new pg.Pool({ connectionString: url, max: size, types, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 });
  // An idle connection the server closed (a restart, a failover) is dropped and replaced;
  // without a listener the error would end the process.
  pool.on("error", (error) => log.warn("storage.connection-lost", { error: error.message }));
  return pool;
}

/** Runs `work` in one transaction on one connection; rolls back if it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
