import { describe, expect, it } from "vitest";
import { act, apply, codes, established, plus, sendData } from "./fixtures";
import { fmt, seg } from "./trace";

describe("ESTABLISHED: data, acknowledgments, windows", () => {
  it("ESTABLISHED: in-order data is delivered and acknowledged across the 2^32 wrap", () => {
    const p = sendData(established(), "a", "hello");
    expect(p.b.received).toBe("hello");
    expect(p.b.rcvNxt).toBe(plus(p.a.iss, 6));
    expect(p.a.sndUna).toBe(p.a.sndNxt);
    expect(p.a.retransmitQueue).toEqual([]);
    const [data, ack] = p.sent.slice(-2).map((s) => fmt(s.segment));
    expect(data).toBe(`AP seq=${plus(p.a.iss, 1)} ack=${p.a.rcvNxt} data=hello`);
    expect(ack).toBe(`A seq=${p.b.sndNxt} ack=${plus(p.a.iss, 6)}`);
  });

  it("ESTABLISHED: data beyond RCV.NXT is not buffered and a duplicate ACK is sent", () => {
    const p = established();
    const r = apply(p.b, { type: "segment", segment: seg(`AP seq=${plus(p.b.rcvNxt, 3)} ack=${p.b.sndNxt} data=xyz`) });
    expect(codes(r.notes)).toEqual(["segment/out-of-order"]);
    expect(r.segments.map(fmt)).toEqual([`A seq=${p.b.sndNxt} ack=${p.b.rcvNxt}`]);
    expect(r.endpoint.received).toBe("");
  });

  it("ESTABLISHED: data overlapping RCV.NXT is trimmed to its new part", () => {
    const p = sendData(established(), "a", "abc");
    const r = apply(p.b, { type: "segment", segment: seg(`AP seq=${plus(p.b.rcvNxt, -3)} ack=${p.b.sndNxt} data=abcdef`) });
    expect(r.endpoint.received).toBe("abcdef");
    expect(r.notes.find((n) => n.code === "segment/data-received")?.params.bytes).toBe(3);
  });

  it("ESTABLISHED: a segment outside the window fails the acceptability test and is answered with an ACK", () => {
    const p = established();
    const r = apply(p.b, { type: "segment", segment: seg(`AP seq=${plus(p.b.rcvNxt, 70000)} ack=${p.b.sndNxt} data=x`) });
    expect(codes(r.notes)).toEqual(["segment/unacceptable"]);
    expect(r.segments.map(fmt)).toEqual([`A seq=${p.b.sndNxt} ack=${p.b.rcvNxt}`]);
  });

  it("ESTABLISHED: an ACK of data never sent is answered with an ACK and dropped", () => {
    const p = established();
    const r = apply(p.b, { type: "segment", segment: seg(`AP seq=${p.b.rcvNxt} ack=${plus(p.b.sndNxt, 10)} data=zz`) });
    expect(codes(r.notes)).toEqual(["segment/ack-of-unsent"]);
    expect(r.endpoint.received).toBe("");
    expect(r.segments.map(fmt)).toEqual([`A seq=${p.b.sndNxt} ack=${p.b.rcvNxt}`]);
  });

  it("ESTABLISHED: a segment without ACK is dropped", () => {
    const p = established();
    const r = apply(p.b, { type: "segment", segment: seg(`P seq=${p.b.rcvNxt} data=zz`) });
    expect(codes(r.notes)).toEqual(["segment/no-ack-dropped"]);
    expect(r.segments).toEqual([]);
  });

  it("ESTABLISHED: an old ACK below SND.UNA is a duplicate and is ignored", () => {
    const p = sendData(established(), "a", "abc");
    const r = apply(p.a, { type: "segment", segment: seg(`A seq=${p.a.rcvNxt} ack=${plus(p.a.sndUna, -2)}`) });
    expect(codes(r.notes)).toEqual(["segment/duplicate-ack"]);
    expect(r.endpoint.sndUna).toBe(p.a.sndUna);
  });

  it("ESTABLISHED: SEND honours SND.WND and the rest goes out when the window opens", () => {
    const p = established();
    act(p, "a", { type: "segment", segment: seg(`A seq=${p.a.rcvNxt} ack=${p.a.sndNxt} win=2`) });
    const out = act(p, "a", { type: "send", data: "hello" });
    expect(out.map((s) => s.data)).toEqual(["he"]);
    expect(p.log.at(-1)?.note.code).toBe("user/data-queued");
    expect(p.a.sendBuffer).toBe("llo");
    // B acknowledges and opens its window: the rest follows on the same step.
    const more = act(p, "a", { type: "segment", segment: seg(`A seq=${p.a.rcvNxt} ack=${p.a.sndNxt} win=100`) });
    expect(more.map((s) => s.data)).toEqual(["llo"]);
  });
});
