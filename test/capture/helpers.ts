// Fixture loading and small capture builders for the capture tests.
import { readFileSync } from "node:fs";
import { buildFrame, parseIPv4, writePcap } from "../../shared/pcap";
import { inferConnection, isCaptureError, parseCapture, type InferredConnection, type ParsedCapture } from "../../shared/capture";
import type { Segment, TcpState } from "../../shared/tcp/types";
import type { Side } from "../../shared/scenarios/types";

export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/captures/${name}`, import.meta.url)));

export function parsed(bytes: Uint8Array): ParsedCapture {
  const r = parseCapture(bytes);
  if (isCaptureError(r)) throw new Error(`not read: ${r.code}`);
  return r;
}

/** Every connection of a capture, inferred in order (each knows the one it follows). */
export function inferAll(bytes: Uint8Array, profile: "rfc" | "linux" = "rfc"): InferredConnection[] {
  const p = parsed(bytes);
  return p.summary.connections.map((c) =>
    inferConnection(
      c,
      p.segments[c.id]!,
      { profile },
      p.summary.connections.find((x) => x.id === c.follows),
    ),
  );
}

/**
 * A side's states in order: its start, then each change. A step's `before` can differ from
 * the step ahead's `after` when a call was placed before that step's arrival.
 */
export function path(conn: InferredConnection, side: Side): TcpState[] {
  const out: TcpState[] = [conn.initial[side]];
  for (const s of conn.steps) for (const st of [s.before[side], s.after[side]]) if (st !== out[out.length - 1]) out.push(st);
  return out;
}

const seg = (seq: number, ack: number, f: string, data = ""): Segment => ({
  seq,
  ack,
  flags: { syn: f.includes("S"), ack: f.includes("A"), fin: f.includes("F"), rst: f.includes("R"), psh: f.includes("P") },
  window: 65535,
  data,
});

/** A handshake and a FIN from A: Ethernet frames as shared/pcap builds them. */
export function sampleFrames(): Uint8Array[] {
  const a = parseIPv4("10.0.0.1")!;
  const b = parseIPv4("10.0.0.2")!;
  const rows: Array<[Side, Segment]> = [
    ["A", seg(100, 0, "S")],
    ["B", seg(500, 101, "SA")],
    ["A", seg(101, 501, "A")],
    ["A", seg(101, 501, "FA")],
  ];
  return rows.map(([from, s], i) =>
    buildFrame({
      srcIp: from === "A" ? a : b,
      dstIp: from === "A" ? b : a,
      srcPort: from === "A" ? 40000 : 80,
      dstPort: from === "A" ? 80 : 40000,
      ipId: i,
      segment: s,
    }),
  );
}

/** A libpcap file of `frames` with link type `linkType`. */
export function pcapOf(frames: Uint8Array[], linkType: number): Uint8Array {
  const out = writePcap(frames.map((frame, i) => ({ timeUs: 1_700_000_000_000_000 + i * 1000, frame })));
  new DataView(out.buffer).setUint32(20, linkType, true);
  return out;
}
