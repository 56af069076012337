import { describe, expect, it } from "vitest";
import { tapTime } from "../../shared/pcap";
import type { LadderEntry } from "../../shared/match/types";
import { trace } from "./trace";

type SegmentEntry = Extract<LadderEntry, { kind: "segment" }>;
const syn = trace("0 A>B S 4294967295")[0]!.segment;

function entry(fields: Partial<SegmentEntry>): SegmentEntry {
  return {
    kind: "segment",
    id: 1,
    from: "A",
    segment: syn,
    sentAt: 100,
    departAt: 100,
    arrivedAt: 300,
    fate: "delivered",
    copyOf: null,
    verdict: null,
    ...fields,
  };
}

describe("when a segment passes the tap in the middle of the wire", () => {
  it("a delivered segment passes half-way through its own flight", () => {
    expect(tapTime(entry({}), 200, null)).toBe(200);
  });

  it("a delayed segment passes half-way through its longer flight", () => {
    expect(tapTime(entry({ arrivedAt: 700 }), 200, null)).toBe(400);
  });

  it("a lost segment still passes the tap: it vanishes past the middle", () => {
    expect(tapTime(entry({ arrivedAt: null, fate: "dropped" }), 200, 5000)).toBe(200);
  });

  it("a segment released from a hold without a departure time flew one delay before arriving", () => {
    expect(tapTime(entry({ departAt: null, arrivedAt: 900 }), 200, null)).toBe(800);
  });

  it("a segment still held by the network when the match ended never passed", () => {
    expect(tapTime(entry({ departAt: null, arrivedAt: null, fate: "flying" }), 200, 5000)).toBeNull();
  });

  it("a segment short of the middle when the capture stopped is left out", () => {
    expect(tapTime(entry({ departAt: 4950, arrivedAt: null, fate: "flying" }), 200, 5000)).toBeNull();
    expect(tapTime(entry({ departAt: 4850, arrivedAt: null, fate: "flying" }), 200, 5000)).toBe(4950);
  });
});
