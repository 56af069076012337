// Segment descriptions shared by the quiz's prompts, choices and ladders.
import type { Segment } from "../tcp/types";

/** "SYN", "SYN,ACK", "FIN,ACK", "RST,ACK"…: the flag set in the order students read it (PSH left out). */
export function flagsOf(seg: Pick<Segment, "flags">): string {
  const f = seg.flags;
  const names: string[] = [];
  if (f.syn) names.push("SYN");
  if (f.fin) names.push("FIN");
  if (f.rst) names.push("RST");
  if (f.ack) names.push("ACK");
  return names.join(",");
}


/** "FIN,ACK seq=1001 ack=5001" (+ " len=5" with data): the same text in both languages. */
export function segmentLabel(flags: string, seq: number, ack: number | null, len = 0): string {
  let s = `${flags} seq=${seq}`;
  if (ack !== null) s += ` ack=${ack}`;
  if (len > 0) s += ` len=${len}`;
  return s;
}

export function describeSegment(seg: Segment): string {
  return segmentLabel(flagsOf(seg), seg.seq, seg.flags.ack ? seg.ack : null, seg.data.length);
}
