// `npm run bench:flood`: does one hostile client slow honest players down? A server process
// (server/main.ts) and --pairs honest pairs playing guided matches from their views at a
// human pace (bench/loadtest's match driver: latency from an action to the peer's update).
// Phases of --seconds alternate, --rounds times: the pairs alone, then with a flooder
// (flooder.ts, its own process) sending `declare` as fast as it can from a room of its own
// and as a spectator of the first pair's room, reconnecting whenever it is cut off. The
// flooder runs at the lowest CPU priority: on a small machine it would otherwise take a
// core from the server, which a flooder on its own machine cannot. Prints p50/p99 of both
// conditions, pooled over the rounds of the same run, and the p99 ratio.
// Options: --seconds N (default 6), --rounds R (default 3), --pairs P (default 4), --nice 0..19
// (the flooder's priority, default 19), --port (2604).
import { fork, spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ColyseusSDK } from "@colyseus/sdk";
import { joinMatchPair } from "../loadtest/match-driver";
import { Recorder } from "../loadtest/recorder";
import type { Pair } from "../loadtest/pair";
import { fmt, quantile } from "../loadtest/stats";
import { numberOption } from "../options";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const { values: args } = parseArgs({
  args: process.argv.slice(2),
  options: {
    seconds: { type: "string" },
    rounds: { type: "string" },
    pairs: { type: "string" },
    nice: { type: "string" },
    port: { type: "string" },
  },
});
const seconds = numberOption("seconds", args.seconds, 6);
const rounds = Math.max(1, numberOption("rounds", args.rounds, 3));
const pairCount = Math.max(1, numberOption("pairs", args.pairs, 4));
/** The flooder's CPU priority (19 = lowest; 0 = as the others, it then competes for the cores). */
const nice = Math.min(19, Math.max(0, numberOption("nice", args.nice, 19)));
const port = numberOption("port", args.port, 2604);
const url = `ws://127.0.0.1:${port}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DB_PATH: ":memory:", LOG_LEVEL: "warn", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let errLines = 0;
  child.stderr!.on(
    "data",
    (c: Buffer) =>
      (errLines += c
        .toString()
        .split("\n")
        .filter((l) => / error /.test(l)).length),
  );
  child.on("exit", () => errLines && console.log(`server error lines: ${errLines}`));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("server did not start")), 30_000);
    // LOG_LEVEL=warn hides "server.listening": poll the health route instead.
    const poll = async () => {
      for (;;) {
        try {
          if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
        } catch {
          /* not up yet */
        }
        await sleep(200);
      }
      clearTimeout(timer);
      resolve(child);
    };
    void poll();
  });
}

/** Lets the pair act at a human pace (each player every 150 ms) for `ms`. */
async function play(pair: { act(i: number): void }, rec: Recorder, ms: number): Promise<void> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    pair.act(0);
    pair.act(1);
    rec.sweep(performance.now());
    await sleep(150);
  }
}

const server = await startServer();
const rec = new Recorder();
const pairs: Pair[] = [];
for (let i = 0; i < pairCount; i++) pairs.push(await joinMatchPair(new ColyseusSDK(url), i, rec));
const all = { act: (side: number) => pairs.forEach((pair) => pair.act(side)) };
await play(all, rec, 1500); // warm-up

const honestRoom = pairs[0]!.roomId ?? "";
const baseline: number[] = [];
const flooded: number[] = [];
let baseUnanswered = 0;
let floodUnanswered = 0;
const reports: unknown[] = [];
rec.measuring = true;
for (let round = 0; round < rounds; round++) {
  await play(all, rec, seconds * 1000);
  baseline.push(...rec.samples.splice(0));
  baseUnanswered += rec.unanswered;
  rec.unanswered = 0;
  const flooder = fork(path.join(here, "flooder.ts"), [url, honestRoom], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  if (flooder.pid && nice > 0) os.setPriority(flooder.pid, nice);
  const tally = new Promise<unknown>((resolve) => flooder.once("message", resolve));
  await sleep(500); // its start-up (tsx) is not the flood
  rec.samples.splice(0);
  await play(all, rec, seconds * 1000);
  flooded.push(...rec.samples.splice(0));
  floodUnanswered += rec.unanswered;
  rec.unanswered = 0;
  flooder.send("stop");
  reports.push(await Promise.race([tally, sleep(10_000).then(() => "no report")]));
  await sleep(500);
  rec.samples.splice(0);
}
rec.measuring = false;

const p = (s: number[], q: number) => fmt(quantile(s, q));
console.log(
  `${pairCount} honest pairs, action -> peer update (ms), ${rounds} rounds of ${seconds} s alone + ${seconds} s flooded, same run, flooder nice ${nice}:`,
);
console.log(
  `  baseline: n=${baseline.length} p50=${p(baseline, 0.5)} p99=${p(baseline, 0.99)} max=${p(baseline, 1)} unanswered=${baseUnanswered}`,
);
console.log(
  `  flood:    n=${flooded.length} p50=${p(flooded, 0.5)} p99=${p(flooded, 0.99)} max=${p(flooded, 1)} unanswered=${floodUnanswered}`,
);
console.log(`  p99 ratio flood/baseline: ${fmt(quantile(flooded, 0.99) / quantile(baseline, 0.99), 2)}`);
console.log(`  matches finished: ${rec.matchesFinished}, honest errors: ${rec.errors}${rec.firstError ? ` (${rec.firstError})` : ""}`);
for (const [i, r] of reports.entries()) console.log(`  flooder, round ${i + 1}: ${JSON.stringify(r)}`);
await Promise.all(pairs.map((pair) => pair.leave()));
server.kill("SIGINT");
await sleep(500);
process.exit(0);
