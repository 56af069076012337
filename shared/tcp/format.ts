// How every part of the game writes a segment as text: "SYN,ACK seq=100 ack=301 len=5".
// The same text in both languages (the ladders, the logs, the quiz, the feedback).
import type { Flags, Segment } from "./types";

/**
 * The textbooks' order. PSH is left out: it changes nothing in connection management
 * (RFC 9293 3.9.1: it only asks the receiver to deliver promptly), the referee and the
 * network rules ignore it too, and the match draws it as its own badge.
 */
const LABEL_ORDER: readonly (keyof Flags)[] = ["syn", "fin", "rst", "ack"];

/** "SYN", "SYN,ACK", "FIN,ACK", "RST,ACK" ...; "—" for a segment with none of them. */
export function flagsLabel(flags: Flags): string {
  const names = LABEL_ORDER.filter((f) => flags[f]).map((f) => f.toUpperCase());
  return names.length > 0 ? names.join(",") : "—";
}

/** flagsLabel of a segment. */
export function flagsOf(seg: Pick<Segment, "flags">): string {
  return flagsLabel(seg.flags);
}

/** "FIN,ACK seq=1001 ack=5001" (+ " len=5" with data), from its parts: `ack` null when ACK is not set. */
export function segmentLabelOf(flags: string, seq: number, ack: number | null, len = 0): string {
  let s = `${flags} seq=${seq}`;
  if (ack !== null) s += ` ack=${ack}`;
  if (len > 0) s += ` len=${len}`;
  return s;
}

/** One line for a segment: "SYN,ACK seq=100 ack=301", the ack only when ACK is set. */
export function segmentLabel<S extends Pick<Segment, "flags" | "seq" | "ack" | "data">>(seg: S): string {
  return segmentLabelOf(flagsLabel(seg.flags), seg.seq, seg.flags.ack ? seg.ack : null, seg.data.length);
}
