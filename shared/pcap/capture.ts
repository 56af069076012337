// From a match's wire log to a capture file.
//
// Where the capture is taken: at a tap in the middle of the wire, as if a switch mirrored
// the link between A and B to Wireshark. So:
// - every copy of a segment that travels on the wire is captured once, at the time it
//   passes the tap (the middle of its own flight);
// - a dropped segment is captured too: the loss happens past the tap, so Wireshark shows
//   the original and, later, its retransmission (flagged tcp.analysis.retransmission);
// - a duplicate made by the network is captured twice (the network copied it before the tap);
// - a segment a player built but the referee refused never reached the wire: not captured.
// Timestamps are network (TCP) time, so the gaps Wireshark shows are the real-TCP ones
// (RTO, 2MSL), not the scaled wall-clock ones.

import type { Side } from "../scenarios/types";
import type { Segment } from "../tcp/types";
import { buildFrame, parseIPv4, type PcapHost } from "./frame";
import { writePcap, type PcapRecord } from "./writer";

/** One segment as it passed the tap. */
export interface TapRecord {
  from: Side;
  /** Network time (TCP ms since the match began) at which it passed the tap. */
  atMs: number;
  segment: Segment;
}

export interface CaptureOptions {
  A: PcapHost;
  B: PcapHost;
  /** Wall-clock start of the match (ms since the epoch): network time 0 in the capture. */
  startEpochMs: number;
}

/** Used when a scenario's address is not a dotted IPv4 address. */
const FALLBACK_IP: Record<Side, string> = { A: "10.0.0.1", B: "10.0.0.2" };

/**
 * A deterministic first IPv4 Identification per host. Linux picks it at random; a replay
 * must give the same bytes every time, so it comes from the address instead.
 */
function firstIpId(ip: Uint8Array): number {
  return (((ip[2]! << 8) | ip[3]!) * 0x9e37) & 0xffff;
}

/** Builds the .pcap bytes for `records`, ordered by the time they passed the tap. */
export function buildCapture(records: readonly TapRecord[], options: CaptureOptions): Uint8Array {
  const ip: Record<Side, Uint8Array> = {
    A: parseIPv4(options.A.address) ?? parseIPv4(FALLBACK_IP.A)!,
    B: parseIPv4(options.B.address) ?? parseIPv4(FALLBACK_IP.B)!,
  };
  const nextId: Record<Side, number> = { A: firstIpId(ip.A), B: firstIpId(ip.B) };
  // Stable sort: records at the same instant keep the log's order.
  const ordered = records.map((r, i) => ({ r, i })).sort((x, y) => x.r.atMs - y.r.atMs || x.i - y.i);
  const out: PcapRecord[] = ordered.map(({ r }) => {
    const to: Side = r.from === "A" ? "B" : "A";
    const frame = buildFrame({
      srcIp: ip[r.from],
      dstIp: ip[to],
      srcPort: options[r.from].port,
      dstPort: options[to].port,
      ipId: nextId[r.from],
      segment: r.segment,
    });
    nextId[r.from] = (nextId[r.from] + 1) & 0xffff;
    return { timeUs: (options.startEpochMs + r.atMs) * 1000, frame };
  });
  return writePcap(out);
}
