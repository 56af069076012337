// The SQLite storage's writes at a load test's pace, without the network: as many matches as
// `--players` make, each played from the input log of a tutor match (every playable scenario,
// guided), inputs of random matches at one action per player every 2 s, a match that runs out
// of inputs saved as finished and started again. Batches are flushed every FLUSH_MS of real
// time, as the server does, so the WAL checkpoints come when they would. Prints the CPU per
// action (the process's, worker threads included), how long each batch of the event loop took
// (the journal's flush and the saves in it) and how large the log and the WAL grew.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { FLUSH_MS, newMatchId, openSqliteStorage } from "../server/storage";
import { playScenario } from "../shared/bots/local";
import { SCENARIOS } from "../shared/scenarios";
import { fmt, quantile } from "./loadtest/stats";
import { countOption } from "./options";

const { values } = parseArgs({ options: { players: { type: "string" }, seconds: { type: "string" } }, strict: true });
const PLAYERS = countOption("players", values.players, 4000);
const SECONDS = countOption("seconds", values.seconds, 20);
const WARMUP_SECONDS = 5;

const samples = SCENARIOS.filter((s) => s.goal.kind !== "none").map((s, i) => playScenario(s, { difficulty: "guided", seed: i + 1 }));
const inputsPerMatch = samples.reduce((n, m) => n + m.inputs.length, 0) / samples.length;
const actionsPerMatch = samples.reduce((n, m) => n + m.inputs.filter((i) => i.type === "action").length, 0) / samples.length;
const actionsPerSecond = PLAYERS / 2;
const inputsPerBatch = ((actionsPerSecond * inputsPerMatch) / actionsPerMatch) * (FLUSH_MS / 1000);

const dir = mkdtempSync(join(tmpdir(), "tcp-arena-journal-bench-"));
const file = join(dir, "arena.sqlite");
const storage = openSqliteStorage({ dbPath: file, journalFlushMs: 3_600_000 });
const journal = storage.journal!;

interface Playing {
  id: string;
  match: (typeof samples)[number];
  next: number;
}
const seats = { mode: "private", seats: { A: { kind: "human", name: "a" }, B: { kind: "human", name: "b" } } };
const begin = (i: number): Playing => {
  const match = samples[i % samples.length]!;
  const id = newMatchId();
  journal.begin({
    id,
    roomId: `R${i}`,
    room: seats,
    scenarioId: match.scenario.id,
    config: match.config,
    isns: match.isn,
    createdAt: Date.now(),
    inputs: [],
  });
  return { id, match, next: 0 };
};
const playing = Array.from({ length: PLAYERS / 2 }, (_, i) => begin(i));
let finished = 0;
let carry = 0;
/** One batch's worth of inputs to random matches, then the flush. */
function batch(): void {
  carry += inputsPerBatch;
  for (; carry >= 1; carry--) {
    const i = Math.floor(Math.random() * playing.length);
    const p = playing[i]!;
    journal.append(p.id, p.next, [p.match.inputs[p.next]]);
    if (++p.next < p.match.inputs.length) continue;
    const m = p.match;
    void storage.matches.saveFinished({
      id: p.id,
      scenarioId: m.scenario.id,
      config: m.config,
      isns: m.isn,
      inputs: m.inputs,
      result: { scores: { A: 10, B: 20 }, reason: "goal" },
      createdAt: 0,
      finishedAt: Date.now(),
    });
    journal.end(p.id);
    finished++;
    playing[i] = begin(i);
  }
  void journal.flush();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function run(seconds: number): Promise<number[]> {
  const took: number[] = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const t0 = performance.now();
    batch();
    const t1 = performance.now();
    took.push(t1 - t0);
    await sleep(Math.max(0, FLUSH_MS - (t1 - t0)));
  }
  return took;
}

await run(WARMUP_SECONDS);
finished = 0;
const cpu0 = process.cpuUsage();
const took = await run(SECONDS);
const cpu = process.cpuUsage(cpu0);
const actions = actionsPerSecond * SECONDS;
const at = (q: number) => fmt(quantile(took, q), 2);
const size = (path: string) => {
  try {
    return (statSync(path).size / 1024 / 1024).toFixed(1);
  } catch {
    return "0";
  }
};
console.log(
  `${PLAYERS} players (${playing.length} matches), ${actionsPerSecond} actions/s, ${inputsPerBatch.toFixed(0)} inputs per ${FLUSH_MS} ms batch, ${SECONDS} s after ${WARMUP_SECONDS} s of warm-up; ${finished} matches finished and saved`,
);
console.log(
  `CPU per action: ${(cpu.user / actions).toFixed(1)} µs user + ${(cpu.system / actions).toFixed(1)} µs system (worker threads included)`,
);
console.log(`a batch on the event loop (inputs, saves, flush): p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`);
console.log(`files: database ${size(file)} MB, WAL ${size(`${file}-wal`)} MB`);
await storage.close();
rmSync(dir, { recursive: true, force: true });
