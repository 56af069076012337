import { describe, expect, it } from "vitest";
import { act, apply, codes, converse, established, plus, transitions } from "./fixtures";
import { fmt, seg } from "./trace";

/** A has closed; B received the FIN and is in CLOSE_WAIT, A in FIN_WAIT_2. */
function closeWait() {
  const p = established();
  converse(p, "a", act(p, "a", { type: "shutdown" }));
  return p;
}

describe("the passive closer: CLOSE_WAIT and LAST_ACK", () => {
  it("CLOSE_WAIT: the peer's retransmitted FIN is re-ACKed and nothing else changes", () => {
    const p = closeWait();
    const fin = p.sent.find((s) => s.side === "a" && s.segment.flags.fin)!.segment;
    const r = apply(p.b, { type: "segment", segment: fin });
    expect(codes(r.notes)).toEqual(["segment/fin-retransmitted"]);
    expect(r.segments.map(fmt)).toEqual([`A seq=${p.b.sndNxt} ack=${p.b.rcvNxt}`]);
    expect(r.endpoint.rcvNxt).toBe(p.b.rcvNxt);
  });

  it("CLOSE_WAIT: text after the peer's FIN is ignored", () => {
    const p = closeWait();
    const r = apply(p.b, { type: "segment", segment: seg(`AP seq=${p.b.rcvNxt} ack=${p.b.sndNxt} data=zz`) });
    expect(codes(r.notes)).toEqual(["segment/data-after-fin"]);
    expect(r.endpoint.received).toBe("");
  });

  it("CLOSE_WAIT: CLOSE sends the FIN after the queued data and enters LAST_ACK at once", () => {
    const p = closeWait();
    act(p, "b", { type: "segment", segment: seg(`A seq=${p.b.rcvNxt} ack=${p.b.sndNxt} win=2`) });
    act(p, "b", { type: "send", data: "tail" });
    const out = act(p, "b", { type: "shutdown" });
    expect(out).toEqual([]);
    expect(p.b.state).toBe("LAST_ACK");
    converse(p, "b", [p.sent.filter((s) => s.side === "b").at(-1)!.segment]);
    expect(p.a.received).toBe("tail");
    expect(p.a.state).toBe("TIME_WAIT");
    expect(p.b.state).toBe("CLOSED");
  });

  it("LAST_ACK: an ACK that does not cover the FIN leaves it in LAST_ACK", () => {
    const p = closeWait();
    act(p, "b", { type: "shutdown" });
    const r = apply(p.b, { type: "segment", segment: seg(`A seq=${p.b.rcvNxt} ack=${plus(p.b.sndNxt, -1)}`) });
    expect(r.endpoint.state).toBe("LAST_ACK");
    expect(transitions(r.notes)).toEqual([]);
  });

  it("LAST_ACK: the ACK of our FIN deletes the TCB", () => {
    const p = closeWait();
    act(p, "b", { type: "shutdown" });
    const r = apply(p.b, { type: "segment", segment: seg(`A seq=${p.b.rcvNxt} ack=${p.b.sndNxt}`) });
    expect(codes(r.notes)).toEqual(["segment/acked", "segment/fin-acked", "state/transition"]);
    expect(r.endpoint.state).toBe("CLOSED");
    expect(r.endpoint.timers).toEqual({ retransmit: null, timeWait: null, finWait2: null });
  });

  it("CLOSING: an ACK of our FIN moves to TIME_WAIT", () => {
    const p = established();
    const [finA] = act(p, "a", { type: "shutdown" });
    act(p, "b", { type: "shutdown" });
    act(p, "b", { type: "segment", segment: finA! });
    expect(p.b.state).toBe("CLOSING");
    const r = apply(p.b, { type: "segment", segment: seg(`A seq=${p.b.rcvNxt} ack=${p.b.sndNxt}`) }, 7);
    expect(transitions(r.notes)).toEqual(["CLOSING->TIME_WAIT"]);
    expect(r.endpoint.timers.timeWait).toBe(7 + 2 * r.endpoint.msl);
  });
});
