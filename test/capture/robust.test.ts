// Whatever a capture holds, reading and explaining it never throws: random bytes, random
// cuts of real captures, and random TCP segments on one four-tuple.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConnectionTable, inferConnection, parseCapture, type TcpPacket } from "../../shared/capture";
import { TCP_STATES } from "../../shared/tcp/types";
import { fixture } from "./helpers";

const packet = fc.record({
  fromA: fc.boolean(),
  seq: fc.integer({ min: 0, max: 0xffff_ffff }),
  ack: fc.integer({ min: 0, max: 0xffff_ffff }),
  flags: fc.record({
    syn: fc.boolean(),
    ack: fc.boolean(),
    fin: fc.boolean(),
    rst: fc.boolean(),
    psh: fc.boolean(),
    urg: fc.constant(false),
    ece: fc.constant(false),
    cwr: fc.constant(false),
  }),
  window: fc.integer({ min: 0, max: 0xffff }),
  payloadLen: fc.integer({ min: 0, max: 3000 }),
});

describe("reading and explaining never throws", () => {
  it("random bytes give a typed error", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const r = parseCapture(bytes);
        expect("code" in r || "summary" in r).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("a real capture cut or flipped anywhere reads or fails with a code", () => {
    const real = fixture("simultaneous-close.pcap");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: real.length }),
        fc.integer({ min: 0, max: real.length - 1 }),
        fc.integer({ min: 0, max: 255 }),
        (cut, at, byte) => {
          const bytes = real.slice(0, cut);
          if (at < bytes.length) bytes[at] = byte;
          const r = parseCapture(bytes);
          if ("summary" in r) for (const c of r.summary.connections) inferConnection(c, r.segments[c.id]!);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("random segments between two hosts are explained with a real state on each side after each", () => {
    fc.assert(
      fc.property(fc.array(packet, { minLength: 1, maxLength: 40 }), fc.constantFrom("rfc" as const, "linux" as const), (rows, profile) => {
        const table = new ConnectionTable({ maxDecoded: 10, maxSegments: 100 });
        const packets: TcpPacket[] = rows.map((r, i) => ({
          index: i + 1,
          timeUs: 1e15 + i * 1000,
          ipVersion: 4,
          src: r.fromA ? "10.0.0.1" : "10.0.0.2",
          dst: r.fromA ? "10.0.0.2" : "10.0.0.1",
          srcPort: r.fromA ? 40000 : 80,
          dstPort: r.fromA ? 80 : 40000,
          seq: r.seq,
          ack: r.ack,
          flags: r.flags,
          window: r.window,
          options: [],
          payloadLen: r.payloadLen,
          preview: "",
        }));
        for (const p of packets) table.add(p);
        for (const c of table.list()) {
          const inf = inferConnection(c, table.segmentsOf(c.id)!, { profile });
          for (const s of inf.steps) {
            expect(TCP_STATES).toContain(s.after.A);
            expect(TCP_STATES).toContain(s.after.B);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
