// npm run bench: engine events per second for full open-data-close cycles between two
// endpoints (listen, connect, handshake, data both ways, four-way close, TIME_WAIT expiry).
// A figure, never pass/fail. Median of 5 runs after a warm-up.
import { createEndpoint, step, type Endpoint, type Segment, type TcpEvent } from "../shared/tcp";

const CYCLES = 20_000;
const RUNS = 5;

const baseA = createEndpoint({ localPort: 40000, remotePort: 80, iss: 2 ** 32 - 3 });
const baseB = createEndpoint({ localPort: 80, remotePort: 40000, iss: 2 ** 32 - 2 });

let events = 0;
let now = 0;

function deliver(to: Endpoint, segments: Segment[]): { ep: Endpoint; out: Segment[] } {
  let ep = to;
  const out: Segment[] = [];
  for (const segment of segments) {
    const r = step(ep, { type: "segment", segment }, now);
    events++;
    ep = r.endpoint;
    for (const s of r.segments) out.push(s);
  }
  return { ep, out };
}

function call(ep: Endpoint, event: TcpEvent): { ep: Endpoint; out: Segment[] } {
  events++;
  const r = step(ep, event, now);
  return { ep: r.endpoint, out: r.segments };
}

/** Ping-pong until nobody sends. */
function converse(pair: { a: Endpoint; b: Endpoint }, fromA: boolean, segs: Segment[]): void {
  let toB = fromA;
  let inFlight = segs;
  for (let i = 0; i < 10 && inFlight.length > 0; i++) {
    const r = deliver(toB ? pair.b : pair.a, inFlight);
    if (toB) pair.b = r.ep;
    else pair.a = r.ep;
    inFlight = r.out;
    toB = !toB;
  }
}

/** One connection from CLOSED to CLOSED on both sides. */
function cycle(): void {
  let b = call(baseB, { type: "open", passive: true }).ep;
  let x = call(baseA, { type: "open", passive: false });
  let a = x.ep;
  const pair = { a, b };
  converse(pair, true, x.out);
  x = call(pair.a, { type: "send", data: "GET / HTTP/1.0" });
  pair.a = x.ep;
  converse(pair, true, x.out);
  x = call(pair.b, { type: "send", data: "HTTP/1.0 200 OK" });
  pair.b = x.ep;
  converse(pair, false, x.out);
  x = call(pair.a, { type: "close" });
  pair.a = x.ep;
  converse(pair, true, x.out);
  x = call(pair.b, { type: "close" });
  pair.b = x.ep;
  converse(pair, false, x.out);
  now += 1000;
  a = call(pair.a, { type: "timeout", timer: "time-wait" }).ep;
  b = pair.b;
  if (a.state !== "CLOSED" || b.state !== "CLOSED") throw new Error(`cycle ended in ${a.state}/${b.state}`);
}

interface Run {
  /** Events per second of wall time. */
  wall: number;
  /** Events per second of this process's CPU time: fairer on a machine shared with other work. */
  cpu: number;
  perCycle: number;
}

function run(): Run {
  events = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < CYCLES; i++) cycle();
  const c = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  const cpuMs = (c.user + c.system) / 1000;
  return { wall: (events / ms) * 1000, cpu: (events / cpuMs) * 1000, perCycle: events / CYCLES };
}

const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");
const median = (xs: number[]): number => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)] ?? 0;

run(); // warm-up: let the JIT settle
const runs = Array.from({ length: RUNS }, run);
const wall = runs.map((r) => r.wall);
const cpu = runs.map((r) => r.cpu);
console.log(`engine: ${runs[0]?.perCycle} events per open-data-close cycle, ${CYCLES} cycles per run, ${RUNS} runs`);
console.log(`wall-clock events/s: ${wall.map(fmt).join(", ")}`);
console.log(`cpu-time events/s:   ${cpu.map(fmt).join(", ")}`);
console.log(`median: ${fmt(median(wall))} events/s wall, ${fmt(median(cpu))} events/s of CPU time (goal >= 1,000,000)`);
