import { describe, expect, it } from "vitest";
import { buildCapture, type CaptureOptions } from "../../shared/pcap";
import { flagsHex, trace } from "./trace";
import { ANALYSIS_WARNINGS, tsharkFields } from "./tshark";

const hosts: CaptureOptions = {
  A: { address: "192.168.10.2", port: 40000 },
  B: { address: "192.168.10.3", port: 80 },
  startEpochMs: Date.UTC(2026, 0, 1),
};

// Handshake, data both ways across the 2^32 wrap, four-way close: a correct connection.
const correct = trace(`
0   A>B S  4294967290
50  B>A SA 1000 4294967291
100 A>B A  4294967291 1001
110 A>B PA 4294967291 1001 hello
160 B>A PA 1001 0 ok
210 A>B A  0 1003
220 B>A FA 1003 0
270 A>B A  0 1004
280 A>B FA 0 1004
330 B>A A  1004 1
`);

describe("a capture read back by tshark", () => {
  it("shows each segment's flags, raw sequence and acknowledgment numbers as logged", async () => {
    const rows = await tsharkFields(buildCapture(correct, hosts), ["tcp.flags", "tcp.seq_raw", "tcp.ack_raw"]);
    expect(rows).toEqual(correct.map((r) => [flagsHex(r), String(r.segment.seq), String(r.segment.flags.ack ? r.segment.ack : 0)]));
  });

  it("shows the scenario's addresses and ports in each direction", async () => {
    const rows = await tsharkFields(buildCapture(correct, hosts), ["ip.src", "tcp.srcport", "ip.dst", "tcp.dstport"]);
    const expected = correct.map((r) => {
      const [src, dst] = r.from === "A" ? [hosts.A, hosts.B] : [hosts.B, hosts.A];
      return [src.address, String(src.port), dst.address, String(dst.port)];
    });
    expect(rows).toEqual(expected);
  });

  it("verifies every IPv4 and TCP checksum as good", async () => {
    const rows = await tsharkFields(buildCapture(correct, hosts), ["ip.checksum.status", "tcp.checksum.status"]);
    expect(rows).toHaveLength(correct.length);
    // Wireshark's checksum status: 0 bad, 1 good, 2 unverified.
    for (const row of rows) expect(row).toEqual(["1", "1"]);
  });

  it("reports a corrupted byte as a bad TCP checksum", async () => {
    const pcap = buildCapture(correct.slice(0, 1), hosts);
    pcap[pcap.length - 1]! ^= 0xff; // the low byte of the urgent pointer field
    expect(await tsharkFields(pcap, ["tcp.checksum.status"])).toEqual([["0"]]);
  });

  it("stamps each packet with the network time at which it passed the tap", async () => {
    const rows = await tsharkFields(buildCapture(correct, hosts), ["frame.time_relative"]);
    expect(rows.map((r) => Math.round(Number(r[0]) * 1000))).toEqual(correct.map((r) => r.atMs));
  });

  it("raises no TCP analysis warning for a correct connection", async () => {
    expect(await tsharkFields(buildCapture(correct, hosts), ["frame.number"], ANALYSIS_WARNINGS)).toEqual([]);
  });

  it("flags the FIN retransmission and the re-ACK when the final ACK was lost past the tap", async () => {
    // The final ACK of the close is lost past the tap; LAST_ACK retransmits its FIN and
    // TIME_WAIT answers it again (scenario 4). Wireshark sees the FIN twice.
    const lostAck = trace(`
0   A>B S  100
50  B>A SA 500 101
100 A>B A  101 501
110 A>B FA 101 501
160 B>A A  501 102
170 B>A FA 501 102
220 A>B A  102 502
1170 B>A FA 501 102
1220 A>B A  102 502
`);
    const pcap = buildCapture(lostAck, hosts);
    const flagged = (await tsharkFields(pcap, ["frame.number"], ANALYSIS_WARNINGS)).map((r) => r[0]);
    expect(flagged).toEqual(["8", "9"]);
    // Frame 8 is the FIN sent again; frame 9, TIME_WAIT's re-ACK, repeats frame 7's ACK.
    expect((await tsharkFields(pcap, ["frame.number"], "tcp.analysis.retransmission")).map((r) => r[0])).toEqual(["8"]);
    expect((await tsharkFields(pcap, ["frame.number"], "tcp.analysis.duplicate_ack")).map((r) => r[0])).toEqual(["9"]);
  });
});
