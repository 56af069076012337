// Six ways the engine used to differ from RFC 9293 or from Linux 6.x, each reproduced
// through the public API.
import { describe, expect, it } from "vitest";
import { act, apply, codes, converse, endpointA, endpointB, established, nextAt, pair, plus } from "./fixtures";
import { fmt, seg } from "./trace";
import { nextDeadline, type Endpoint, type Profile } from "../../shared/tcp";

/** Fires the retransmit timer at its deadlines until the endpoint gives up; the times it sent at. */
function synSchedule(ep: Endpoint): { sentAt: number[]; closedAt: number } {
  const sentAt: number[] = [];
  let e = ep;
  for (let i = 0; i < 40 && e.state !== "CLOSED"; i++) {
    const at = nextAt(e);
    const r = apply(e, { type: "timeout", timer: "retransmit" }, at);
    if (r.segments.length > 0) sentAt.push(at);
    e = r.endpoint;
    if (e.state === "CLOSED") return { sentAt, closedAt: at };
  }
  throw new Error("never gave up");
}

describe("defects found against Linux 6.x and RFC 9293", () => {
  for (const profile of ["rfc", "linux"] as Profile[]) {
    it(`1. ${profile}: in CLOSING the queued data and the FIN still go out once the window opens`, () => {
      // Passive open with a peer window of 10 bytes.
      let b = apply(endpointB(profile), { type: "open", passive: true }).endpoint;
      b = apply(b, { type: "segment", segment: seg(`S seq=100 win=10`) }).endpoint;
      const synAck = b.sndNxt;
      b = apply(b, { type: "segment", segment: seg(`A seq=101 ack=${synAck} win=10`) }).endpoint;
      // 30 bytes: 10 go out, 20 wait; close() -> FIN_WAIT_1.
      const sent = apply(b, { type: "send", data: "a".repeat(30) });
      expect(sent.segments.map((s) => s.data.length)).toEqual([10]);
      b = apply(sent.endpoint, { type: "shutdown" }).endpoint;
      expect(b.state).toBe("FIN_WAIT_1");
      // The peer's FIN, acking the first 10 bytes: CLOSING. The window is open again.
      const fin = apply(b, { type: "segment", segment: seg(`AF seq=101 ack=${plus(synAck, 10)} win=10`) });
      expect(fin.endpoint.state).toBe("CLOSING");
      expect(fin.segments.map((s) => s.data.length)).toEqual([10]);
      // The next ACK opens the window for the last 10 bytes, then the FIN follows.
      const more = apply(fin.endpoint, { type: "segment", segment: seg(`A seq=102 ack=${plus(synAck, 20)} win=10`) });
      expect(more.segments.map(fmt)).toEqual([
        `AP seq=${plus(synAck, 20)} ack=102 data=${"a".repeat(10)}`,
        `AF seq=${plus(synAck, 30)} ack=102`,
      ]);
      expect(nextDeadline(more.endpoint)?.timer).toBe("retransmit");
      const done = apply(more.endpoint, { type: "segment", segment: seg(`A seq=102 ack=${plus(synAck, 31)} win=10`) });
      expect(done.endpoint.state).toBe("TIME_WAIT");
    });
  }

  it("2. linux: the crossed SYN,ACK of a simultaneous open is ACKed (rfc stays silent)", () => {
    for (const profile of ["linux", "rfc"] as Profile[]) {
      const p = pair(profile);
      const [synA] = act(p, "a", { type: "open", passive: false });
      const [synB] = act(p, "b", { type: "open", passive: false });
      const [saA] = act(p, "a", { type: "segment", segment: synB! });
      act(p, "b", { type: "segment", segment: synA! });
      const r = apply(p.b, { type: "segment", segment: saA! });
      expect(r.endpoint.state).toBe("ESTABLISHED");
      expect(r.segments.map(fmt)).toEqual(profile === "linux" ? [`A seq=${r.endpoint.sndNxt} ack=${r.endpoint.rcvNxt}`] : []);
    }
  });

  it("3. linux: a SYN is sent again at 1, 2, 3, 4, 5, 7, 11, 19, 35 and 67 s and the connect gives up at 131 s", () => {
    const opened = apply(endpointA("linux"), { type: "open", passive: false }).endpoint;
    const { sentAt, closedAt } = synSchedule(opened);
    expect(sentAt).toEqual([1, 2, 3, 4, 5, 7, 11, 19, 35, 67].map((s) => s * 1000));
    expect(closedAt).toBe(131_000);
  });

  it("4. rfc: a SYN is retransmitted for at least 3 minutes before the connection gives up (MUST-23)", () => {
    const opened = apply(endpointA("rfc"), { type: "open", passive: false }).endpoint;
    const { sentAt, closedAt } = synSchedule(opened);
    expect(sentAt).toEqual([1, 3, 7, 15, 31, 63, 123].map((s) => s * 1000));
    expect(closedAt).toBeGreaterThanOrEqual(180_000);
  });

  it("5. linux: abort() sends RST,ACK with SND.NXT and RCV.NXT (rfc: a bare RST)", () => {
    for (const profile of ["linux", "rfc"] as Profile[]) {
      const p = established(profile);
      const r = apply(p.a, { type: "abort" });
      expect(r.segments.map(fmt)).toEqual([profile === "linux" ? `AR seq=${p.a.sndNxt} ack=${p.a.rcvNxt}` : `R seq=${p.a.sndNxt}`]);
      expect(r.endpoint.state).toBe("CLOSED");
    }
  });

  it("6. linux: close() with received data the application has not read sends RST,ACK and goes to CLOSED", () => {
    const p = established("linux");
    p.a = { ...p.a, autoRecv: false };
    converse(p, "b", act(p, "b", { type: "send", data: "hello" }));
    expect(p.a.unread).toBe(5);
    const r = apply(p.a, { type: "close" });
    expect(r.segments.map(fmt)).toEqual([`AR seq=${p.a.sndNxt} ack=${p.a.rcvNxt}`]);
    expect(codes(r.notes)).toEqual(["user/close-unread-reset", "state/transition"]);
    expect(r.endpoint.state).toBe("CLOSED");
  });

  it("6. linux: after recv() has read the data, close() sends a FIN", () => {
    const p = established("linux");
    p.a = { ...p.a, autoRecv: false };
    converse(p, "b", act(p, "b", { type: "send", data: "hello" }));
    const read = apply(p.a, { type: "recv" });
    expect(read.notes).toEqual([{ code: "user/data-read", params: { bytes: 5, unread: 0 } }]);
    const r = apply(read.endpoint, { type: "close" });
    expect(r.segments.map(fmt)).toEqual([`AF seq=${p.a.sndNxt} ack=${p.a.rcvNxt}`]);
    expect(r.endpoint.state).toBe("FIN_WAIT_1");
  });

  it("6. rfc: close() with unread data still sends a FIN (the application may go on reading)", () => {
    const p = established("rfc");
    p.a = { ...p.a, autoRecv: false };
    converse(p, "b", act(p, "b", { type: "send", data: "hello" }));
    const r = apply(p.a, { type: "close" });
    expect(r.segments.map((s) => s.flags.fin)).toEqual([true]);
  });
});
