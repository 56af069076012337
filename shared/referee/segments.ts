// Small helpers to compare and describe segments the way the referee sees them.
import type { Segment } from "../tcp/types";
import type { SegmentDraft } from "../match/types";

/** Same segment for TCP's purposes: flags (PSH ignored), seq, ack when ACK is set, data. */
export function sameSegment(a: SegmentDraft | Segment, b: SegmentDraft | Segment): boolean {
  return sameFlags(a, b) && a.seq === b.seq && (!a.flags.ack || a.ack === b.ack) && a.data === b.data;
}

/** Same flag set, PSH ignored (PSH changes nothing in connection management). */
export function sameFlags(a: SegmentDraft | Segment, b: SegmentDraft | Segment): boolean {
  return a.flags.syn === b.flags.syn && a.flags.ack === b.flags.ack && a.flags.fin === b.flags.fin && a.flags.rst === b.flags.rst;
}

/** A bare ACK: no SYN, FIN, RST and no data. */
export function isPureAck(s: SegmentDraft | Segment): boolean {
  return s.flags.ack && !s.flags.syn && !s.flags.fin && !s.flags.rst && s.data.length === 0;
}

/**
 * The engine may emit data and then a FIN as two segments for send()+shutdown(); a player
 * who builds one segment with both means the same thing, so they are merged for comparison.
 */
export function mergeContiguous(segments: readonly Segment[]): Segment | null {
  const [first, ...rest] = segments;
  if (first === undefined) return null;
  let merged: Segment = { ...first, flags: { ...first.flags } };
  for (const s of rest) {
    if (s.flags.syn || s.flags.rst || merged.flags.fin || merged.flags.rst) return null;
    if (s.seq !== (merged.seq + merged.data.length + (merged.flags.syn ? 1 : 0)) >>> 0) return null;
    if (s.flags.ack !== merged.flags.ack || s.ack !== merged.ack) return null;
    merged = {
      ...merged,
      data: merged.data + s.data,
      flags: { ...merged.flags, fin: s.flags.fin, psh: merged.flags.psh || s.flags.psh },
    };
  }
  return merged;
}

/** One-line notation for traces and test names: "A>B SYN seq=1 ack=0 'hi'". */
export function describeSegment(s: SegmentDraft | Segment): string {
  const flags = (["syn", "ack", "fin", "rst", "psh"] as const).filter((f) => s.flags[f]).map((f) => f.toUpperCase());
  const ack = s.flags.ack ? ` ack=${s.ack}` : "";
  const data = s.data.length > 0 ? ` '${s.data}'` : "";
  return `${flags.join(",") || "-"} seq=${s.seq}${ack}${data}`;
}
