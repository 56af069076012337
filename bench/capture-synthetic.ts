// A large synthetic capture for the capture benchmark and the big-file browser test:
// `connections` loopback-style connections one after another, each a handshake, `dataSegments`
// data segments from the client (each acknowledged), and a four-way close. Ethernet/IPv4
// frames with checksums from shared/pcap, written as one libpcap file.
import { buildFrame, parseIPv4, writePcap, type PcapRecord } from "../shared/pcap";
import type { Segment } from "../shared/tcp/types";

const flags = (f: string): Segment["flags"] => ({
  syn: f.includes("S"),
  ack: f.includes("A"),
  fin: f.includes("F"),
  rst: false,
  psh: f.includes("P"),
});

export interface SyntheticOptions {
  connections: number;
  dataSegments: number;
  /** Data bytes per segment. */
  payload: number;
}

/** The .pcap bytes and the number of packets in it. */
export function syntheticCapture(o: SyntheticOptions): { bytes: Uint8Array; packets: number } {
  const a = parseIPv4("10.1.0.1")!;
  const b = parseIPv4("10.1.0.2")!;
  const data = "x".repeat(o.payload);
  const records: PcapRecord[] = [];
  let t = 1_700_000_000_000_000;
  for (let c = 0; c < o.connections; c++) {
    const port = 20000 + (c % 40000);
    const issA = (c * 7919 + 1000) >>> 0;
    const issB = (c * 104729 + 5000) >>> 0;
    let sa = issA;
    let sb = issB;
    const push = (fromA: boolean, seg: Segment): void => {
      t += 50;
      records.push({
        timeUs: t,
        frame: buildFrame({
          srcIp: fromA ? a : b,
          dstIp: fromA ? b : a,
          srcPort: fromA ? port : 80,
          dstPort: fromA ? 80 : port,
          ipId: records.length & 0xffff,
          segment: seg,
        }),
      });
    };
    push(true, { seq: sa, ack: 0, flags: flags("S"), window: 65535, data: "" });
    sa = (sa + 1) >>> 0;
    push(false, { seq: sb, ack: sa, flags: flags("SA"), window: 65535, data: "" });
    sb = (sb + 1) >>> 0;
    push(true, { seq: sa, ack: sb, flags: flags("A"), window: 65535, data: "" });
    for (let i = 0; i < o.dataSegments; i++) {
      push(true, { seq: sa, ack: sb, flags: flags("PA"), window: 65535, data });
      sa = (sa + o.payload) >>> 0;
      push(false, { seq: sb, ack: sa, flags: flags("A"), window: 65535, data: "" });
    }
    push(true, { seq: sa, ack: sb, flags: flags("FA"), window: 65535, data: "" });
    sa = (sa + 1) >>> 0;
    push(false, { seq: sb, ack: sa, flags: flags("A"), window: 65535, data: "" });
    push(false, { seq: sb, ack: sa, flags: flags("FA"), window: 65535, data: "" });
    sb = (sb + 1) >>> 0;
    push(true, { seq: sa, ack: sb, flags: flags("A"), window: 65535, data: "" });
  }
  return { bytes: writePcap(records), packets: records.length };
}
