// npm run bench:capture: how fast a large capture is read (libpcap records, Ethernet, IPv4,
// TCP, connection table) and how fast its connections are replayed through the engine.
// Prints figures; never pass/fail.
import { performance } from "node:perf_hooks";
import { CaptureParser, inferConnection, isCaptureError } from "../shared/capture";
import { syntheticCapture } from "./capture-synthetic";

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 1000);
const DATA_SEGMENTS = Number(process.env.DATA_SEGMENTS ?? 496);
const PAYLOAD = Number(process.env.PAYLOAD ?? 40);
const CHUNK = 4 * 1024 * 1024;

const g0 = performance.now();
const { bytes, packets } = syntheticCapture({ connections: CONNECTIONS, dataSegments: DATA_SEGMENTS, payload: PAYLOAD });
const g1 = performance.now();
console.log(
  `synthetic capture: ${packets.toLocaleString("en")} packets, ${(bytes.length / 1e6).toFixed(1)} MB (built in ${((g1 - g0) / 1000).toFixed(1)} s)`,
);

// Read as the worker does: 4 MB chunks; every connection decoded so inference sees all.
for (let round = 1; round <= 3; round++) {
  const parser = new CaptureParser({ maxDecoded: Infinity, maxSegments: Infinity });
  const p0 = performance.now();
  for (let at = 0; at < bytes.length; at += CHUNK) parser.push(bytes.subarray(at, at + CHUNK));
  const parsed = parser.finish();
  const p1 = performance.now();
  if (isCaptureError(parsed)) throw new Error(parsed.code);
  const i0 = performance.now();
  let steps = 0;
  for (const c of parsed.summary.connections) steps += inferConnection(c, parsed.segments[c.id]!).steps.length;
  const i1 = performance.now();
  const mem = process.memoryUsage();
  console.log(
    `round ${round}: parsed ${parsed.summary.tcp.toLocaleString("en")} segments in ${((p1 - p0) / 1000).toFixed(2)} s = ${Math.round(packets / ((p1 - p0) / 1000)).toLocaleString("en")} packets/s; ` +
      `inferred ${steps.toLocaleString("en")} in ${((i1 - i0) / 1000).toFixed(2)} s = ${Math.round(steps / ((i1 - i0) / 1000)).toLocaleString("en")} segments/s; ` +
      `${parsed.summary.connections.length} connections; heap ${(mem.heapUsed / 1e6).toFixed(0)} MB`,
  );
}
