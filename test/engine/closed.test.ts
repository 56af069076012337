import { describe, expect, it } from "vitest";
import { apply, codes, endpointA, ISS_A, plus, transitions } from "./fixtures";
import { fmt, seg } from "./trace";

describe("CLOSED (RFC 9293 3.10.7.1 and the user calls of 3.10.1 - 3.10.5)", () => {
  it("CLOSED: a segment with ACK is answered with <SEQ=SEG.ACK><CTL=RST>", () => {
    const r = apply(endpointA(), { type: "segment", segment: seg("A seq=4294967295 ack=4294967294") });
    expect(r.segments.map(fmt)).toEqual(["R seq=4294967294"]);
    expect(codes(r.notes)).toEqual(["segment/closed-reset"]);
  });

  it("CLOSED: a SYN is answered with <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>, wrapping past 2^32", () => {
    const r = apply(endpointA(), { type: "segment", segment: seg("SF seq=4294967295 data=ab") });
    // SYN + 2 bytes + FIN = 4 sequence numbers from 2^32-1: wraps to 3.
    expect(r.segments.map(fmt)).toEqual(["AR seq=0 ack=3"]);
  });

  it("CLOSED: an incoming RST is discarded without reply", () => {
    const r = apply(endpointA(), { type: "segment", segment: seg("R seq=5") });
    expect(r.segments).toEqual([]);
    expect(codes(r.notes)).toEqual(["segment/closed-rst-ignored"]);
  });

  it("CLOSED: SEND, CLOSE and ABORT report that the connection does not exist", () => {
    for (const event of [{ type: "send", data: "x" }, { type: "shutdown" }, { type: "close" }, { type: "abort" }] as const) {
      const r = apply(endpointA(), event);
      expect(codes(r.notes)).toEqual(["user/connection-does-not-exist"]);
      expect(r.endpoint.state).toBe("CLOSED");
    }
  });

  it("CLOSED: a passive OPEN enters LISTEN and sends nothing", () => {
    const r = apply(endpointA(), { type: "open", passive: true });
    expect(r.endpoint.state).toBe("LISTEN");
    expect(r.segments).toEqual([]);
    expect(transitions(r.notes)).toEqual(["CLOSED->LISTEN"]);
  });

  it("CLOSED: an active OPEN sends <SEQ=ISS><CTL=SYN> and enters SYN_SENT with SND.NXT = ISS+1", () => {
    const r = apply(endpointA(), { type: "open", passive: false }, 10);
    expect(r.segments.map(fmt)).toEqual([`S seq=${ISS_A}`]);
    expect(r.endpoint.state).toBe("SYN_SENT");
    expect(r.endpoint.sndUna).toBe(ISS_A);
    expect(r.endpoint.sndNxt).toBe(plus(ISS_A, 1));
    expect(r.endpoint.timers.retransmit).toEqual({ deadline: 10 + r.endpoint.rtoMs, since: 10, rto: r.endpoint.rtoMs, retries: 0 });
  });

  it("CLOSED: an active OPEN may bring a new ISS for a new incarnation", () => {
    const r = apply(endpointA(), { type: "open", passive: false, iss: 7 });
    expect(r.segments.map(fmt)).toEqual(["S seq=7"]);
    expect(r.endpoint.iss).toBe(7);
  });

  it("step never mutates the endpoint it is given", () => {
    const before = endpointA();
    const copy = structuredClone(before);
    step3(before);
    expect(before).toEqual(copy);
  });
});

function step3(ep: ReturnType<typeof endpointA>): void {
  const opened = apply(ep, { type: "open", passive: false }).endpoint;
  apply(opened, { type: "timeout", timer: "retransmit" }, 1000);
  apply(opened, { type: "segment", segment: seg(`SA seq=9 ack=${plus(ISS_A, 1)}`) });
}
