// The server side of the load test, run as a child process on 127.0.0.1.
// `--bare`: only the bare echo room; otherwise the real app (server/app.ts).
// Prints "READY <port>" once listening.
import http from "node:http";
import { constants, performance, PerformanceObserver } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { defineRoom, defineServer, LocalDriver, LocalPresence } from "@colyseus/core";
import { BARE_ROOM, BareRoom } from "./bare-room";
import { PacedPingTransport } from "../../server/net/paced-pings";
import { windowProfile } from "./window-profile";
import { loopBlocks } from "./loop-blocks";
import type { GcPauses } from "./stats";

const bare = parseArgs({ args: process.argv.slice(2), options: { bare: { type: "boolean", default: false } } }).values.bare;
const port = Number(process.env.PORT ?? 2590);

if (bare) {
  // The same transport as the app's (server/app.ts): the two runs differ only in the room.
  // With the stock transport's ping burst (4,000 pings in one callback every 3 s) the bare
  // room's latency tail would be that burst's, not the room's.
  const server = defineServer({
    rooms: { [BARE_ROOM]: defineRoom(BareRoom) },
    presence: new LocalPresence(),
    driver: new LocalDriver(),
    transport: new PacedPingTransport({ server: http.createServer() }),
    greet: false,
  });
  await server.listen(port, "127.0.0.1");
} else {
  const { startServer } = await import("../../server/app");
  await startServer(port, "127.0.0.1");
}
process.stdout.write(`READY ${port}\n`);

// Usage figures for the parent, on request: CPU (user + system) and memory of this process,
// and event-loop utilisation since the previous request.
let lastElu = performance.eventLoopUtilization();
// How long the event loop was blocked, since the previous request: a stall delays every
// client's update at once, which is what a latency tail is made of.
const blocks = loopBlocks();
// The collector's pauses of the main thread, since the previous request: each one holds up
// every client at once, as a long task does.
const noPauses = (): GcPauses => ({ minor: { count: 0, totalMs: 0, maxMs: 0 }, major: { count: 0, totalMs: 0, maxMs: 0 } });
let pauses = noPauses();
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
    const totals =
      kind === constants.NODE_PERFORMANCE_GC_MAJOR ? pauses.major : kind === constants.NODE_PERFORMANCE_GC_MINOR ? pauses.minor : null;
    if (!totals) continue;
    totals.count++;
    totals.totalMs += entry.duration;
    totals.maxMs = Math.max(totals.maxMs, entry.duration);
  }
}).observe({ entryTypes: ["gc"] });
// --profile: V8 profiles of the measuring window only.
const profile = windowProfile(bare ? "bare" : "ours");
process.on("message", async (message: { type?: string; gc?: boolean }) => {
  if (profile && message?.type === "profile-start") return profile.start();
  if (profile && message?.type === "profile-stop") {
    process.send?.({ type: "profiled", file: await profile.stop() });
    return;
  }
  if (message?.type !== "usage?" || !process.send) return;
  // `gc`: after a full collection (the server runs with --expose-gc), so that a sample tells
  // what is kept, not where the collector happens to be in its cycle.
  if (message.gc) (globalThis as { gc?: () => void }).gc?.();
  const cpu = process.cpuUsage();
  const main = process.threadCpuUsage();
  const mem = process.memoryUsage();
  const elu = performance.eventLoopUtilization(lastElu);
  lastElu = performance.eventLoopUtilization();
  process.send({
    type: "usage",
    cpuUs: cpu.user + cpu.system,
    mainCpuUs: main.user + main.system,
    gc: pauses,
    rssBytes: mem.rss,
    heapBytes: mem.heapUsed,
    heapTotalBytes: mem.heapTotal,
    externalBytes: mem.external,
    arrayBufferBytes: mem.arrayBuffers,
    elu: elu.utilization,
    loopDelayP99Ms: blocks.p99Ms(),
    loopDelayMaxMs: blocks.maxMs(),
  });
  blocks.reset();
  pauses = noPauses();
});
process.send?.({ type: "ready", port });
// A benchmark server needs no graceful shutdown: exit at once.
process.on("SIGINT", () => process.exit(0));
