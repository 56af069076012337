// `npm run loadtest -- --processes N [--players P] [--seconds S] [--warmup W] [--port B] [--postgres]`
// How far N server processes carry compared with one. First one process alone (the embedded
// deployment: no Redis) with P players; then N processes sharing a private redis-server
// (presence and driver; each process on its own port, PUBLIC_ADDRESS 127.0.0.1:<port>) with
// 0.9 × N × P players. There is no proxy: pair i's matchmaking goes to process i mod N, and
// the room is made wherever the matchmaker puts it (server/scale/pick-process.ts). The goal
// (>= 0.9 × N times the players of one at the same p99) is met when the N-process run has
// all its players connected at a p99 no higher than the one-process run's (and is not judged
// when the one-process p99 itself timed out).
// --postgres: the N processes keep their records in a throwaway PostgreSQL cluster
// (test/integration/postgres-server.ts) instead of each its own SQLite in memory.
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ANSWER_TIMEOUT_MS } from "./recorder";
import { WARMUP_SECONDS } from "./warm-up";
import { compiledBenchServer } from "../compiled-server";
import { stopChild } from "../../test/integration/child-server";
import { startRedis, type RedisServer } from "../../test/integration/redis-server";
import { fmt, GENERATOR_EXEC_ARGV, nextMessage, type LoadMessage, type LoadResult } from "./stats";

const here = path.dirname(fileURLToPath(import.meta.url));
/** The share of N × the one-process players that N processes should carry (the issue's 1.8 for 2). */
const SCALE_GOAL = 0.9;
const JOIN_DEADLINE_MS = 10 * 60_000;

type Usage = Extract<LoadMessage, { type: "usage" }>;

interface ClusterRun {
  processes: number;
  result: LoadResult;
  joinSeconds: number;
  joinFailed: number;
  /** Per process, over the measuring window. */
  cpuUs: number[];
  rssBytes: number[];
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

/** `script`: the compiled server's path (bench/compiled-server.ts), or a file of this folder run through tsx. */
function child(script: string, argv: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const compiled = path.isAbsolute(script);
  return fork(compiled ? script : path.join(here, script), argv, {
    execArgv: compiled ? [] : GENERATOR_EXEC_ARGV,
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    serialization: "advanced",
  });
}

async function usage(server: ChildProcess): Promise<Usage> {
  const reply = nextMessage(server, "usage", 30_000);
  server.send({ type: "usage?" });
  return reply;
}

const stop = (proc: ChildProcess, signal: NodeJS.Signals = "SIGINT"): Promise<void> => stopChild(proc, 10_000, signal);

interface ClusterOptions {
  processes: number;
  players: number;
  seconds: number;
  warmup: number;
  port: number;
  env: NodeJS.ProcessEnv;
}

async function runCluster(o: ClusterOptions): Promise<ClusterRun> {
  const serverScript = await compiledBenchServer();
  const ports = Array.from({ length: o.processes }, (_, i) => o.port + i);
  const servers = ports.map((port) =>
    child(serverScript, [], {
      PORT: String(port),
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      NODE_ENV: "production",
      DB_PATH: ":memory:",
      // Thousands of clients from one address: the per-address limits would refuse them.
      ADDRESS_LIMITS: "off",
      ...o.env,
      ...(o.processes > 1 ? { PUBLIC_ADDRESS: `127.0.0.1:${port}` } : {}),
    }),
  );
  let gen: ChildProcess | null = null;
  try {
    await Promise.all(servers.map((s) => nextMessage(s, "ready", 60_000)));
    gen = child("clients.ts", [
      "--kind",
      "ours",
      "--players",
      String(o.players),
      "--seconds",
      String(o.seconds),
      "--warmup",
      String(o.warmup),
      "--ports",
      ports.join(","),
      "--quiet",
      "0",
    ]);
    const joined = await nextMessage(gen, "joined", JOIN_DEADLINE_MS);
    console.log(
      `[${o.processes} process${o.processes > 1 ? "es" : ""}] ${joined.players} players joined in ${fmt(joined.joinSeconds)} s` +
        (joined.failed ? ` (${joined.failed} failed: ${joined.firstError})` : ""),
    );
    await nextMessage(gen, "measure-start", (o.warmup + 60) * 1000);
    const start = await Promise.all(servers.map(usage));
    await nextMessage(gen, "measure-end", (o.seconds + 60) * 1000);
    const end = await Promise.all(servers.map(usage));
    const { result } = await nextMessage(gen, "result", 60_000);
    return {
      processes: o.processes,
      result,
      joinSeconds: joined.joinSeconds,
      joinFailed: joined.failed,
      cpuUs: end.map((e, i) => e.cpuUs - start[i]!.cpuUs),
      rssBytes: end.map((e) => e.rssBytes),
      loopDelayP99Ms: Math.max(...end.map((e) => e.loopDelayP99Ms)),
      loopDelayMaxMs: Math.max(...end.map((e) => e.loopDelayMaxMs)),
    };
  } finally {
    if (gen) await stop(gen, "SIGTERM");
    await Promise.all(servers.map((s) => stop(s)));
  }
}

const ms = (v: number) => (v === Number.POSITIVE_INFINITY ? `> ${ANSWER_TIMEOUT_MS} ms (timed out)` : `${fmt(v)} ms`);

function report(r: ClusterRun): void {
  const res = r.result;
  const tag = `[${r.processes} process${r.processes > 1 ? "es" : ""}]`;
  const cores = r.cpuUs.map((us) => us / 1e6 / res.windowSeconds);
  console.log(
    [
      `${tag} players: ${res.connected} connected of ${res.players}, window ${fmt(res.windowSeconds)} s, actions ${res.actions} (${fmt(res.actions / res.windowSeconds)}/s), unanswered ${res.unanswered}, errors ${res.errors}${res.firstError ? ` (${res.firstError})` : ""}`,
      `${tag} latency action -> peer update: p50 ${ms(res.p50)}, p99 ${ms(res.p99)}, max ${ms(res.max)}`,
      `${tag} server CPU: ${cores.map((c) => `${fmt(c * 100)}%`).join(" + ")} of a core, event loop blocked p99 ${fmt(r.loopDelayP99Ms)} ms (worst process), max ${fmt(r.loopDelayMaxMs)} ms`,
      `${tag} server memory: RSS ${r.rssBytes.map((b) => `${fmt(b / 2 ** 20)} MiB`).join(" + ")}; load generator CPU ${fmt((res.clientCpuUs / 1e6 / res.windowSeconds) * 100)}% of a core, its event loop blocked p99 ${fmt(res.clientLoopDelayP99Ms)} ms`,
    ].join("\n"),
  );
}

export async function runScale(args: Map<string, string>): Promise<void> {
  const processes = Math.min(8, Math.max(2, Math.floor(Number(args.get("processes") ?? 2))));
  const players = Math.min(20_000, Math.max(2, Number(args.get("players") ?? 4000)));
  const seconds = Math.min(600, Math.max(1, Number(args.get("seconds") ?? 30)));
  const warmup = Math.max(0, Number(args.get("warmup") ?? WARMUP_SECONDS));
  const basePort = Number(args.get("port") ?? 2590);
  const scaled = Math.min(20_000, Math.round((players * SCALE_GOAL * processes) / 2) * 2);
  const dir = mkdtempSync(path.join(tmpdir(), "tcp-arena-scale-"));
  const redisPort = Number(args.get("redis-port") ?? basePort + 23_800);
  console.log(
    `loadtest --processes ${processes}: one process with ${players} players, then ${processes} processes with ${scaled} ` +
      `(${fmt(SCALE_GOAL * processes, 1)}×), ${seconds} s window after ${warmup} s warm-up, one action per player every 2 s, 127.0.0.1, ` +
      `${cpus().length} cores on this machine`,
  );
  if (cpus().length < processes + 1) {
    console.log(
      `note: ${processes} server processes and a load generator share ${cpus().length} cores; the processes cannot each have a core`,
    );
  }
  let redis: RedisServer | null = null;
  let postgres: { stop(): Promise<void> } | null = null;
  const cleanUp = async () => {
    await redis?.stop();
    await postgres?.stop();
    redis = postgres = null;
    rmSync(dir, { recursive: true, force: true });
  };
  // Stopped early (Ctrl-C, a timeout): the cluster and redis-server go too, not only the servers.
  const onSignal = () => void cleanUp().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const one = await runCluster({ processes: 1, players, seconds, warmup, port: basePort, env: {} });
    report(one);
    redis = await startRedis(redisPort, dir);
    const env: NodeJS.ProcessEnv = { REDIS_URL: redis.url, ROOM_SECRET: "loadtest-shared-secret" };
    if (args.get("postgres") === "true") {
      const { startPostgres } = await import("../../test/integration/postgres-server");
      const pg = await startPostgres(Number(args.get("pg-port") ?? basePort + 52_800));
      postgres = pg;
      env.DATABASE_URL = await pg.createDatabase();
      console.log(`[${processes} processes] records in PostgreSQL on 127.0.0.1:${pg.port}`);
    }
    const many = await runCluster({ processes, players: scaled, seconds, warmup, port: basePort + 10, env });
    report(many);
    const carried = many.result.connected / Math.max(1, one.result.connected);
    // A p99 past the answer timeout is no figure to compare with: the goal cannot be judged.
    const verdict = !Number.isFinite(one.result.p99)
      ? "not judged (one process's p99 timed out: too many players for it, or a busy machine)"
      : many.result.connected >= SCALE_GOAL * processes * one.result.connected && many.result.p99 <= one.result.p99
        ? "met"
        : "not met";
    console.log(
      `goal ${processes} processes carry >= ${fmt(SCALE_GOAL * processes, 1)}× the players of one at the same p99: ${verdict} ` +
        `(${many.result.connected} vs ${one.result.connected} players = ${fmt(carried, 2)}×, p99 ${ms(many.result.p99)} vs ${ms(one.result.p99)})`,
    );
  } finally {
    await cleanUp();
  }
}
