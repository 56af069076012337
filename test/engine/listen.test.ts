import { describe, expect, it } from "vitest";
import { act, apply, codes, endpointB, ISS_A, ISS_B, pair, plus, transitions } from "./fixtures";
import { fmt, seg } from "./trace";

const listening = () => apply(endpointB(), { type: "open", passive: true }).endpoint;

describe("LISTEN (RFC 9293 3.10.7.2)", () => {
  it("LISTEN: a RST is ignored", () => {
    const r = apply(listening(), { type: "segment", segment: seg("R seq=1") });
    expect(r.segments).toEqual([]);
    expect(codes(r.notes)).toEqual(["segment/listen-rst-ignored"]);
    expect(r.endpoint.state).toBe("LISTEN");
  });

  it("LISTEN: an ACK is answered with <SEQ=SEG.ACK><CTL=RST>", () => {
    const r = apply(listening(), { type: "segment", segment: seg("A seq=1 ack=4294967295") });
    expect(r.segments.map(fmt)).toEqual(["R seq=4294967295"]);
    expect(codes(r.notes)).toEqual(["segment/listen-ack-reset"]);
    expect(r.endpoint.state).toBe("LISTEN");
  });

  it("LISTEN: a SYN is answered with SYN,ACK <SEQ=ISS><ACK=SEG.SEQ+1> and moves to SYN_RCVD", () => {
    const r = apply(listening(), { type: "segment", segment: seg(`S seq=${ISS_A} win=1000`) });
    expect(r.segments.map(fmt)).toEqual([`SA seq=${ISS_B} ack=${plus(ISS_A, 1)}`]);
    expect(r.endpoint.state).toBe("SYN_RCVD");
    expect(r.endpoint.irs).toBe(ISS_A);
    expect(r.endpoint.rcvNxt).toBe(plus(ISS_A, 1));
    expect(r.endpoint.sndNxt).toBe(plus(ISS_B, 1));
    expect(r.endpoint.sndWnd).toBe(1000);
    expect(codes(r.notes)).toEqual(["segment/listen-syn", "state/transition"]);
  });

  it("LISTEN: a segment with neither SYN, ACK nor RST is dropped", () => {
    const r = apply(listening(), { type: "segment", segment: seg("F seq=3") });
    expect(r.segments).toEqual([]);
    expect(codes(r.notes)).toEqual(["segment/listen-dropped"]);
  });

  it("LISTEN: CLOSE and ABORT return to CLOSED without sending anything", () => {
    for (const type of ["shutdown", "close", "abort"] as const) {
      const r = apply(listening(), { type });
      expect(r.endpoint.state).toBe("CLOSED");
      expect(r.segments).toEqual([]);
      expect(codes(r.notes)).toEqual(["user/listen-closed", "state/transition"]);
    }
  });

  it("LISTEN: an active OPEN turns the connection active and sends a SYN", () => {
    const r = apply(listening(), { type: "open", passive: false });
    expect(r.segments.map(fmt)).toEqual([`S seq=${ISS_B}`]);
    expect(transitions(r.notes)).toEqual(["LISTEN->SYN_SENT"]);
  });

  it("LISTEN: a second passive OPEN reports that the connection exists", () => {
    const r = apply(listening(), { type: "open", passive: true });
    expect(codes(r.notes)).toEqual(["user/connection-exists"]);
  });

  it("LISTEN: SEND queues the data until the connection is established", () => {
    const p = pair();
    act(p, "b", { type: "open", passive: true });
    const out = act(p, "b", { type: "send", data: "hi" });
    expect(out).toEqual([]);
    expect(p.b.sendBuffer).toBe("hi");
    expect(codes(p.log.map((l) => l.note))).toContain("user/data-queued");
  });
});
