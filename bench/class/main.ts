// `npm run bench:class -- [--students N] [--seconds S] [--port P]`
// A benchmark, not a test: the real server in a child process on 127.0.0.1 (the load test's
// server.ts), one teacher and N @colyseus/sdk students in this process. It prints the time for
// every student to join one class, the time from "start round" to every pair's match started,
// the teacher dashboard's update rate and size while the class plays, and the server's CPU and
// memory. Every phase has a deadline, so it always ends.
import { fork } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { pack } from "msgpackr";
import { ColyseusSDK, type Room } from "@colyseus/sdk";
import { CLASS_ROOM, type ClassDashboard, type ClassMatchSeat, type ClassWelcome } from "../../shared/protocol/classroom";
import { mergeView, actionToMessage, type ViewMessage } from "../../shared/protocol";
import type { PlayerView } from "../../shared/match/types";
import { getScenario } from "../../shared/scenarios";
import { decide, newViewPlayerMemory, type ViewPlayerMemory } from "../loadtest/view-player";
import { compiledBenchServer } from "../compiled-server";
import { nextMessage, pool, type LoadMessage } from "../loadtest/stats";
import { numberOption } from "../options";

const _here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { students: { type: "string" }, seconds: { type: "string" }, port: { type: "string" } },
});
const students = Math.min(5000, Math.max(2, numberOption("students", values.students, 2000)));
const seconds = Math.min(300, Math.max(5, numberOption("seconds", values.seconds, 20)));
const port = numberOption("port", values.port, 2620);
const DEADLINE_MS = 5 * 60_000;
const scenario = getScenario("handshake")!;

type Usage = Extract<LoadMessage, { type: "usage" }>;
const server = fork(await compiledBenchServer(), [], {
  env: { ...process.env, PORT: String(port), LOG_LEVEL: "warn", DB_PATH: ":memory:", BOT_THINK_MS: "800" },
  stdio: ["ignore", "inherit", "inherit", "ipc"],
});
const usage = async (): Promise<Usage> => {
  const reply = nextMessage(server, "usage", 30_000);
  server.send({ type: "usage?" });
  return reply;
};
const until = async (what: string, check: () => boolean): Promise<void> => {
  const end = Date.now() + DEADLINE_MS;
  while (!check()) {
    if (Date.now() > end) throw new Error(`deadline passed waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

await nextMessage(server, "ready", 60_000);
const sdk = new ColyseusSDK(`http://127.0.0.1:${port}`);
const idle = await usage();

// The teacher, whose dashboard is measured.
const dashboards: Array<{ at: number; bytes: number }> = [];
const teacherRoom = await sdk.create(CLASS_ROOM, {
  setup: { rounds: [{ scenarioId: "handshake", difficulty: "guided", timeLimitSeconds: 1800 }], botPartner: true },
});
let welcome: ClassWelcome | null = null;
teacherRoom.onMessage("*", (type, payload) => {
  if (type === "class.welcome") welcome = payload as ClassWelcome;
  if (type === "class.dashboard") dashboards.push({ at: performance.now(), bytes: pack(payload as ClassDashboard).length });
});
await until("the teacher's welcome", () => welcome !== null);
const code = (welcome as ClassWelcome | null)!.code;

// Students join, 100 at a time.
const seats: Array<ClassMatchSeat | null> = Array.from({ length: students }, () => null);
let seatsReceived = 0;
let lastSeatAt = 0;
const classRooms: Room[] = [];
const joinStart = performance.now();
const joins = await pool(students, 100, async (i) => {
  const room = await sdk.joinById(code, { name: `student ${i + 1}`, browserId: `bench-${String(i).padStart(6, "0")}-browser` });
  room.onMessage("*", (type, payload) => {
    if (type === "class.match") {
      seats[i] = payload as ClassMatchSeat;
      seatsReceived++;
      lastSeatAt = performance.now();
    }
  });
  classRooms.push(room);
});
const joinSeconds = (performance.now() - joinStart) / 1000;
const joined = joins.filter((j) => j.status === "fulfilled").length;
const firstJoinError = joins.find((j) => j.status === "rejected") as PromiseRejectedResult | undefined;
const afterJoin = await usage();
const joinCpuPct = (100 * (afterJoin.cpuUs - idle.cpuUs)) / 1e6 / joinSeconds;

// Start the round: every student takes the seat and the match starts (its first view).
let started = 0;
let actions = 0;
let playing = false;
const startAt = performance.now();
teacherRoom.send("startRound");
const matchRooms: Room[] = [];
const kicks: Array<() => void> = [];
const play = (room: Room) => {
  let view: PlayerView | null = null;
  let memory: ViewPlayerMemory = newViewPlayerMemory();
  let counted = false;
  let thinking = false;
  const react = () => {
    if (!playing || thinking) return;
    thinking = true;
    // About one action every 2 s per student, as people at a keyboard.
    setTimeout(
      () => {
        thinking = false;
        if (!view || view.ended) return;
        const decision = decide(view, scenario, memory);
        memory = decision.memory;
        if (!decision.action) return;
        const msg = actionToMessage(decision.action, view.you?.nextClientSeq ?? 0);
        room.send(msg.type, msg.payload);
        actions++;
      },
      1000 + Math.random() * 2000,
    );
  };
  kicks.push(react);
  room.onMessage("*", (type, payload) => {
    if (type !== "view") return;
    view = mergeView(view, payload as ViewMessage);
    if (!counted) {
      counted = true;
      started++;
    }
    react();
  });
};
await until("every seat", () => seatsReceived >= joined);
const seatsSeconds = (lastSeatAt - startAt) / 1000;
await pool(students, 100, async (i) => {
  const room = await sdk.consumeSeatReservation(seats[i]!.reservation as never);
  matchRooms.push(room);
  play(room);
});
await until("every match started", () => started >= joined);
const startSeconds = (performance.now() - startAt) / 1000;

// The class plays; the dashboard and the server are measured over the window.
playing = true;
for (const kick of kicks) kick();
const windowStart = performance.now();
const before = await usage();
const dashboardsBefore = dashboards.length;
await new Promise((r) => setTimeout(r, seconds * 1000));
const after = await usage();
const windowSeconds = (performance.now() - windowStart) / 1000;
const windowDashboards = dashboards.slice(dashboardsBefore);
const bytes = windowDashboards.reduce((sum, d) => sum + d.bytes, 0);
const gaps = windowDashboards.slice(1).map((d, i) => d.at - windowDashboards[i]!.at);
const maxGapMs = gaps.length ? Math.max(...gaps) : Infinity;
const rate =
  windowDashboards.length > 1 ? (windowDashboards.length - 1) / ((windowDashboards.at(-1)!.at - windowDashboards[0]!.at) / 1000) : 0;
const cpuPct = (100 * (after.cpuUs - before.cpuUs)) / 1e6 / windowSeconds;
const pairs = Math.ceil(joined / 2);

const f = (n: number, d = 1) => n.toFixed(d);
console.log(`bench:class — ${students} students, one class, handshake (guided), ${seconds} s of play`);
console.log(
  `  joined:            ${joined}/${students} in ${f(joinSeconds)} s (server CPU ${f(joinCpuPct)}% of a core)${firstJoinError ? ` (first error: ${String(firstJoinError.reason?.message ?? firstJoinError.reason)})` : ""}`,
);
console.log(
  `  start round:       ${pairs} pairs' matches all started in ${f(startSeconds)} s (every seat sent after ${f(seatsSeconds)} s)`,
);
console.log(`  joined + paired:   ${f(joinSeconds + startSeconds)} s in all`);
console.log(
  `  dashboard:         ${f(rate, 2)} updates/s (longest gap ${f(maxGapMs / 1000, 2)} s), ${f(bytes / 1024 / windowSeconds)} kB/s, ${f(bytes / Math.max(1, windowDashboards.length) / 1024)} kB per update`,
);
console.log(`  play:              ${f(actions / windowSeconds)} student actions/s`);
console.log(
  `  server CPU:        ${f(cpuPct)}% of a core while playing; event loop blocked p99 ${f(after.loopDelayP99Ms)} ms, max ${f(after.loopDelayMaxMs)} ms`,
);
console.log(
  `  server memory:     RSS ${f(idle.rssBytes / 2 ** 20)} MiB idle, ${f(afterJoin.rssBytes / 2 ** 20)} MiB joined, ${f(after.rssBytes / 2 ** 20)} MiB playing (${f((after.rssBytes - idle.rssBytes) / 1024 / Math.max(1, joined))} KiB per student)`,
);
const goal =
  joined === students && joinSeconds + startSeconds <= 10 && rate >= 0.95 && maxGapMs <= 1500 && bytes / 1024 / windowSeconds <= 50;
console.log(`  goal (all joined and paired in ≤ 10 s; dashboard ≥ 1/s at ≤ 50 kB/s): ${goal ? "met" : "NOT met"}`);
server.kill("SIGINT");
process.exit(0);
