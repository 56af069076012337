import { describe, expect, it } from "vitest";
import { act, apply, codes, converse, established, ISS_A, ISS_B, pair, plus, transitions } from "./fixtures";
import { fmt, seg } from "./trace";

describe("the three-way handshake", () => {
  it("a connect() to a listener puts both ends in ESTABLISHED with SYN, SYN,ACK, ACK", () => {
    const p = established();
    expect(p.a.state).toBe("ESTABLISHED");
    expect(p.b.state).toBe("ESTABLISHED");
    expect(p.sent.map((s) => `${s.side}: ${fmt(s.segment)}`)).toEqual([
      `a: S seq=${ISS_A}`,
      `b: SA seq=${ISS_B} ack=${plus(ISS_A, 1)}`,
      `a: A seq=${plus(ISS_A, 1)} ack=${plus(ISS_B, 1)}`,
    ]);
    // Sequence space wrapped: ISS_A is 2^32 - 3, SND.NXT after the SYN is 2^32 - 2.
    expect(p.a.sndNxt).toBe(plus(ISS_A, 1));
    expect(p.a.timers.retransmit).toBeNull();
    expect(p.b.timers.retransmit).toBeNull();
  });

  it("SYN_SENT: a SYN,ACK acknowledging ISS+1 moves to ESTABLISHED and sends the ACK", () => {
    const opened = apply(pair().a, { type: "open", passive: false }).endpoint;
    const r = apply(opened, { type: "segment", segment: seg(`SA seq=${ISS_B} ack=${plus(ISS_A, 1)}`) });
    expect(r.segments.map(fmt)).toEqual([`A seq=${plus(ISS_A, 1)} ack=${plus(ISS_B, 1)}`]);
    expect(transitions(r.notes)).toEqual(["SYN_SENT->ESTABLISHED"]);
    expect(r.endpoint.retransmitQueue).toEqual([]);
  });

  it("SYN_RCVD: an ACK of ISS+1 moves to ESTABLISHED", () => {
    const p = pair();
    act(p, "b", { type: "open", passive: true });
    act(p, "b", { type: "segment", segment: seg(`S seq=${ISS_A}`) });
    const r = apply(p.b, { type: "segment", segment: seg(`A seq=${plus(ISS_A, 1)} ack=${plus(ISS_B, 1)}`) });
    expect(r.endpoint.state).toBe("ESTABLISHED");
    expect(r.segments).toEqual([]);
    expect(codes(r.notes)).toEqual(["state/transition", "segment/acked"]);
  });

  it("data queued before the connection is established goes out once it is", () => {
    const p = pair();
    act(p, "b", { type: "open", passive: true });
    const syn = act(p, "a", { type: "open", passive: false });
    act(p, "a", { type: "send", data: "early" });
    converse(p, "a", syn);
    expect(p.b.received).toBe("early");
    expect(p.a.sndUna).toBe(plus(ISS_A, 6));
  });
});
