// `npm run loadtest -- [--players N] [--seconds S] [--bare | --ours] [--warmup W] [--port P] [--generators K]`
// `npm run loadtest -- --processes N …`: N processes against one instead (scale.ts).
// A benchmark, not a test: starts the server in a child process on 127.0.0.1, then the load
// generator in others (two processes by default), and prints latency, CPU and memory. Without --bare it runs our
// match room and then the bare echo room under the same load, and prints the CPU ratio.
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ANSWER_TIMEOUT_MS } from "./recorder";
import { compiledBenchServer } from "../compiled-server";
import { stopChild } from "../../test/integration/child-server";
import {
  fmt,
  GENERATOR_EXEC_ARGV,
  machineLine,
  machineTimes,
  mergeResults,
  nextMessage,
  type LoadMessage,
  type LoadResult,
  type MachineTimes,
  type PauseTotals,
} from "./stats";
import { numberOption } from "../options";
import { WARMUP_SECONDS } from "./warm-up";

const here = path.dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  args: process.argv.slice(2),
  options: {
    players: { type: "string" },
    seconds: { type: "string" },
    warmup: { type: "string" },
    quiet: { type: "string" },
    port: { type: "string" },
    bare: { type: "boolean", default: false },
    ours: { type: "boolean", default: false },
    profile: { type: "string" },
    generators: { type: "string" },
    // --processes N: N processes against one instead (scale.ts), with these too.
    processes: { type: "string" },
    "redis-port": { type: "string" },
    postgres: { type: "boolean" },
    "pg-port": { type: "string" },
  },
});
if (args.processes !== undefined) {
  const { runScale } = await import("./scale");
  const given = Object.entries(args).filter(([, v]) => v !== undefined && v !== false);
  await runScale(new Map(given.map(([k, v]) => [k, String(v)])));
  process.exit(0);
}
/** Bounded: at most 20,000 players and 10 minutes of measuring. */
const players = Math.min(20_000, Math.max(2, numberOption("players", args.players, 4000)));
const seconds = Math.min(600, Math.max(1, numberOption("seconds", args.seconds, 30)));
const warmup = numberOption("warmup", args.warmup, WARMUP_SECONDS);
const quiet = numberOption("quiet", args.quiet, 5);
const basePort = numberOption("port", args.port, 2590);
const onlyBare = args.bare;
/**
 * --generators K: the load generator's processes, sharing the players (clients.ts --slice).
 * They stand in for browsers on other machines, each of which stalls alone; one process's
 * stall (its collector's, mostly) holds up all its players at once, and their actions then
 * reach the server together. Two by default.
 */
const generators = Math.min(8, Math.max(1, Math.floor(numberOption("generators", args.generators, 2))));
/** --ours: only our room (no bare comparison). */
const onlyOurs = args.ours;
/** Every phase has a deadline, so the benchmark always ends. */
const JOIN_DEADLINE_MS = 10 * 60_000;

type Usage = Extract<LoadMessage, { type: "usage" }>;

interface Run {
  kind: "ours" | "bare";
  result: LoadResult;
  joinSeconds: number;
  joinFailed: number;
  idle: Usage;
  /** Connected, nobody acting. */
  quietStart: Usage | null;
  quietEnd: Usage | null;
  quietSeconds: number;
  start: Usage;
  end: Usage;
  /** The whole machine's CPU times at the window's start and end (steal shows a noisy host). */
  machineStart: MachineTimes | null;
  machineEnd: MachineTimes | null;
  /** After the window, everyone still connected, after a full collection. */
  kept: Usage;
}

/** --profile DIR: the server and the load generator write V8 CPU profiles of the measuring window there (Chrome DevTools opens them). */
const profileDir = args.profile;

/** The compiled server (bench/compiled-server.ts), bundled once before the first run. */
const serverScript = await compiledBenchServer();

/** `script`: the compiled server's path, or a file of this folder run through tsx. */
function child(script: string, argv: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const compiled = path.isAbsolute(script);
  return fork(compiled ? script : path.join(here, script), argv, {
    // --expose-gc: memory figures are taken after a full collection (usage(server, true)).
    execArgv: compiled ? ["--expose-gc"] : GENERATOR_EXEC_ARGV,
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    // Structured clone keeps Infinity (a timed-out latency), which JSON would turn into null.
    serialization: "advanced",
  });
}

/** `gc`: after a full collection, for memory figures (never inside the measuring window). */
async function usage(server: ChildProcess, gc = false): Promise<Usage> {
  const reply = nextMessage(server, "usage", 10_000);
  server.send({ type: "usage?", gc });
  return reply;
}

/** A promise awaited later: its rejection is thrown where it is awaited, not as an unhandled one before. */
function later<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {});
  return p;
}

/** Stops the server; SIGINT lets it exit normally (and write its CPU profile). */
const stop = (server: ChildProcess): Promise<void> => stopChild(server, 10_000);

async function run(kind: "ours" | "bare", port: number): Promise<Run> {
  const server = child(serverScript, kind === "bare" ? ["--bare"] : [], {
    PORT: String(port),
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    NODE_ENV: "production",
    // A real SQLite file, as in production: in memory, the matches finished during the run
    // would count in the server's RSS per match.
    DB_PATH: path.join(dbDir, `${kind}.sqlite`),
    // Thousands of clients from one address: the per-address limits would refuse them.
    ADDRESS_LIMITS: "off",
    ...(profileDir ? { LOADTEST_PROFILE_DIR: path.resolve(profileDir) } : {}),
  });
  const load: ChildProcess[] = [];
  try {
    await nextMessage(server, "ready", 60_000);
    const idle = await usage(server, true);
    for (let g = 0; g < generators; g++) {
      load.push(
        child(
          "clients.ts",
          [
            "--slice",
            `${g}/${generators}`,
            "--kind",
            kind,
            "--players",
            String(players),
            "--seconds",
            String(seconds),
            "--warmup",
            String(warmup),
            "--port",
            String(port),
            "--quiet",
            String(quiet),
          ],
          profileDir ? { LOADTEST_PROFILE_DIR: path.resolve(profileDir) } : {},
        ),
      );
    }
    const timeline = load[0]!;
    const joinedAll = await Promise.all(load.map((gen) => nextMessage(gen, "joined", JOIN_DEADLINE_MS)));
    const joined = {
      players: joinedAll.reduce((n, j) => n + j.players, 0),
      failed: joinedAll.reduce((n, j) => n + j.failed, 0),
      joinSeconds: Math.max(...joinedAll.map((j) => j.joinSeconds)),
      firstError: joinedAll.find((j) => j.firstError)?.firstError,
    };
    console.log(
      `[${kind}] ${joined.players} players joined in ${fmt(joined.joinSeconds)} s` +
        (generators > 1 ? ` (${generators} load generator processes)` : "") +
        (joined.failed ? ` (${joined.failed} failed: ${joined.firstError})` : ""),
    );
    // Listened for from here on: a result can come while the server is asked for its figures.
    const windowEnd = (warmup + seconds + quiet + 180) * 1000;
    const results = later(Promise.all(load.map((gen) => nextMessage(gen, "result", windowEnd))));
    // The generators start their timelines together; the first one's marks stand for all.
    const marks = {
      quietStart: quiet > 0 ? later(nextMessage(timeline, "quiet-start", windowEnd)) : null,
      quietEnd: quiet > 0 ? later(nextMessage(timeline, "quiet-end", windowEnd)) : null,
      measureStart: later(nextMessage(timeline, "measure-start", windowEnd)),
      measureEnd: later(nextMessage(timeline, "measure-end", windowEnd)),
    };
    for (const gen of load) gen.send({ type: "go" } satisfies LoadMessage);
    let quietStart: Usage | null = null;
    let quietEnd: Usage | null = null;
    let quietSeconds = 0;
    if (marks.quietStart && marks.quietEnd) {
      await marks.quietStart;
      quietStart = await usage(server);
      const t0 = performance.now();
      await marks.quietEnd;
      quietEnd = await usage(server);
      quietSeconds = (performance.now() - t0) / 1000;
    }
    await marks.measureStart;
    const start = await usage(server);
    const machineStart = machineTimes();
    if (profileDir) server.send({ type: "profile-start" });
    await marks.measureEnd;
    const end = await usage(server);
    const machineEnd = machineTimes();
    if (profileDir) {
      const profiled = nextMessage(server, "profiled", 60_000);
      server.send({ type: "profile-stop" });
      console.log(`[${kind}] CPU profile of the window: ${(await profiled).file}`);
    }
    // Everyone still connected, the window over: what the matches keep.
    const kept = await usage(server, true);
    const each = (await results).map((m) => m.result);
    for (const r of each) if (r.clientProfile) console.log(`[${kind}] a load generator's CPU profile of the window: ${r.clientProfile}`);
    const result = mergeResults(each);
    await Promise.all(
      load.map(
        (gen) =>
          new Promise<void>((r) => {
            const t = setTimeout(r, 10_000);
            gen.once("exit", () => (clearTimeout(t), r()));
          }),
      ),
    );
    return {
      kind,
      result,
      joinSeconds: joined.joinSeconds,
      joinFailed: joined.failed,
      idle,
      quietStart,
      quietEnd,
      quietSeconds,
      start,
      end,
      machineStart,
      machineEnd,
      kept,
    };
  } finally {
    for (const p of load) if (p.exitCode === null) p.kill("SIGTERM");
    await stop(server);
  }
}

/** Infinity stands for an action the peer never saw within the timeout. */
const ms = (v: number) => (v === Number.POSITIVE_INFINITY ? `> ${ANSWER_TIMEOUT_MS} ms (timed out)` : `${fmt(v)} ms`);

function report(r: Run): { cpuPerActionUs: number; marginalUs: number } {
  const res = r.result;
  const matches = res.players / 2;
  const cpuUs = r.end.cpuUs - r.start.cpuUs;
  const cores = cpuUs / 1e6 / res.windowSeconds;
  const cpuPerActionUs = cpuUs / Math.max(1, res.actions);
  const mainCores = (r.end.mainCpuUs - r.start.mainCpuUs) / 1e6 / res.windowSeconds;
  const { minor, major } = r.end.gc;
  const pauses = (p: PauseTotals) => `${p.count} (${fmt(p.totalMs)} ms in all, longest ${fmt(p.maxMs)} ms)`;
  // The rooms' cost with nobody acting (timers, clocks), per second, taken off the window's CPU.
  const quietRate =
    r.quietStart && r.quietEnd && r.quietSeconds > 0 ? (r.quietEnd.cpuUs - r.quietStart.cpuUs) / r.quietSeconds : Number.NaN;
  const marginalUs = (cpuUs - quietRate * res.windowSeconds) / Math.max(1, res.actions);
  /** By how many KiB per match a figure (read in bytes) exceeds its idle reading. */
  const perMatch = (bytes: number, idleBytes: number) => (bytes - idleBytes) / Math.max(1, matches) / 1024;
  const memPerMatch = perMatch(r.end.rssBytes, r.idle.rssBytes);
  const keptPerMatch = perMatch(r.kept.rssBytes, r.idle.rssBytes);
  const heapPerMatch = perMatch(r.kept.heapBytes, r.idle.heapBytes);
  // Where the kept RSS goes, per match: the JS heap V8 holds beyond what is used, the memory
  // outside it that JavaScript objects own (buffers), and the rest (native: sockets, SQLite, malloc).
  const slackPerMatch = perMatch(r.kept.heapTotalBytes - r.kept.heapBytes, r.idle.heapTotalBytes - r.idle.heapBytes);
  const externalPerMatch = perMatch(r.kept.externalBytes, r.idle.externalBytes);
  const nativePerMatch = keptPerMatch - heapPerMatch - slackPerMatch - externalPerMatch;
  const lines = [
    `[${r.kind}] concurrent players: ${res.connected} connected of ${res.players} (${matches} matches), window ${fmt(res.windowSeconds)} s`,
    `[${r.kind}] actions: ${res.actions} (${fmt(res.actions / res.windowSeconds)}/s), messages to players: ${res.messages} (${fmt(res.messages / Math.max(1, res.actions), 2)} per action), peer updates timed: ${res.samples}, unanswered: ${res.unanswered}, finished matches: ${res.matchesFinished}, errors: ${res.errors}${res.firstError ? ` (${res.firstError})` : ""}`,
    `[${r.kind}] latency action -> peer update: p50 ${ms(res.p50)}, p99 ${ms(res.p99)}, p99.9 ${ms(res.p999)}, max ${ms(res.max)}`,
    `[${r.kind}] server CPU: ${fmt(cores * 100)}% of a core (event loop busy ${fmt(r.end.elu * 100)}%, blocked p99 ${fmt(r.end.loopDelayP99Ms)} ms, max ${fmt(r.end.loopDelayMaxMs)} ms), ${fmt(cpuPerActionUs)} µs per action, ${fmt((cores * 1000) / Math.max(1, matches), 3)} ms CPU/s per match`,
    `[${r.kind}] of that CPU: the main thread ${fmt(mainCores * 100)}%, the other threads (V8's collector and compiler helpers, workers) ${fmt((cores - mainCores) * 100)}%; garbage collection paused the main thread for ${fmt((minor.totalMs + major.totalMs) / 10 / res.windowSeconds)}% of the window: scavenges ${pauses(minor)}, mark-compacts ${pauses(major)}`,
    `[${r.kind}] server CPU with everyone connected and nobody acting: ${fmt(quietRate / 1e4)}% of a core; above that, ${fmt(marginalUs)} µs per action`,
    `[${r.kind}] server memory: RSS ${fmt(r.end.rssBytes / 2 ** 20)} MiB (idle ${fmt(r.idle.rssBytes / 2 ** 20)} MiB), ${fmt(memPerMatch)} KiB per match, heap ${fmt(r.end.heapBytes / 2 ** 20)} MiB; after a full collection: RSS ${fmt(keptPerMatch)} KiB and JS heap ${fmt(heapPerMatch)} KiB per match above the idle server (of the RSS: heap held but unused ${fmt(slackPerMatch)}, external ${fmt(externalPerMatch)}, the rest ${fmt(nativePerMatch)} KiB)`,
    `[${r.kind}] load generator CPU: ${fmt((res.clientCpuUs / 1e6 / res.windowSeconds) * 100)}% of a core, event loop blocked p99 ${fmt(res.clientLoopDelayP99Ms)} ms, max ${fmt(res.clientLoopDelayMaxMs)} ms`,
  ];
  const machine = machineLine(r.machineStart, r.machineEnd);
  if (machine) lines.push(`[${r.kind}] ${machine}`);
  console.log(lines.join("\n"));
  return { cpuPerActionUs, marginalUs };
}

console.log(`loadtest: ${players} players, ${seconds} s window after ${warmup} s warm-up, one action per player every 2 s, 127.0.0.1`);
const dbDir = mkdtempSync(path.join(tmpdir(), "tcp-arena-loadtest-"));
const runs: Run[] = [];
try {
  if (!onlyBare) runs.push(await run("ours", basePort));
  if (!onlyOurs) runs.push(await run("bare", basePort + 1));
} finally {
  rmSync(dbDir, { recursive: true, force: true });
}
const figures = runs.map(report);
if (runs.length === 2) {
  const ratio = figures[0]!.cpuPerActionUs / figures[1]!.cpuPerActionUs;
  const ours = runs[0]!.result;
  console.log(`ratio of server CPU per action (ours / bare): ${fmt(ratio, 2)} (goal <= 1.5)`);
  console.log(
    `ratio of the actions' own CPU, idle rooms' cost taken off (ours / bare): ${fmt(figures[0]!.marginalUs / figures[1]!.marginalUs, 2)}`,
  );
  const loop = runs[0]!.end;
  const met = ours.connected >= 4000 && ours.p99 <= 25 && ours.max <= 100 && loop.loopDelayP99Ms <= 5;
  console.log(
    `goal 4,000 players with p99 <= 25 ms, max <= 100 ms and the event loop blocked p99 <= 5 ms: ${met ? "met" : "not met"} ` +
      `(${ours.connected} players, p99 ${ms(ours.p99)}, p99.9 ${ms(ours.p999)}, max ${ms(ours.max)}, event loop blocked p99 ${fmt(loop.loopDelayP99Ms)} ms)`,
  );
}
