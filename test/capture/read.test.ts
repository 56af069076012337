// Reading capture files: libpcap and pcapng, every link type, IPv4 and IPv6, and what each
// kind of bad file gets.
import { describe, expect, it } from "vitest";
import { CaptureReader, decodeTcp, describeOption, isCaptureError, LINKTYPE, parseCapture } from "../../shared/capture";
import { fixture, parsed, pcapOf, sampleFrames } from "./helpers";

describe("reading real captures", () => {
  it("a tcpdump capture of a loopback handshake gives one connection of three segments from the client's SYN", () => {
    const p = parsed(fixture("handshake.pcap"));
    expect(p.summary.format).toBe("pcap");
    expect(p.summary.connections).toHaveLength(1);
    const c = p.summary.connections[0]!;
    expect({ segments: c.segments, fromSyn: c.fromSyn, b: c.b }).toEqual({
      segments: 3,
      fromSyn: true,
      b: { address: "127.0.0.1", port: 5001 },
    });
    expect(p.segments[1]!.map((s) => s.flags.syn)).toEqual([true, true, false]);
  });

  it("the pcapng file dumpcap wrote reads as the same four-way close as tcpdump's pcap", () => {
    const ng = parsed(fixture("four-way-close.pcapng"));
    const pc = parsed(fixture("four-way-close.pcap"));
    expect(ng.summary.format).toBe("pcapng");
    const shape = (p: typeof ng): string[] =>
      p.segments[1]!.map((s) => `${s.flags.syn ? "S" : ""}${s.flags.fin ? "F" : ""}${s.flags.ack ? "." : ""}${s.payloadLen}`);
    expect(shape(ng)).toEqual(shape(pc));
    // pcapng timestamps (if_tsresol) come out in microseconds like pcap's.
    expect(ng.summary.connections[0]!.firstUs).toBeGreaterThan(1.7e15);
  });

  it("a Linux cooked capture (tcpdump -i any) in SLL and SLL2 is read, over IPv4 and IPv6", () => {
    const sll = parsed(fixture("abort-sll.pcap"));
    expect(sll.summary.tcp).toBe(6);
    const v6 = parsed(fixture("ipv6-sll2.pcap"));
    expect(v6.summary.connections[0]!.a.address).toBe("::1");
    expect(v6.segments[1]![0]!.ipVersion).toBe(6);
  });

  it("options are decoded as facts: MSS, SACK permitted, timestamps, window scale", () => {
    const syn = parsed(fixture("handshake.pcap")).segments[1]![0]!;
    const shown = syn.options.map(describeOption);
    expect(shown[0]).toBe("MSS=65495");
    expect(shown).toContain("SACK_PERM");
    expect(shown.some((s) => s.startsWith("TS val="))).toBe(true);
    expect(shown.some((s) => /^WS=\d+ \(×\d+\)$/.test(s))).toBe(true);
  });

  it("a file read in chunks of any size gives the same packets as read whole", () => {
    const bytes = fixture("four-way-close.pcapng");
    for (const size of [1, 7, 64, 1000]) {
      const seen: number[] = [];
      const r = new CaptureReader((p) => seen.push(p.index, p.data.length));
      for (let i = 0; i < bytes.length; i += size) expect(r.push(bytes.slice(i, i + size))).toBeNull();
      expect(r.finish()).toBeNull();
      const whole: number[] = [];
      const w = new CaptureReader((p) => whole.push(p.index, p.data.length));
      w.push(bytes);
      expect(seen).toEqual(whole);
    }
  });
});

describe("link types", () => {
  const frames = sampleFrames();
  const ip = frames.map((f) => f.subarray(14));
  const withHeader = (h: number[]) => ip.map((p) => Uint8Array.from([...h, ...p]));
  const cases: Array<[string, number, Uint8Array[]]> = [
    ["Ethernet", LINKTYPE.ETHERNET, frames],
    ["raw IP", LINKTYPE.RAW, ip],
    ["IPv4", LINKTYPE.IPV4, ip],
    ["BSD loopback (NULL, little-endian AF_INET)", LINKTYPE.NULL, withHeader([2, 0, 0, 0])],
    ["OpenBSD loopback (LOOP, big-endian AF_INET)", LINKTYPE.LOOP, withHeader([0, 0, 0, 2])],
    ["Linux SLL", LINKTYPE.LINUX_SLL, withHeader([0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0x08, 0x00])],
    [
      "Ethernet with an 802.1Q tag",
      LINKTYPE.ETHERNET,
      frames.map((f) => Uint8Array.from([...f.subarray(0, 12), 0x81, 0x00, 0x00, 0x05, ...f.subarray(12)])),
    ],
  ];
  for (const [name, type, fs] of cases) {
    it(`${name}: the four segments of the sample connection are found`, () => {
      const p = parsed(pcapOf(fs, type));
      expect(p.summary.tcp).toBe(4);
      expect(p.summary.connections[0]!.a).toEqual({ address: "10.0.0.1", port: 40000 });
    });
  }

  it("a non-IP frame on Ethernet is skipped and counted", () => {
    const arp = Uint8Array.from([...frames[0]!.subarray(0, 12), 0x08, 0x06, ...new Array(28).fill(0)]);
    expect(decodeTcp({ index: 1, timeUs: 0, linkType: 1, data: arp, origLen: arp.length })).toBe("no-ip");
  });
});

describe("bad input gets a clear error and nothing else", () => {
  it("a text file is not a capture", () => {
    expect(parseCapture(fixture("not-a-capture.pcap"))).toEqual({ code: "capture/not-a-capture", params: {} });
  });

  it("an empty file is empty", () => {
    expect(parseCapture(new Uint8Array(0))).toEqual({ code: "capture/empty", params: {} });
  });

  it("a capture cut in the middle of a packet keeps the packets before the cut and says it is truncated", () => {
    const p = parsed(fixture("truncated.pcap"));
    expect(p.summary.truncated).toBe(true);
    expect(p.summary.packets).toBe(5);
  });

  it("a capture cut inside its file header is truncated, with nothing to show", () => {
    expect(parseCapture(fixture("handshake.pcap").slice(0, 10))).toEqual({ code: "capture/truncated", params: { packets: 0 } });
  });

  it("a capture with only UDP has no TCP", () => {
    expect(parseCapture(fixture("udp-only.pcap"))).toEqual({ code: "capture/no-tcp", params: { packets: 1 } });
  });

  it("a capture on a link type the reader does not know names that link type", () => {
    expect(parseCapture(pcapOf(sampleFrames(), 147))).toEqual({ code: "capture/unknown-link-type", params: { linkType: "147" } });
  });

  it("a record longer than any capture holds is corrupt", () => {
    const bytes = fixture("handshake.pcap").slice();
    new DataView(bytes.buffer).setUint32(24 + 8, 0x7fff_ffff, true);
    const r = parseCapture(bytes);
    expect(isCaptureError(r) && r.code).toBe("capture/corrupt");
  });

  it("a pcapng block whose trailing length disagrees is corrupt", () => {
    const bytes = fixture("four-way-close.pcapng").slice();
    const v = new DataView(bytes.buffer);
    const shbLen = v.getUint32(4, true);
    v.setUint32(shbLen - 4, shbLen + 4, true);
    const r = parseCapture(bytes);
    expect(isCaptureError(r) && r.code).toBe("capture/corrupt");
  });
});
