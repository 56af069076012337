// `npm run soak -- --players 2000 --minutes 10 [--port P]`: a benchmark, not a test. The
// load test's server (bench/loadtest/server.ts, the real app) and its load generator
// (clients.ts: pairs playing guided matches from their views, a rematch after each) run for
// --minutes; the server's memory is sampled every 30 s, each time after a full garbage
// collection (what is kept, not where the collector is in its cycle). Prints the growth of the server's
// memory between minute 2 and the end (goal: at most 10%), the server's error and warning
// lines, and the matches started and finished by the server's own log.
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { compiledBenchServer } from "../compiled-server";
import { fmt, GENERATOR_EXEC_ARGV, nextMessage, type LoadMessage } from "../loadtest/stats";
import { numberOption } from "../options";

const here = path.dirname(fileURLToPath(import.meta.url));
const loadtest = path.resolve(here, "../loadtest");
const { values: args } = parseArgs({
  args: process.argv.slice(2),
  options: { players: { type: "string" }, minutes: { type: "string" }, port: { type: "string" } },
});
const players = Math.min(20_000, Math.max(2, numberOption("players", args.players, 2000)));
const minutes = Math.min(60, Math.max(3, numberOption("minutes", args.minutes, 10)));
const port = numberOption("port", args.port, 2604);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Usage = Extract<LoadMessage, { type: "usage" }>;

function usage(server: ChildProcess, timeoutMs = 10_000): Promise<Usage> {
  const reply = nextMessage(server, "usage", timeoutMs);
  server.send({ type: "usage?", gc: true });
  return reply;
}

// A real SQLite file, so the journal of live matches costs what it costs in production.
const dbDir = mkdtempSync(path.join(tmpdir(), "tcp-arena-soak-"));
const log = { errors: [] as string[], warnings: 0, started: 0, finished: 0, disposedMidMatch: 0 };
const server = fork(await compiledBenchServer(), [], {
  // Each memory sample is taken after a full collection (see server.ts).
  execArgv: ["--expose-gc"],
  env: {
    ...process.env,
    PORT: String(port),
    LOG_LEVEL: "info",
    NODE_ENV: "production",
    DB_PATH: path.join(dbDir, "soak.sqlite"),
    ADDRESS_LIMITS: "off",
  },
  stdio: ["ignore", "pipe", "pipe", "ipc"],
  serialization: "advanced",
});
const ready = new Promise<void>((resolve) => {
  let buffered = "";
  const onData = (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop()!;
    for (const line of lines) {
      if (line.startsWith("READY")) resolve();
      if (/ match\.started /.test(line)) log.started++;
      if (/ match\.finished /.test(line)) log.finished++;
      if (/ error /.test(line.slice(0, 40)) || /^\s+at /.test(line)) log.errors.push(line);
      if (/ warn /.test(line.slice(0, 40))) log.warnings++;
    }
  };
  server.stdout!.on("data", onData);
  server.stderr!.on("data", onData);
});
await ready;

const gen = fork(
  path.join(loadtest, "clients.ts"),
  [
    "--kind",
    "ours",
    "--players",
    String(players),
    "--seconds",
    String(minutes * 60),
    "--warmup",
    "0",
    "--port",
    String(port),
    "--quiet",
    "0",
  ],
  {
    execArgv: GENERATOR_EXEC_ARGV,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    serialization: "advanced",
  },
);
const joined = await nextMessage(gen, "joined", 10 * 60_000);
console.log(
  `soak: ${joined.players} players joined in ${fmt(joined.joinSeconds)} s${joined.failed ? ` (${joined.failed} failed)` : ""}; ${minutes} min from now`,
);
// Listened for from now on: the generator sends it when its time is up, which can be while
// the last memory sample is being taken.
const resultMessage = nextMessage(gen, "result", minutes * 60_000 + 120_000).catch(() => null);
const t0 = performance.now();
const samples: { minute: number; rss: number; heap: number; heapTotal: number; external: number }[] = [];
while (performance.now() - t0 < minutes * 60_000) {
  await sleep(30_000);
  // On a starved machine the server may answer late: a missed sample is reported, not fatal.
  const u = await usage(server, 30_000).catch(() => null);
  if (!u) {
    console.log(`  minute ${fmt((performance.now() - t0) / 60_000)}: no usage answer within 30 s (server event loop starved)`);
    continue;
  }
  const minute = (performance.now() - t0) / 60_000;
  samples.push({ minute, rss: u.rssBytes, heap: u.heapBytes, heapTotal: u.heapTotalBytes, external: u.externalBytes });
  // RSS beyond the JS heap and the buffers V8 knows of (external) is native memory: the
  // allocator's arenas, SQLite's page cache, sockets.
  const native = u.rssBytes - u.heapTotalBytes - u.externalBytes;
  console.log(
    `  minute ${fmt(minute)}: RSS ${fmt(u.rssBytes / 2 ** 20)} MiB (heap used ${fmt(u.heapBytes / 2 ** 20)} of ${fmt(u.heapTotalBytes / 2 ** 20)}, external ${fmt(u.externalBytes / 2 ** 20)}, buffers ${fmt(u.arrayBufferBytes / 2 ** 20)}, other ${fmt(native / 2 ** 20)} MiB), matches started ${log.started}, finished ${log.finished}, error lines ${log.errors.length}`,
  );
}
const result = await resultMessage;
const at = (minute: number) =>
  samples.reduce((best, s) => (Math.abs(s.minute - minute) < Math.abs(best.minute - minute) ? s : best), samples[0]!);
if (samples.length === 0) throw new Error("no memory sample: the server never answered");
const from = at(2);
const to = samples.at(-1)!;
const growth = (to.rss - from.rss) / from.rss;
const heapGrowth = (to.heap - from.heap) / from.heap;
console.log(
  `server memory, minute ${fmt(from.minute)} -> ${fmt(to.minute)}: RSS ${fmt(from.rss / 2 ** 20)} -> ${fmt(to.rss / 2 ** 20)} MiB (${fmt(growth * 100)}%, goal <= 10%), heap ${fmt(from.heap / 2 ** 20)} -> ${fmt(to.heap / 2 ** 20)} MiB (${fmt(heapGrowth * 100)}%)`,
);
console.log(
  `server log: ${log.errors.length} error lines, ${log.warnings} warnings${log.errors[0] ? `; first: ${log.errors[0].slice(0, 200)}` : ""}`,
);
if (result) {
  const r = result.result;
  console.log(
    `matches: ${log.started} started, ${log.finished} finished (the rest were in play when the soak stopped: at most one per pair, ${players / 2} pairs); generator: ${r.matchesFinished} finished, ${r.unanswered} actions unanswered, ${r.errors} errors${r.firstError ? ` (${r.firstError})` : ""}`,
  );
}
gen.kill("SIGTERM");
server.kill("SIGINT");
await sleep(1000);
if (server.exitCode === null) server.kill("SIGKILL");
rmSync(dbDir, { recursive: true, force: true });
process.exit(0);
