// The reader checked against Wireshark's own: every fixture decoded by tshark and by
// shared/capture gives the same ports, raw numbers, flags, lengths and windows, and
// Wireshark's retransmission analysis flags the segments the inference calls retransmissions.
import { describe, expect, it } from "vitest";
import { tsharkFields } from "../pcap/tshark";
import { fixture, inferAll, parsed } from "./helpers";

const FILES = [
  "handshake.pcap",
  "four-way-close.pcap",
  "four-way-close.pcapng",
  "three-segment-close.pcap",
  "simultaneous-close.pcap",
  "refused.pcap",
  "abort.pcap",
  "abort-sll.pcap",
  "retransmissions.pcap",
  "time-wait-reuse.pcap",
  "ipv6-sll2.pcap",
  "full-receive-buffer.pcap",
];

describe("shared/capture reads what tshark reads", () => {
  for (const file of FILES) {
    it(`${file}: ports, raw seq and ack, flags, data length and window of every segment`, async () => {
      const bytes = fixture(file);
      const theirs = await tsharkFields(
        bytes,
        ["frame.number", "tcp.srcport", "tcp.dstport", "tcp.seq_raw", "tcp.ack_raw", "tcp.flags", "tcp.len", "tcp.window_size_value"],
        "tcp",
      );
      const p = parsed(bytes);
      const ours = Object.values(p.segments)
        .flat()
        .sort((a, b) => a.index - b.index)
        .map((s) => {
          const f = s.flags;
          const byte =
            (f.cwr ? 0x80 : 0) |
            (f.ece ? 0x40 : 0) |
            (f.urg ? 0x20 : 0) |
            (f.ack ? 0x10 : 0) |
            (f.psh ? 8 : 0) |
            (f.rst ? 4 : 0) |
            (f.syn ? 2 : 0) |
            (f.fin ? 1 : 0);
          return [
            String(s.index),
            String(s.srcPort),
            String(s.dstPort),
            String(s.seq),
            String(s.ack),
            "0x" + byte.toString(16).padStart(4, "0"),
            String(s.payloadLen),
            String(s.window),
          ];
        });
      expect(ours).toEqual(theirs);
    });
  }

  it("retransmissions.pcap: the segments Wireshark flags as retransmissions are the ones the inference retransmits", async () => {
    const theirs = (await tsharkFields(fixture("retransmissions.pcap"), ["frame.number"], "tcp.analysis.retransmission")).map((r) =>
      Number(r[0]),
    );
    const [c] = inferAll(fixture("retransmissions.pcap"));
    const ours = c!.steps.filter((s) => s.notes.some((n) => n.code === "capture/retransmission")).map((s) => s.packet.index);
    expect(ours).toEqual(theirs);
  });
});
