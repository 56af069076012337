import { describe, expect, it } from "vitest";
import { apply, codes, endpointA, ISS_A, plus, transitions } from "./fixtures";
import { fmt, seg } from "./trace";

const synSent = () => apply(endpointA(), { type: "open", passive: false }).endpoint;
const ISS_PEER = 4294967290;

describe("SYN_SENT (RFC 9293 3.10.7.3)", () => {
  it("SYN_SENT: an ACK that does not acknowledge ISS+1 is answered with <SEQ=SEG.ACK><CTL=RST>", () => {
    const r = apply(synSent(), { type: "segment", segment: seg(`SA seq=${ISS_PEER} ack=${plus(ISS_A, 5)}`) });
    expect(r.segments.map(fmt)).toEqual([`R seq=${plus(ISS_A, 5)}`]);
    expect(r.notes).toEqual([
      { code: "segment/unacceptable-ack", params: { expected: plus(ISS_A, 1), received: plus(ISS_A, 5), una: ISS_A } },
    ]);
    expect(r.endpoint.state).toBe("SYN_SENT");
  });

  it("SYN_SENT: an ACK equal to ISS is unacceptable too", () => {
    const r = apply(synSent(), { type: "segment", segment: seg(`A seq=1 ack=${ISS_A}`) });
    expect(codes(r.notes)).toEqual(["segment/unacceptable-ack"]);
  });

  it("SYN_SENT: a RST with an unacceptable ACK is dropped without reply", () => {
    const r = apply(synSent(), { type: "segment", segment: seg(`AR seq=0 ack=${plus(ISS_A, 9)}`) });
    expect(r.segments).toEqual([]);
    expect(codes(r.notes)).toEqual(["segment/syn-sent-rst-ignored"]);
  });

  it("SYN_SENT: a RST acknowledging the SYN means connection refused: CLOSED", () => {
    const r = apply(synSent(), { type: "segment", segment: seg(`AR seq=0 ack=${plus(ISS_A, 1)}`) });
    expect(transitions(r.notes)).toEqual(["SYN_SENT->CLOSED"]);
    expect(codes(r.notes)[0]).toBe("segment/syn-sent-refused");
    expect(r.endpoint.closedBy).toBe("refused");
    expect(r.endpoint.timers.retransmit).toBeNull();
  });

  it("SYN_SENT: a RST without ACK is dropped (RFC 5961 3.2)", () => {
    const r = apply(synSent(), { type: "segment", segment: seg("R seq=77") });
    expect(r.endpoint.state).toBe("SYN_SENT");
    expect(codes(r.notes)).toEqual(["segment/syn-sent-rst-ignored"]);
  });

  it("SYN_SENT: a segment with neither SYN nor RST is dropped", () => {
    const r = apply(synSent(), { type: "segment", segment: seg(`A seq=1 ack=${plus(ISS_A, 1)}`) });
    expect(r.segments).toEqual([]);
    expect(codes(r.notes)).toEqual(["segment/syn-sent-dropped"]);
  });

  it("SYN_SENT: a SYN without ACK is a simultaneous open: SYN,ACK <SEQ=ISS><ACK=SEG.SEQ+1>, SYN_RCVD", () => {
    const r = apply(synSent(), { type: "segment", segment: seg(`S seq=${ISS_PEER}`) });
    expect(r.segments.map(fmt)).toEqual([`SA seq=${ISS_A} ack=${plus(ISS_PEER, 1)}`]);
    expect(codes(r.notes)).toEqual(["segment/simultaneous-open", "state/transition"]);
    expect(r.endpoint.state).toBe("SYN_RCVD");
  });

  it("SYN_SENT: data and a FIN on the SYN,ACK are taken after entering ESTABLISHED", () => {
    const r = apply(synSent(), { type: "segment", segment: seg(`SAF seq=${ISS_PEER} ack=${plus(ISS_A, 1)} data=hey`) });
    expect(r.endpoint.received).toBe("hey");
    expect(transitions(r.notes)).toEqual(["SYN_SENT->ESTABLISHED", "ESTABLISHED->CLOSE_WAIT"]);
    expect(r.segments.map(fmt)).toEqual([`A seq=${plus(ISS_A, 1)} ack=${plus(ISS_PEER, 5)}`]);
  });

  it("SYN_SENT: CLOSE and ABORT delete the TCB without sending anything", () => {
    for (const type of ["shutdown", "close", "abort"] as const) {
      const r = apply(synSent(), { type });
      expect(r.segments).toEqual([]);
      expect(codes(r.notes)).toEqual(["user/syn-sent-closed", "state/transition"]);
    }
  });

  it("SYN_SENT: SEND queues the data", () => {
    const r = apply(synSent(), { type: "send", data: "q" });
    expect(codes(r.notes)).toEqual(["user/data-queued"]);
    expect(r.segments).toEqual([]);
  });
});
