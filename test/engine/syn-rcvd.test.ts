import { describe, expect, it } from "vitest";
import { act, apply, codes, ISS_A, ISS_B, pair, plus, transitions, type Pair } from "./fixtures";
import { fmt, seg } from "./trace";

/** B has answered A's SYN: B in SYN_RCVD (passive), A in SYN_SENT with the SYN,ACK in flight. */
function synRcvd(): Pair & { synAck: ReturnType<typeof seg> } {
  const p = pair();
  act(p, "b", { type: "open", passive: true });
  const [syn] = act(p, "a", { type: "open", passive: false });
  const [synAck] = act(p, "b", { type: "segment", segment: syn! });
  return { ...p, synAck: synAck! };
}

describe("SYN_RCVD (RFC 9293 3.10.7.4 for SYN-RECEIVED)", () => {
  it("SYN_RCVD: an ACK outside SND.UNA < SEG.ACK =< SND.NXT is answered with <SEQ=SEG.ACK><CTL=RST>", () => {
    const p = synRcvd();
    const r = apply(p.b, { type: "segment", segment: seg(`A seq=${plus(ISS_A, 1)} ack=${plus(ISS_B, 3)}`) });
    expect(r.segments.map(fmt)).toEqual([`R seq=${plus(ISS_B, 3)}`]);
    expect(codes(r.notes)).toEqual(["segment/unacceptable-ack"]);
    expect(r.endpoint.state).toBe("SYN_RCVD");
  });

  it("SYN_RCVD: data on the third handshake segment is delivered", () => {
    const p = synRcvd();
    const r = apply(p.b, { type: "segment", segment: seg(`AP seq=${plus(ISS_A, 1)} ack=${plus(ISS_B, 1)} data=GET`) });
    expect(r.endpoint.state).toBe("ESTABLISHED");
    expect(r.endpoint.received).toBe("GET");
    expect(r.segments.map(fmt)).toEqual([`A seq=${plus(ISS_B, 1)} ack=${plus(ISS_A, 4)}`]);
  });

  it("SYN_RCVD: a RST at RCV.NXT after a passive open returns to LISTEN", () => {
    const p = synRcvd();
    const r = apply(p.b, { type: "segment", segment: seg(`R seq=${plus(ISS_A, 1)}`) });
    expect(transitions(r.notes)).toEqual(["SYN_RCVD->LISTEN"]);
    expect(codes(r.notes)[0]).toBe("segment/rst-syn-rcvd-passive");
    expect(r.endpoint.irs).toBeNull();
    expect(r.endpoint.timers.retransmit).toBeNull();
  });

  it("SYN_RCVD: an in-window SYN after a passive open returns to LISTEN", () => {
    const p = synRcvd();
    const r = apply(p.b, { type: "segment", segment: seg(`S seq=${plus(ISS_A, 10)}`) });
    expect(transitions(r.notes)).toEqual(["SYN_RCVD->LISTEN"]);
    expect(codes(r.notes)[0]).toBe("segment/syn-rcvd-syn-listen");
  });

  it("SYN_RCVD: a retransmitted SYN fails the acceptability test and is answered with an ACK", () => {
    const p = synRcvd();
    const r = apply(p.b, { type: "segment", segment: seg(`S seq=${ISS_A}`) });
    expect(codes(r.notes)).toEqual(["segment/unacceptable"]);
    expect(r.segments.map(fmt)).toEqual([`A seq=${plus(ISS_B, 1)} ack=${plus(ISS_A, 1)}`]);
    expect(r.endpoint.state).toBe("SYN_RCVD");
  });

  it("SYN_RCVD: a RST after an active open (simultaneous open) means refused: CLOSED", () => {
    const p = pair();
    act(p, "a", { type: "open", passive: false });
    act(p, "a", { type: "segment", segment: seg(`S seq=${ISS_B}`) });
    const r = apply(p.a, { type: "segment", segment: seg(`R seq=${plus(ISS_B, 1)}`) });
    expect(r.endpoint.state).toBe("CLOSED");
    expect(r.endpoint.closedBy).toBe("refused");
    expect(codes(r.notes)[0]).toBe("segment/rst-accepted");
  });

  it("SYN_RCVD: CLOSE with nothing queued sends a FIN and enters FIN_WAIT_1", () => {
    const p = synRcvd();
    const out = act(p, "b", { type: "shutdown" });
    expect(out.map(fmt)).toEqual([`AF seq=${plus(ISS_B, 1)} ack=${plus(ISS_A, 1)}`]);
    expect(p.b.state).toBe("FIN_WAIT_1");
  });

  it("SYN_RCVD: CLOSE with data queued waits for ESTABLISHED, then sends the data and the FIN", () => {
    const p = synRcvd();
    act(p, "b", { type: "send", data: "bye" });
    act(p, "b", { type: "shutdown" });
    expect(p.log.at(-1)?.note.code).toBe("user/fin-queued");
    expect(p.b.state).toBe("SYN_RCVD");
    const out = act(p, "b", { type: "segment", segment: seg(`A seq=${plus(ISS_A, 1)} ack=${plus(ISS_B, 1)}`) });
    expect(out.map(fmt)).toEqual([
      `AP seq=${plus(ISS_B, 1)} ack=${plus(ISS_A, 1)} data=bye`,
      `AF seq=${plus(ISS_B, 4)} ack=${plus(ISS_A, 1)}`,
    ]);
    expect(p.b.state).toBe("FIN_WAIT_1");
  });

  it("SYN_RCVD: ABORT sends <SEQ=SND.NXT><CTL=RST>", () => {
    const p = synRcvd();
    const r = apply(p.b, { type: "abort" });
    expect(r.segments.map(fmt)).toEqual([`R seq=${plus(ISS_B, 1)}`]);
    expect(codes(r.notes)).toEqual(["user/abort-reset", "state/transition"]);
    expect(r.endpoint.closedBy).toBe("aborted");
  });
});
