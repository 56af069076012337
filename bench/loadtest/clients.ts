// The load generator, a separate process from the server(s): N/2 pairs of @colyseus/sdk clients,
// each player acting every `interval` ms, the two players of a pair half an interval apart
// and the pairs spread evenly over the interval. Reports to its parent over IPC.
// `--slice g/K`: one of K generator processes sharing the N players; this one plays every
// K-th pair from the g-th, at the times those pairs have among all N, and waits for the
// parent's "go" once joined, so that the K processes keep one timeline.
import { parseArgs } from "node:util";
import { Client } from "@colyseus/sdk";
import { joinBarePair } from "./bare-driver";
import { joinMatchPair } from "./match-driver";
import type { Pair } from "./pair";
import { Recorder } from "./recorder";
import { windowProfile } from "./window-profile";
import { loopBlocks } from "./loop-blocks";
import { pool, quantile, sliceOption, type LoadMessage } from "./stats";
import { numberOption } from "../options";
import { WARMUP_SECONDS } from "./warm-up";

const { values: args } = parseArgs({
  args: process.argv.slice(2),
  options: {
    kind: { type: "string" },
    players: { type: "string" },
    seconds: { type: "string" },
    warmup: { type: "string" },
    interval: { type: "string" },
    port: { type: "string" },
    ports: { type: "string" },
    quiet: { type: "string" },
    slice: { type: "string" },
  },
});
const kind = args.kind === "bare" ? "bare" : "ours";
const players = Math.min(20_000, Math.max(2, Math.floor(numberOption("players", args.players, 4000) / 2) * 2));
const seconds = Math.max(1, numberOption("seconds", args.seconds, 30));
const warmupSeconds = Math.max(0, numberOption("warmup", args.warmup, WARMUP_SECONDS));
const intervalMs = Math.max(100, numberOption("interval", args.interval, 2000));
const port = numberOption("port", args.port, 2590);
/** --ports a,b,…: several server processes; pair i goes through the (i mod n)-th (round-robin). */
const ports = (args.ports ?? String(port)).split(",").map((p) => numberOption("ports", p, port));
const JOIN_CONCURRENCY = 32;
const [sliceIndex, sliceCount] = sliceOption(args.slice);

const send = (m: LoadMessage) => process.send?.(m);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const rec = new Recorder();
const clients = ports.map((p) => new Client(`ws://127.0.0.1:${p}`));
const pairCount = players / 2;
const join = kind === "bare" ? joinBarePair : joinMatchPair;
/** The indices, among all the generators' pairs, of this process's own. */
const mine = Array.from({ length: Math.ceil((pairCount - sliceIndex) / sliceCount) }, (_, j) => sliceIndex + j * sliceCount);

const joinStart = performance.now();
const joined = await pool(mine.length, JOIN_CONCURRENCY, (j) => join(clients[mine[j]! % clients.length]!, mine[j]!, rec));
const pairs: Pair[] = [];
const pairIndex: number[] = [];
let firstJoinError: string | undefined;
joined.forEach((r, j) => {
  if (r.status === "fulfilled") {
    pairs.push(r.value);
    pairIndex.push(mine[j]!);
  } else firstJoinError ??= String(r.reason?.message ?? r.reason);
});
send({
  type: "joined",
  players: pairs.length * 2,
  failed: (mine.length - pairs.length) * 2,
  joinSeconds: (performance.now() - joinStart) / 1000,
  ...(firstJoinError ? { firstError: firstJoinError } : {}),
});

if (args.slice !== undefined) await goFromParent();

/** Resolves at the parent's "go" (sent once every generator has joined). */
function goFromParent(): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (m: LoadMessage) => {
      if (m?.type !== "go") return;
      process.off("message", onMessage);
      resolve();
    };
    process.on("message", onMessage);
  });
}

// A quiet spell first: everyone connected, nobody acting. The server's CPU then is its
// cost of holding the rooms, which the parent subtracts to get the cost of the actions alone.
const quietSeconds = Math.max(0, numberOption("quiet", args.quiet, 5));
if (quietSeconds > 0) {
  await sleep(1000);
  send({ type: "quiet-start" });
  await sleep(quietSeconds * 1000);
  send({ type: "quiet-end" });
}

const timers: NodeJS.Timeout[] = [];
pairs.forEach((pair, j) => {
  const phase = (pairIndex[j]! / pairCount) * intervalMs;
  for (const side of [0, 1]) {
    const start = setTimeout(
      () => {
        pair.act(side);
        timers.push(setInterval(() => pair.act(side), intervalMs));
      },
      phase + side * (intervalMs / 2),
    );
    timers.push(start);
  }
});
const sweeper = setInterval(() => rec.sweep(performance.now()), 250);

await sleep(warmupSeconds * 1000);
rec.measuring = true;
// The generator's own stalls delay the moment it sees an update, so they are in the latency
// figures too: reported beside them, to tell the server's tail from the generator's.
const blocks = loopBlocks();
// --profile: the generator's own CPU profile of the window too, to see what its stalls are.
const profile = windowProfile(`generator-${kind}`);
await profile?.start();
const cpuStart = process.cpuUsage();
const windowStart = performance.now();
send({ type: "measure-start" });
await sleep(seconds * 1000);
send({ type: "measure-end" });
rec.measuring = false;
const windowSeconds = (performance.now() - windowStart) / 1000;
const cpu = process.cpuUsage(cpuStart);
blocks.disable();
const profileFile = await profile?.stop();
// An action whose peer never saw it within the timeout is slower than any sample: it counts
// in the percentiles as +Infinity rather than being left out (which would flatter them).
const timed = rec.samples.concat(new Array<number>(rec.unanswered).fill(Number.POSITIVE_INFINITY));

for (const t of timers) clearTimeout(t);
clearInterval(sweeper);
send({
  type: "result",
  result: {
    players: pairs.length * 2,
    connected: pairs.reduce((n, p) => n + p.connected(), 0),
    actions: rec.actions,
    messages: rec.messages,
    samples: rec.samples.length,
    p50: quantile(timed, 0.5),
    p99: quantile(timed, 0.99),
    p999: quantile(timed, 0.999),
    max: quantile(timed, 1),
    unanswered: rec.unanswered,
    matchesFinished: rec.matchesFinished,
    errors: rec.errors,
    ...(rec.firstError ? { firstError: rec.firstError } : {}),
    windowSeconds,
    clientCpuUs: cpu.user + cpu.system,
    clientLoopDelayP99Ms: blocks.p99Ms(),
    clientLoopDelayMaxMs: blocks.maxMs(),
    ...(profileFile ? { clientProfile: profileFile } : {}),
    latencies: timed,
  },
});
// Leaving 4,000 sockets politely takes a while; the parent stops the server anyway.
await Promise.race([pool(pairs.length, 64, (i) => pairs[i]!.leave()), sleep(5000)]);
process.exit(0);
