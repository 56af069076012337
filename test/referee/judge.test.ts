// The referee judges hand-made segments against what the engine would send.
import { describe, expect, it } from "vitest";
import { judgeSegment, judgeState } from "../../shared/referee/judge";
import { MISTAKE_CODES, type MistakeCode } from "../../shared/referee/types";
import { step, type Endpoint, type Segment } from "../../shared/tcp/index";
import { draft, endpoints, ISN_A, ISN_B, plus, run } from "../match/helpers";

/** A and B established through the engine: returns both endpoints. */
function established(): { a: Endpoint; b: Endpoint } {
  const { a, b } = endpoints();
  const syn = run(a, [{ type: "open", passive: false }]);
  const synAck = run(b, [
    { type: "open", passive: true },
    { type: "segment", segment: syn.segments[0]! },
  ]);
  const ack = step(syn.endpoint, { type: "segment", segment: synAck.segments[0]! }, 0);
  const bEst = step(synAck.endpoint, { type: "segment", segment: ack.segments[0]! }, 0);
  return { a: ack.endpoint, b: bEst.endpoint };
}

/** B in SYN_RCVD owing its SYN,ACK. */
function synReceived(): { b: Endpoint; owed: Segment[] } {
  const { a, b } = endpoints();
  const syn = run(a, [{ type: "open", passive: false }]);
  const r = run(b, [
    { type: "open", passive: true },
    { type: "segment", segment: syn.segments[0]! },
  ]);
  return { b: r.endpoint, owed: r.segments };
}

const seen = new Set<MistakeCode>();
function mistakesOf(j: ReturnType<typeof judgeSegment>): MistakeCode[] {
  j.verdict.mistakes.forEach((m) => seen.add(m));
  return j.verdict.mistakes;
}

describe("referee: user calls", () => {
  it("CLOSED: a SYN with seq = ISS is an active open", () => {
    const { a } = endpoints();
    const j = judgeSegment(a, [], draft(`S seq=${ISN_A}`));
    expect(j.verdict).toMatchObject({ ok: true, stands: "open", mistakes: [] });
    expect(j.call?.endpoint.state).toBe("SYN_SENT");
  });

  it("CLOSED: a SYN with another sequence number is wrong-seq, and the expected SYN carries the ISS", () => {
    const { a } = endpoints();
    const j = judgeSegment(a, [], draft(`S seq=${plus(ISN_A, 1)}`));
    expect(j.verdict.ok).toBe(false);
    expect(mistakesOf(j)).toEqual(["wrong-seq"]);
    expect(j.verdict.expected?.seq).toBe(ISN_A);
  });

  it("CLOSED: a pure ACK is not-needed: TCP has nothing to acknowledge", () => {
    const { a } = endpoints();
    const j = judgeSegment(a, [], draft(`A seq=${ISN_A} ack=7`));
    expect(mistakesOf(j)).toEqual(["not-needed"]);
    expect(j.verdict.expected).toBeNull();
  });

  it("SYN_SENT: data before the connection is established is too-early", () => {
    const { a } = endpoints();
    const sent = run(a, [{ type: "open", passive: false }]).endpoint;
    const j = judgeSegment(sent, [], draft(`PA seq=${plus(ISN_A, 1)} ack=0 data=hi`));
    expect(mistakesOf(j)).toEqual(["too-early"]);
  });

  it("SYN_SENT: sending the SYN again before the retransmission timer fires is too-early", () => {
    const { a } = endpoints();
    const sent = run(a, [{ type: "open", passive: false }]).endpoint;
    const j = judgeSegment(sent, [], draft(`S seq=${ISN_A}`));
    expect(mistakesOf(j)).toEqual(["too-early"]);
  });

  it("ESTABLISHED: a FIN,ACK at SND.NXT acknowledging RCV.NXT is a shutdown (or a close, as the player says)", () => {
    const { a } = established();
    const fin = draft(`FA seq=${plus(ISN_A, 1)} ack=${plus(ISN_B, 1)}`);
    expect(judgeSegment(a, [], fin).verdict).toMatchObject({ ok: true, stands: "shutdown" });
    const j = judgeSegment(a, [], fin, "close");
    expect(j.verdict).toMatchObject({ ok: true, stands: "close" });
    expect(j.call?.endpoint.state).toBe("FIN_WAIT_1");
  });

  it("ESTABLISHED: a FIN without ACK is wrong-flags", () => {
    const { a } = established();
    const j = judgeSegment(a, [], draft(`F seq=${plus(ISN_A, 1)} ack=${plus(ISN_B, 1)}`));
    expect(mistakesOf(j)).toContain("wrong-flags");
    expect(j.verdict.expected?.flags).toMatchObject({ fin: true, ack: true });
  });

  it("ESTABLISHED: a RST at SND.NXT is an abort", () => {
    const { a } = established();
    const j = judgeSegment(a, [], draft(`R seq=${plus(ISN_A, 1)}`));
    expect(j.verdict).toMatchObject({ ok: true, stands: "abort" });
    expect(j.call?.endpoint.state).toBe("CLOSED");
  });
});

describe("referee: owed replies", () => {
  it("SYN_RCVD: the owed SYN,ACK built right is a reply", () => {
    const { b, owed } = synReceived();
    const j = judgeSegment(b, owed, draft(`SA seq=${ISN_B} ack=${plus(ISN_A, 1)}`));
    expect(j.verdict).toMatchObject({ ok: true, stands: "reply", satisfies: [0] });
  });

  it("SYN_RCVD: an ACK where a SYN,ACK is owed is wrong-flags", () => {
    const { b, owed } = synReceived();
    const j = judgeSegment(b, owed, draft(`A seq=${ISN_B} ack=${plus(ISN_A, 1)}`));
    expect(mistakesOf(j)).toEqual(["wrong-flags"]);
    expect(j.verdict.expected).toEqual(owed[0]);
  });

  it("SYN_RCVD: a SYN,ACK that acknowledges the ISS itself (forgot that SYN takes one number) is wrong-ack", () => {
    const { b, owed } = synReceived();
    const j = judgeSegment(b, owed, draft(`SA seq=${ISN_B} ack=${ISN_A}`));
    expect(mistakesOf(j)).toEqual(["wrong-ack"]);
  });

  it("ESTABLISHED: data carrying the owed ACK's number covers that ACK (piggybacking)", () => {
    const { a, b } = established();
    const data = run(a, [{ type: "send", data: "hey" }]);
    const got = step(b, { type: "segment", segment: data.segments[0]! }, 0);
    const owed = got.segments;
    expect(owed).toHaveLength(1);
    const j = judgeSegment(got.endpoint, owed, draft(`PA seq=${plus(ISN_B, 1)} ack=${plus(ISN_A, 4)} data=ok`));
    expect(j.verdict).toMatchObject({ ok: true, stands: "send", satisfies: [0] });
  });
});

describe("referee: states", () => {
  it("a declared state is right only when it is the endpoint's true state", () => {
    const { a } = established();
    expect(judgeState(a, "ESTABLISHED")).toEqual({ right: true, truth: "ESTABLISHED" });
    expect(judgeState(a, "SYN_RCVD")).toEqual({ right: false, truth: "ESTABLISHED" });
  });

  it("every mistake category is produced by at least one test above", () => {
    expect([...seen].sort()).toEqual([...MISTAKE_CODES].sort());
  });
});
