import { describe, expect, it } from "vitest";
import { act, ISS_A, ISS_B, pair, plus } from "./fixtures";
import { fmt } from "./trace";

describe("simultaneous open (RFC 9293 Figure 7)", () => {
  it("crossing SYNs: both pass SYN_RCVD and each SYN,ACK brings its receiver to ESTABLISHED", () => {
    const p = pair();
    const [synA] = act(p, "a", { type: "open", passive: false });
    const [synB] = act(p, "b", { type: "open", passive: false });
    const [synAckA] = act(p, "a", { type: "segment", segment: synB! });
    const [synAckB] = act(p, "b", { type: "segment", segment: synA! });
    expect([p.a.state, p.b.state]).toEqual(["SYN_RCVD", "SYN_RCVD"]);
    expect(fmt(synAckA!)).toBe(`SA seq=${ISS_A} ack=${plus(ISS_B, 1)}`);
    expect(fmt(synAckB!)).toBe(`SA seq=${ISS_B} ack=${plus(ISS_A, 1)}`);
    const repliesA = act(p, "a", { type: "segment", segment: synAckB! });
    const repliesB = act(p, "b", { type: "segment", segment: synAckA! });
    expect([p.a.state, p.b.state]).toEqual(["ESTABLISHED", "ESTABLISHED"]);
    // Four segments in all: the "four-way handshake" some textbooks call it.
    expect([...repliesA, ...repliesB]).toEqual([]);
    expect(p.log.some((l) => l.note.code === "segment/syn-ack-crossed")).toBe(true);
    expect(p.a.timers.retransmit).toBeNull();
  });

  it("simultaneous open: a lost SYN,ACK is recovered by the retransmitted SYN,ACK", () => {
    const p = pair();
    const [synA] = act(p, "a", { type: "open", passive: false });
    const [synB] = act(p, "b", { type: "open", passive: false });
    act(p, "a", { type: "segment", segment: synB! }); // A's SYN,ACK is lost
    const [synAckB] = act(p, "b", { type: "segment", segment: synA! });
    act(p, "a", { type: "segment", segment: synAckB! });
    expect(p.a.state).toBe("ESTABLISHED");
    p.now = p.b.timers.retransmit?.deadline ?? 0;
    const [again] = act(p, "b", { type: "timeout", timer: "retransmit" });
    expect(fmt(again!)).toBe(`SA seq=${ISS_B} ack=${plus(ISS_A, 1)}`);
    const [ack] = act(p, "a", { type: "segment", segment: again! });
    act(p, "b", { type: "segment", segment: ack! });
    expect(p.b.state).toBe("ESTABLISHED");
  });
});
