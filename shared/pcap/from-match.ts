// The capture of a match: its ladder's segments as a tap in the middle of the wire saw them
// (see capture.ts for the rules), with the scenario's addresses and ports.
import type { LadderEntry, MatchState } from "../match/types";
import { buildCapture, type TapRecord } from "./capture";

type SegmentEntry = Extract<LadderEntry, { kind: "segment" }>;

/**
 * When a ladder segment passed the tap, or null if it never did (still held by the network,
 * or still short of the middle when the capture stopped at `endNet`).
 */
export function tapTime(entry: SegmentEntry, delayMs: number, endNet: number | null): number | null {
  if (entry.arrivedAt !== null) {
    // A segment released from a hold may not carry its departure: it flew one delay (plus
    // any extra, which the midpoint of its own flight accounts for when departAt is known).
    const depart = entry.departAt ?? entry.arrivedAt - delayMs;
    return (depart + entry.arrivedAt) / 2;
  }
  if (entry.departAt === null) return null;
  // Lost segments vanish half-way (shared/net/wire.ts): they reached the tap, then were lost.
  const at = entry.departAt + delayMs / 2;
  if (entry.fate === "flying" && endNet !== null && at > endNet) return null;
  return at;
}

/** The segments of a match as TapRecords, in ladder order (buildCapture sorts by time). */
export function tapRecords(match: Pick<MatchState, "ladder" | "wire" | "ended" | "config">): TapRecord[] {
  const delay = match.wire?.delayMs ?? match.config.wireDelayMs;
  const endNet = match.ended?.net ?? null;
  const out: TapRecord[] = [];
  for (const entry of match.ladder) {
    if (entry.kind !== "segment") continue;
    const atMs = tapTime(entry, delay, endNet);
    if (atMs !== null) out.push({ from: entry.from, atMs, segment: entry.segment });
  }
  return out;
}

/** The .pcap bytes of a match; `startEpochMs` is the wall-clock time the match began. */
export function captureMatch(
  match: Pick<MatchState, "ladder" | "wire" | "ended" | "config" | "scenario">,
  startEpochMs: number,
): Uint8Array {
  const { A, B } = match.scenario;
  return buildCapture(tapRecords(match), {
    A: { address: A.address, port: A.port },
    B: { address: B.address, port: B.port },
    startEpochMs,
  });
}
