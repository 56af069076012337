import { describe, expect, it } from "vitest";
import { act, apply, codes, converse, endpointA, established, nextAt, plus, transitions } from "./fixtures";
import { fmt, seg } from "./trace";

describe("linux profile: where Linux 6.x differs from the RFC text", () => {
  it("linux: close() in ESTABLISHED sends the FIN and notes the orphaned socket", () => {
    const p = established("linux");
    const out = act(p, "a", { type: "close" });
    expect(out.map((s) => s.flags.fin)).toEqual([true]);
    expect(p.a.app).toBe("close");
    expect(p.log.map((l) => l.note.code)).toContain("user/socket-orphaned");
  });

  it("linux: after close() the FIN_WAIT_2 timer runs 60 s and its expiry moves to CLOSED", () => {
    const p = established("linux");
    p.now = 1000;
    converse(p, "a", act(p, "a", { type: "close" }));
    expect(p.a.state).toBe("FIN_WAIT_2");
    expect(p.a.timers.finWait2).toBe(1000 + 60_000);
    const r = apply(p.a, { type: "timeout", timer: "fin-wait-2" }, nextAt(p.a));
    expect(codes(r.notes)).toEqual(["timer/fin-wait-2-expired", "state/transition"]);
    expect(r.endpoint.closedBy).toBe("fin-wait-2-timeout");
  });

  it("linux: after shutdown() FIN_WAIT_2 waits without a timer", () => {
    const p = established("linux");
    converse(p, "a", act(p, "a", { type: "shutdown" }));
    expect(p.a.state).toBe("FIN_WAIT_2");
    expect(p.a.timers.finWait2).toBeNull();
  });

  it("linux: close() after shutdown() in FIN_WAIT_2 arms the FIN_WAIT_2 timer", () => {
    const p = established("linux");
    converse(p, "a", act(p, "a", { type: "shutdown" }));
    p.now = 500;
    act(p, "a", { type: "close" });
    expect(p.a.timers.finWait2).toBe(500 + 60_000);
    expect(p.log.at(-1)?.note.code).toBe("user/socket-orphaned");
  });

  it("rfc: close() is shutdown() and FIN_WAIT_2 waits forever", () => {
    const p = established("rfc");
    converse(p, "a", act(p, "a", { type: "close" }));
    expect(p.a.state).toBe("FIN_WAIT_2");
    expect(p.a.timers.finWait2).toBeNull();
    expect(p.log.map((l) => l.note.code)).not.toContain("user/socket-orphaned");
  });

  it("linux: data arriving after close() is answered with RST and the connection is CLOSED", () => {
    const p = established("linux");
    converse(p, "a", act(p, "a", { type: "close" }));
    const [data] = act(p, "b", { type: "send", data: "late" });
    const r = apply(p.a, { type: "segment", segment: data! });
    expect(r.segments.map(fmt)).toEqual([`R seq=${data!.ack}`]);
    expect(codes(r.notes)).toEqual(["segment/data-after-close-reset", "state/transition"]);
    expect(r.endpoint.closedBy).toBe("reset");
    // B believes that RST: its SEQ is the ACK of B's own data, which is B's RCV.NXT.
    act(p, "b", { type: "segment", segment: r.segments[0]! });
    expect(p.b.state).toBe("CLOSED");
  });

  it("rfc: data arriving after close() is still delivered (half-close)", () => {
    const p = established("rfc");
    converse(p, "a", act(p, "a", { type: "close" }));
    converse(p, "b", act(p, "b", { type: "send", data: "late" }));
    expect(p.a.received).toBe("late");
  });

  it("linux: the FIN from the peer in FIN_WAIT_2 stops the FIN_WAIT_2 timer (TIME_WAIT 60 s)", () => {
    const p = established("linux");
    converse(p, "a", act(p, "a", { type: "close" }));
    p.now = 2000;
    converse(p, "b", act(p, "b", { type: "close" }));
    expect(p.a.state).toBe("TIME_WAIT");
    expect(p.a.timers).toEqual({ retransmit: null, timeWait: 2000 + 60_000, finWait2: null });
    expect(transitions(p.log.filter((l) => l.side === "a").map((l) => l.note)).at(-1)).toBe("FIN_WAIT_2->TIME_WAIT");
  });

  it("linux: a bad ACK in SYN_SENT is answered with RST and the SYN goes out again 2 ms later (rfc: at its RTO)", () => {
    for (const profile of ["linux", "rfc"] as const) {
      const opened = apply(endpointA(profile), { type: "open", passive: false }, 100).endpoint;
      const r = apply(opened, { type: "segment", segment: seg(`SA seq=7 ack=${plus(opened.iss, 50)}`) }, 300);
      expect(r.segments.map(fmt)).toEqual([`R seq=${plus(opened.iss, 50)}`]);
      expect(nextAt(r.endpoint)).toBe(profile === "linux" ? 302 : 1100);
      const again = apply(r.endpoint, { type: "timeout", timer: "retransmit" }, nextAt(r.endpoint));
      expect(again.segments.map(fmt)).toEqual([`S seq=${opened.iss}`]);
      expect(nextAt(again.endpoint)).toBe(nextAt(r.endpoint) + (profile === "linux" ? 1000 : 2000));
    }
  });

  it("linux: a SYN,ACK is retransmitted 5 times (tcp_synack_retries) before the request is dropped and LISTEN stays", () => {
    const p = established("linux");
    const b = apply(apply(p.b, { type: "abort" }).endpoint, { type: "open", passive: true }).endpoint;
    let e = apply(b, { type: "segment", segment: seg(`S seq=${plus(p.a.iss, 100)}`) }).endpoint;
    let sent = 0;
    for (let i = 0; i < 10 && e.state === "SYN_RCVD"; i++) {
      const r = apply(e, { type: "timeout", timer: "retransmit" }, nextAt(e));
      sent += r.segments.length;
      e = r.endpoint;
    }
    expect(sent).toBe(5);
    expect(e.state).toBe("LISTEN");
  });

  it("linux: a second challenge ACK within 500 ms is not sent; rfc answers both", () => {
    for (const profile of ["linux", "rfc"] as const) {
      const p = established(profile);
      const rst = seg(`R seq=${plus(p.b.rcvNxt, 10)}`);
      const first = apply(p.b, { type: "segment", segment: rst }, 1000);
      const second = apply(first.endpoint, { type: "segment", segment: rst }, 1400);
      const third = apply(second.endpoint, { type: "segment", segment: rst }, 1500);
      expect([first, second, third].map((r) => r.segments.length)).toEqual(profile === "linux" ? [1, 0, 1] : [1, 1, 1]);
      if (profile === "linux") expect(codes(second.notes)).toEqual(["segment/ack-rate-limited"]);
    }
  });

  it("linux: out-of-window data is ACKed every time, even within 500 ms", () => {
    const p = established("linux");
    const far = seg(`AP seq=${plus(p.b.rcvNxt, 200_000)} ack=${p.b.sndNxt} data=x`);
    const first = apply(p.b, { type: "segment", segment: far }, 1000);
    const second = apply(first.endpoint, { type: "segment", segment: far }, 1100);
    expect([first.segments.length, second.segments.length]).toEqual([1, 1]);
  });

  it("both profiles: an ACK below SND.UNA - MAX.SND.WND gets a challenge ACK (RFC 5961 5.2)", () => {
    for (const profile of ["linux", "rfc"] as const) {
      const p = established(profile);
      const r = apply(p.b, { type: "segment", segment: seg(`A seq=${p.b.rcvNxt} ack=${plus(p.b.sndUna, -70_000)}`) }, 1000);
      expect(r.segments.map(fmt)).toEqual([`A seq=${p.b.sndNxt} ack=${p.b.rcvNxt}`]);
      expect(codes(r.notes)).toEqual(["segment/ack-too-old"]);
    }
  });

  it("linux: a SYN above RCV.NXT in TIME_WAIT after a passive open starts a new connection with ISS = SND.NXT + 65537", () => {
    const p = established("linux");
    converse(p, "b", act(p, "b", { type: "close" }));
    converse(p, "a", act(p, "a", { type: "close" }));
    expect(p.b.state).toBe("TIME_WAIT");
    const r = apply(p.b, { type: "segment", segment: seg(`S seq=${plus(p.b.rcvNxt, 100_000)}`) });
    expect(transitions(r.notes)).toEqual(["TIME_WAIT->SYN_RCVD"]);
    expect(r.segments.map(fmt)).toEqual([`SA seq=${plus(p.b.sndNxt, 65537)} ack=${plus(p.b.rcvNxt, 100_001)}`]);
  });

  it("linux: after an RTT sample the RTO is the sample plus max(4 RTTVAR, 200 ms)", () => {
    let a = apply(endpointA("linux"), { type: "open", passive: false }, 0).endpoint;
    a = apply(a, { type: "segment", segment: seg(`SA seq=9 ack=${plus(a.iss, 1)}`) }, 40).endpoint;
    expect(a.rtoMs).toBe(40 + 200);
    a = apply(a, { type: "send", data: "x" }, 100).endpoint;
    expect(nextAt(a)).toBe(100 + 240);
  });
});
