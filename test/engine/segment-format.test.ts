import { describe, expect, it } from "vitest";
import { flagsLabel, segmentLabel, segmentLabelOf } from "../../shared/tcp/format";
import type { Flags } from "../../shared/tcp/types";

const flags = (on: string): Flags => ({
  syn: on.includes("S"),
  ack: on.includes("A"),
  fin: on.includes("F"),
  rst: on.includes("R"),
  psh: on.includes("P"),
});

describe("the segment formatter", () => {
  it("writes flag sets in the textbooks' order with ACK last", () => {
    expect(flagsLabel(flags("SA"))).toBe("SYN,ACK");
    expect(flagsLabel(flags("AF"))).toBe("FIN,ACK");
    expect(flagsLabel(flags("RA"))).toBe("RST,ACK");
  });

  it("leaves PSH out, so a data segment reads as ACK, and writes none as a dash", () => {
    expect(flagsLabel(flags("PA"))).toBe("ACK");
    expect(flagsLabel(flags("P"))).toBe("—");
  });

  it("shows the ack only when ACK is set and the length only with data", () => {
    expect(segmentLabel({ seq: 4294967293, ack: 9, flags: flags("S"), data: "" })).toBe("SYN seq=4294967293");
    expect(segmentLabel({ seq: 1, ack: 301, flags: flags("PA"), data: "hello" })).toBe("ACK seq=1 ack=301 len=5");
    expect(segmentLabelOf("FIN,ACK", 1001, 5001)).toBe("FIN,ACK seq=1001 ack=5001");
  });
});
