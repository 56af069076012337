// `npm run bench:flood`: does one hostile client slow an honest pair down? A server process
// (server/main.ts), an honest pair playing guided matches from their views at a human pace
// (bench/loadtest's match driver: latency from an action to the peer's update), first alone
// for --seconds, then as long again while a flooder (flooder.ts, its own process) sends
// `declare` as fast as it can from a room of its own and as a spectator of the honest room,
// reconnecting whenever it is cut off. Prints both p50/p99 and the p99 ratio, measured in
// the same run. Options: --seconds N (default 8), --port P (default 2604).
import { fork, spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ColyseusSDK } from "@colyseus/sdk";
import { joinMatchPair } from "../loadtest/match-driver";
import { Recorder } from "../loadtest/recorder";
import { fmt, quantile, readArgs } from "../loadtest/stats";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const args = readArgs(process.argv.slice(2));
const seconds = Number(args.get("seconds") ?? 8);
const port = Number(args.get("port") ?? 2604);
const url = `ws://127.0.0.1:${port}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DB_PATH: ":memory:", LOG_LEVEL: "warn", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let errLines = 0;
  child.stderr!.on("data", (c: Buffer) => (errLines += c.toString().split("\n").filter((l) => / error /.test(l)).length));
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
const pair = await joinMatchPair(new ColyseusSDK(url), 0, rec);
await play(pair, rec, 1500); // warm-up
rec.measuring = true;
await play(pair, rec, seconds * 1000);
const baseline = rec.samples.splice(0);
const baseUnanswered = rec.unanswered;
rec.unanswered = 0;

const honestRoom = pair.roomId ?? "";
const flooder = fork(path.join(here, "flooder.ts"), [url, honestRoom], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
const tally = new Promise<unknown>((resolve) => flooder.once("message", resolve));
await sleep(300);
await play(pair, rec, seconds * 1000);
const flooded = rec.samples.splice(0);
rec.measuring = false;
flooder.send("stop");
const report = await Promise.race([tally, sleep(10_000).then(() => "no report")]);

const p = (s: number[], q: number) => fmt(quantile(s, q));
console.log(`honest pair, action -> peer update (ms), ${seconds} s each, same run, server pid ${server.pid}:`);
console.log(`  baseline: n=${baseline.length} p50=${p(baseline, 0.5)} p99=${p(baseline, 0.99)} max=${p(baseline, 1)} unanswered=${baseUnanswered}`);
console.log(`  flood:    n=${flooded.length} p50=${p(flooded, 0.5)} p99=${p(flooded, 0.99)} max=${p(flooded, 1)} unanswered=${rec.unanswered}`);
console.log(`  p99 ratio flood/baseline: ${fmt(quantile(flooded, 0.99) / quantile(baseline, 0.99), 2)}`);
console.log(`  matches finished: ${rec.matchesFinished}, honest errors: ${rec.errors}${rec.firstError ? ` (${rec.firstError})` : ""}`);
console.log(`  flooder: ${JSON.stringify(report)}`);
await pair.leave();
server.kill("SIGINT");
await sleep(500);
process.exit(0);
