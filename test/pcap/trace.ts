// A compact one-line notation for segment traces in pcap tests:
//   "10 A>B S 4294967290"          at 10 ms A sends SYN seq=4294967290
//   "30 B>A SA 100 4294967291"     SYN,ACK seq=100 ack=4294967291
//   "50 A>B PA 4294967291 101 hi"  data "hi" with PSH,ACK
// Flags: S=SYN A=ACK F=FIN R=RST P=PSH. The ack number is given when A is in the flags.
import type { TapRecord } from "../../shared/pcap";
import type { Side } from "../../shared/scenarios/types";

export function trace(lines: string): TapRecord[] {
  return lines
    .trim()
    .split("\n")
    .map((line) => {
      const [at, dir, flags, seq, ...rest] = line.trim().split(/\s+/);
      const ack = flags!.includes("A") ? Number(rest.shift()) : 0;
      return {
        atMs: Number(at),
        from: dir!.slice(0, 1) as Side,
        segment: {
          seq: Number(seq),
          ack,
          flags: {
            syn: flags!.includes("S"),
            ack: flags!.includes("A"),
            fin: flags!.includes("F"),
            rst: flags!.includes("R"),
            psh: flags!.includes("P"),
          },
          window: 65535,
          data: rest.join(" "),
        },
      };
    });
}

/** The flags byte tshark prints for a segment, e.g. "0x0012" for SYN,ACK. */
export function flagsHex(r: TapRecord): string {
  const f = r.segment.flags;
  const byte = (f.ack ? 0x10 : 0) | (f.psh ? 8 : 0) | (f.rst ? 4 : 0) | (f.syn ? 2 : 0) | (f.fin ? 1 : 0);
  return "0x" + byte.toString(16).padStart(4, "0");
}
