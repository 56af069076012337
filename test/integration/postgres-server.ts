// A throwaway PostgreSQL cluster for a test file: Debian's PostgreSQL binaries (15 here), a cluster
// in a temp dir (initdb), a server on 127.0.0.1 at a port free at that moment, stopped and
// deleted after. initdb refuses to run as root, so as root the cluster belongs to the
// `postgres` user and its commands run through runuser. Every wait is bounded.
import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { freePort } from "../free-port";

const run = promisify(execFile);

/** PG_BIN, else the newest of Debian's /usr/lib/postgresql/<version>/bin (15 on bookworm). */
export const PG_BIN = process.env.PG_BIN ?? newestDebianBin();

function newestDebianBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .map(Number)
        .sort((a, b) => b - a)
    : [];
  return path.join(root, String(versions[0] ?? 15), "bin");
}
export const hasPostgres = existsSync(path.join(PG_BIN, "postgres")) && existsSync(path.join(PG_BIN, "initdb"));
/** CI installs postgresql (.ci/run): there a missing binary fails the tests instead of skipping them. */
export const skipPostgres = !hasPostgres && !process.env.CI;

export interface PostgresServer {
  port: number;
  /** The URL of a database on this server (default: the `postgres` database). */
  url(database?: string): string;
  /** A new empty database; returns its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

const asRoot = process.getuid?.() === 0;

/** Runs one of the cluster's commands as the user that owns it, within `ms`. */
async function pgCommand(name: string, args: string[], ms: number): Promise<void> {
  const bin = path.join(PG_BIN, name);
  const [cmd, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  await run(cmd, argv, { timeout: ms, killSignal: "SIGKILL" });
}

let databases = 0;

export async function startPostgres(given?: number): Promise<PostgresServer> {
  const port = given ?? (await freePort());
  const dir = mkdtempSync(path.join(tmpdir(), "tcp-arena-pg-"));
  const data = path.join(dir, "data");
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  try {
    await pgCommand("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], 60_000);
    // A test cluster: nothing needs to survive a power cut, so no fsync; the socket in its own dir.
    const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    await pgCommand("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-o", serverOptions, "-w", "-t", "30", "start"], 40_000);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const url = (database = "postgres") => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    async createDatabase() {
      const name = `t${process.pid}_${++databases}`;
      const client = new pg.Client({ connectionString: url(), connectionTimeoutMillis: 10_000 });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    async stop() {
      try {
        await pgCommand("pg_ctl", ["-D", data, "-m", "immediate", "-w", "-t", "30", "stop"], 40_000);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
