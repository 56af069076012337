import { describe, expect, it } from "vitest";
import { act, apply, closedByA, codes, converse, established, plus, sendData, transitions } from "./fixtures";
import { fmt, seg } from "./trace";

describe("closing: the four-way close, half-close, FIN+ACK, simultaneous close", () => {
  it("four-way close: the active closer passes FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT; the passive one CLOSE_WAIT, LAST_ACK, CLOSED", () => {
    const p = closedByA();
    expect(p.a.state).toBe("TIME_WAIT");
    expect(p.b.state).toBe("CLOSED");
    expect(p.b.closedBy).toBe("normal");
    const path = p.log.filter((l) => l.note.code === "state/transition").map((l) => `${l.side}:${l.note.params.to}`);
    expect(path.slice(-6)).toEqual(["a:FIN_WAIT_1", "b:CLOSE_WAIT", "a:FIN_WAIT_2", "b:LAST_ACK", "a:TIME_WAIT", "b:CLOSED"]);
  });

  it("FIN_WAIT_1: the FIN takes one sequence number and the ACK of it moves to FIN_WAIT_2", () => {
    const p = established();
    const [fin] = act(p, "a", { type: "shutdown" });
    expect(fin && fmt(fin)).toBe(`AF seq=${p.a.finSeq} ack=${p.a.rcvNxt}`);
    expect(p.a.sndNxt).toBe(plus(p.a.finSeq ?? 0, 1));
    const [ack] = act(p, "b", { type: "segment", segment: fin! });
    act(p, "a", { type: "segment", segment: ack! });
    expect(p.a.state).toBe("FIN_WAIT_2");
    expect(p.a.timers.retransmit).toBeNull();
  });

  it("half-close: the passive closer keeps sending in CLOSE_WAIT and the active closer keeps reading in FIN_WAIT_2", () => {
    const p = established();
    converse(p, "a", act(p, "a", { type: "shutdown" }));
    expect([p.a.state, p.b.state]).toEqual(["FIN_WAIT_2", "CLOSE_WAIT"]);
    sendData(p, "b", "more");
    sendData(p, "b", "data");
    expect(p.a.received).toBe("moredata");
    expect(p.a.state).toBe("FIN_WAIT_2");
    const r = apply(p.a, { type: "send", data: "x" });
    expect(codes(r.notes)).toEqual(["user/connection-closing"]);
  });

  it("FIN_WAIT_1: a FIN that also acknowledges our FIN goes straight to TIME_WAIT", () => {
    const p = established();
    const [fin] = act(p, "a", { type: "shutdown" });
    act(p, "b", { type: "segment", segment: fin! }); // B: CLOSE_WAIT, its ACK is lost
    const [finB] = act(p, "b", { type: "shutdown" });
    // B's FIN carries ack = A's FIN + 1: one segment acknowledges and closes.
    const r = apply(p.a, { type: "segment", segment: finB! }, p.now);
    expect(transitions(r.notes)).toEqual(["FIN_WAIT_1->TIME_WAIT"]);
    expect(r.segments.map(fmt)).toEqual([`A seq=${plus(p.a.finSeq ?? 0, 1)} ack=${plus(finB!.seq, 1)}`]);
  });

  it("simultaneous close: FINs cross, both pass CLOSING and end in TIME_WAIT", () => {
    const p = established();
    const [finA] = act(p, "a", { type: "shutdown" });
    const [finB] = act(p, "b", { type: "shutdown" });
    const [ackA] = act(p, "a", { type: "segment", segment: finB! });
    const [ackB] = act(p, "b", { type: "segment", segment: finA! });
    expect([p.a.state, p.b.state]).toEqual(["CLOSING", "CLOSING"]);
    act(p, "a", { type: "segment", segment: ackB! });
    act(p, "b", { type: "segment", segment: ackA! });
    expect([p.a.state, p.b.state]).toEqual(["TIME_WAIT", "TIME_WAIT"]);
  });

  it("ESTABLISHED: a CLOSE with data still queued enters FIN_WAIT_1 and sends the FIN after the data", () => {
    const p = established();
    const bWindow = seg(`A seq=${p.b.sndNxt} ack=${p.a.sndNxt} win=3`);
    act(p, "a", { type: "segment", segment: bWindow });
    const first = act(p, "a", { type: "send", data: "abcdef" });
    expect(first.map((s) => s.data)).toEqual(["abc"]);
    act(p, "a", { type: "shutdown" });
    expect(p.a.state).toBe("FIN_WAIT_1");
    expect(p.a.finPending).toBe(true);
    converse(p, "a", first);
    expect(p.b.received).toBe("abcdef");
    expect(p.a.finSeq).toBe(plus(p.a.iss, 7));
    expect(p.b.state).toBe("CLOSE_WAIT");
  });

  it("CLOSE twice: the second CLOSE reports that the connection is already closing", () => {
    const p = established();
    act(p, "a", { type: "shutdown" });
    const r = apply(p.a, { type: "shutdown" });
    expect(codes(r.notes)).toEqual(["user/already-closing"]);
    expect(r.segments).toEqual([]);
  });
});
