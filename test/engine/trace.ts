// A compact one-line notation for segments in tests:
//   seg("S seq=4294967294")  seg("SA seq=10 ack=4294967295")  seg("PA seq=5 ack=7 data=hello")
// Flag letters: S (SYN), A (ACK), F (FIN), R (RST), P (PSH); "-" for none. Optional win=N.
import { DEFAULT_RCV_WND, type Flags, type Segment } from "../../shared/tcp";

export function seg(text: string): Segment {
  const [head = "", ...rest] = text.trim().split(/\s+/);
  const letters = head.includes("=") ? "" : head;
  const fields = head.includes("=") ? [head, ...rest] : rest;
  const flags: Flags = {
    syn: letters.includes("S"),
    ack: letters.includes("A"),
    fin: letters.includes("F"),
    rst: letters.includes("R"),
    psh: letters.includes("P"),
  };
  const out: Segment = { seq: 0, ack: 0, flags, window: DEFAULT_RCV_WND, data: "" };
  for (const f of fields) {
    const eq = f.indexOf("=");
    const key = f.slice(0, eq);
    const value = f.slice(eq + 1);
    if (key === "seq") out.seq = Number(value);
    else if (key === "ack") out.ack = Number(value);
    else if (key === "win") out.window = Number(value);
    else if (key === "data") out.data = value;
    else throw new Error(`seg(): unknown field ${key}`);
  }
  return out;
}

/** The same notation back: flags in the order S A F R P, ack only when ACK is set. */
export function fmt(s: Segment): string {
  const f = s.flags;
  const letters = (f.syn ? "S" : "") + (f.ack ? "A" : "") + (f.fin ? "F" : "") + (f.rst ? "R" : "") + (f.psh ? "P" : "");
  let text = `${letters || "-"} seq=${s.seq}`;
  if (f.ack) text += ` ack=${s.ack}`;
  if (s.window !== DEFAULT_RCV_WND) text += ` win=${s.window}`;
  if (s.data.length > 0) text += ` data=${s.data}`;
  return text;
}
