import { describe, expect, it } from "vitest";
import { buildFrame, internetChecksum, onesComplementSum, parseIPv4, tcpChecksum } from "../../shared/pcap";

const hex = (s: string) =>
  Uint8Array.from(
    s
      .replace(/\s+/g, "")
      .match(/../g)!
      .map((b) => parseInt(b, 16)),
  );

describe("Internet checksum (RFC 1071)", () => {
  it("sums the RFC 1071 section 3 example to 0xddf2 and stores its complement", () => {
    const bytes = hex("0001 f203 f4f5 f6f7");
    expect(onesComplementSum(bytes)).toBe(0xddf2);
    expect(internetChecksum(bytes)).toBe(0x220d);
  });

  it("pads an odd-length buffer with a zero byte", () => {
    expect(onesComplementSum(hex("0102 03"))).toBe(0x0102 + 0x0300);
  });

  it("gives the well-known checksum 0xb861 for the classic IPv4 header example", () => {
    // 192.168.0.1 -> 192.168.0.199, UDP, total length 0x73, DF, TTL 64 (the example used
    // by Wikipedia's "IPv4 header checksum" article).
    const header = hex("4500 0073 0000 4000 4011 0000 c0a8 0001 c0a8 00c7");
    expect(internetChecksum(header)).toBe(0xb861);
  });

  it("gives a header whose sum including the checksum is 0xffff", () => {
    const header = hex("4500 0073 0000 4000 4011 b861 c0a8 0001 c0a8 00c7");
    expect(onesComplementSum(header)).toBe(0xffff);
  });
});

describe("TCP checksum with the pseudo-header (RFC 9293 3.1)", () => {
  const src = parseIPv4("10.0.0.1")!;
  const dst = parseIPv4("10.0.0.2")!;

  it("matches a checksum computed by hand for a bare SYN", () => {
    // 40000 -> 80, seq 1, no ack, offset 5, SYN, window 65535.
    const tcp = hex("9c40 0050 00000001 00000000 5002 ffff 0000 0000");
    // Pseudo-header words: 0a00 0001 0a00 0002 0006 0014; header words as above.
    const words = [0x0a00, 0x0001, 0x0a00, 0x0002, 0x0006, 0x0014, 0x9c40, 0x0050, 0, 1, 0, 0, 0x5002, 0xffff];
    let sum = words.reduce((a, b) => a + b, 0);
    while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
    expect(tcpChecksum(src, dst, tcp)).toBe(~sum & 0xffff);
  });

  it("writes IPv4 and TCP checksums that verify to zero over each frame", () => {
    const frame = buildFrame({
      srcIp: src,
      dstIp: dst,
      srcPort: 40000,
      dstPort: 80,
      ipId: 7,
      segment: {
        seq: 0xfffffffe,
        ack: 12345,
        flags: { syn: false, ack: true, fin: true, rst: false, psh: true },
        window: 65535,
        data: "odd",
      },
    });
    const ipHeader = frame.subarray(14, 34);
    expect(onesComplementSum(ipHeader)).toBe(0xffff);
    const tcp = frame.subarray(34);
    const pseudo = Uint8Array.of(...src, ...dst, 0, 6, 0, tcp.length);
    expect(onesComplementSum(tcp, onesComplementSum(pseudo))).toBe(0xffff);
  });

  it("clamps a window beyond 16 bits and zeroes the ack field when ACK is off", () => {
    const frame = buildFrame({
      srcIp: src,
      dstIp: dst,
      srcPort: 1,
      dstPort: 2,
      ipId: 0,
      segment: { seq: 5, ack: 99, flags: { syn: true, ack: false, fin: false, rst: false, psh: false }, window: 1e6, data: "" },
    });
    const view = new DataView(frame.buffer);
    expect(view.getUint32(34 + 8)).toBe(0);
    expect(view.getUint16(34 + 14)).toBe(0xffff);
  });
});

describe("parseIPv4", () => {
  it("reads dotted quads and refuses anything else", () => {
    expect([...parseIPv4("192.168.1.20")!]).toEqual([192, 168, 1, 20]);
    expect(parseIPv4("256.1.1.1")).toBeNull();
    expect(parseIPv4("client.example")).toBeNull();
    expect(parseIPv4("1.2.3")).toBeNull();
  });
});
