import { describe, expect, it } from "vitest";
import { act, apply, closedByA, codes, converse, established, plus } from "./fixtures";
import { fmt, seg } from "./trace";

describe("RST validation (RFC 5961 3.2) and SYN in a synchronized state (RFC 5961 4.2)", () => {
  it("ESTABLISHED: a RST exactly at RCV.NXT resets the connection", () => {
    const p = established();
    const r = apply(p.b, { type: "segment", segment: seg(`R seq=${p.b.rcvNxt}`) });
    expect(r.endpoint.state).toBe("CLOSED");
    expect(r.endpoint.closedBy).toBe("reset");
    expect(r.segments).toEqual([]);
    expect(codes(r.notes)).toEqual(["segment/rst-accepted", "state/transition"]);
  });

  it("ESTABLISHED: a RST in the window but not at RCV.NXT gets a challenge ACK and changes nothing", () => {
    const p = established();
    const r = apply(p.b, { type: "segment", segment: seg(`R seq=${plus(p.b.rcvNxt, 100)}`) });
    expect(r.endpoint.state).toBe("ESTABLISHED");
    expect(r.segments.map(fmt)).toEqual([`A seq=${p.b.sndNxt} ack=${p.b.rcvNxt}`]);
    expect(codes(r.notes)).toEqual(["segment/rst-challenge"]);
  });

  it("ESTABLISHED: a RST outside the window is dropped silently", () => {
    const p = established();
    const r = apply(p.b, { type: "segment", segment: seg(`R seq=${plus(p.b.rcvNxt, -1)}`) });
    expect(r.segments).toEqual([]);
    expect(codes(r.notes)).toEqual(["segment/rst-out-of-window"]);
  });

  it("ESTABLISHED: a SYN in the window gets a challenge ACK and is dropped", () => {
    const p = established();
    const r = apply(p.b, { type: "segment", segment: seg(`S seq=${p.b.rcvNxt}`) });
    expect(r.endpoint.state).toBe("ESTABLISHED");
    expect(r.segments.map(fmt)).toEqual([`A seq=${p.b.sndNxt} ack=${p.b.rcvNxt}`]);
    expect(codes(r.notes)).toEqual(["segment/syn-challenge"]);
  });

  it("ESTABLISHED: a duplicate SYN,ACK (the final handshake ACK was lost) is answered with an ACK", () => {
    const p = established();
    const synAck = p.sent.find((s) => s.side === "b")!.segment;
    const r = apply(p.a, { type: "segment", segment: synAck });
    expect(codes(r.notes)).toEqual(["segment/unacceptable"]);
    expect(r.segments.map(fmt)).toEqual([`A seq=${p.a.sndNxt} ack=${p.a.rcvNxt}`]);
  });

  it("CLOSE_WAIT, LAST_ACK and CLOSING: a valid RST closes the connection", () => {
    const p = established();
    converse(p, "a", act(p, "a", { type: "shutdown" }));
    expect(apply(p.b, { type: "segment", segment: seg(`R seq=${p.b.rcvNxt}`) }).endpoint.state).toBe("CLOSED");
    act(p, "b", { type: "shutdown" });
    expect(p.b.state).toBe("LAST_ACK");
    expect(apply(p.b, { type: "segment", segment: seg(`R seq=${p.b.rcvNxt}`) }).endpoint.state).toBe("CLOSED");
  });

  it("TIME_WAIT: a SYN beyond the window is answered with an ACK, not a new connection", () => {
    const p = closedByA();
    const r = apply(p.a, { type: "segment", segment: seg(`S seq=${plus(p.a.rcvNxt, 1_000_000)}`) });
    expect(codes(r.notes)).toEqual(["segment/unacceptable"]);
    expect(r.endpoint.state).toBe("TIME_WAIT");
  });

  it("ESTABLISHED: ABORT sends <SEQ=SND.NXT><CTL=RST> and the peer accepts it", () => {
    const p = established();
    const [rst] = act(p, "a", { type: "abort" });
    expect(fmt(rst!)).toBe(`R seq=${p.a.sndNxt}`);
    act(p, "b", { type: "segment", segment: rst! });
    expect(p.b.state).toBe("CLOSED");
    expect(p.b.closedBy).toBe("reset");
  });

  it("any state: a malformed segment is dropped with a note, never thrown on", () => {
    const p = established();
    const bad = { ...seg(`A seq=${p.b.rcvNxt} ack=${p.b.sndNxt}`), seq: -1 };
    const r = apply(p.b, { type: "segment", segment: bad });
    expect(codes(r.notes)).toEqual(["segment/malformed"]);
    expect(r.endpoint).toEqual(p.b);
  });
});

describe("robustness", () => {
  it("a timeout naming no known timer is ignored as not armed, even with the FIN_WAIT_2 timer running", () => {
    const p = established("linux");
    converse(p, "a", act(p, "a", { type: "close" }));
    const r = apply(p.a, { type: "timeout", timer: "bogus" as never }, 1);
    expect(codes(r.notes)).toEqual(["timer/not-armed"]);
    expect(r.endpoint.state).toBe("FIN_WAIT_2");
  });

  it("an event that is not an object changes nothing and throws nothing", () => {
    const p = established();
    const r = apply(p.a, null as never);
    expect(r).toEqual({ endpoint: p.a, segments: [], notes: [] });
  });
});
