import { describe, expect, it } from "vitest";
import { act, apply, codes, endpointA, established, ISS_A, nextAt, plus, transitions } from "./fixtures";
import { nextDeadline, r2Settings, type Endpoint } from "../../shared/tcp";
import { fmt } from "./trace";

/** Fires the retransmit timer `n` times at its deadlines; returns the endpoint and segments. */
function expire(ep: Endpoint, n: number): { ep: Endpoint; sent: string[]; rtos: number[] } {
  const sent: string[] = [];
  const rtos: number[] = [];
  let e = ep;
  for (let i = 0; i < n; i++) {
    const r = apply(e, { type: "timeout", timer: "retransmit" }, nextAt(e));
    e = r.endpoint;
    sent.push(...r.segments.map(fmt));
    if (e.timers.retransmit) rtos.push(e.timers.retransmit.rto);
  }
  return { ep: e, sent, rtos };
}

describe("retransmission (RFC 9293 3.8.3, RFC 6298)", () => {
  it("SYN_SENT: the SYN is retransmitted on the timer with the RTO doubling each time", () => {
    const opened = apply(endpointA(), { type: "open", passive: false }).endpoint;
    const { ep, sent, rtos } = expire(opened, 3);
    expect(sent).toEqual([`S seq=${ISS_A}`, `S seq=${ISS_A}`, `S seq=${ISS_A}`]);
    expect(rtos).toEqual([2000, 4000, 8000]);
    expect(ep.timers.retransmit?.retries).toBe(3);
    expect(nextDeadline(ep)).toEqual({ timer: "retransmit", at: 1000 + 2000 + 4000 + 8000 });
  });

  it("rfc: a SYN is retransmitted for 3 minutes (MUST-23) before an expiry gives up: CLOSED, closedBy timeout", () => {
    const opened = apply(endpointA(), { type: "open", passive: false }).endpoint;
    // 1 s doubling, capped at 60 s: retransmissions at 1, 3, 7, 15, 31, 63, 123 s; at 183 s R2 has passed.
    const seven = expire(opened, 7);
    expect(seven.sent).toHaveLength(7);
    expect(nextAt(seven.ep)).toBe(183_000);
    const r = apply(seven.ep, { type: "timeout", timer: "retransmit" }, nextAt(seven.ep));
    expect(r.segments).toEqual([]);
    expect(codes(r.notes)).toEqual(["timer/retransmit-give-up", "state/transition"]);
    expect(r.endpoint.closedBy).toBe("timeout");
    expect(nextDeadline(r.endpoint)).toBeNull();
  });

  it("linux: a SYN is retransmitted tcp_syn_retries + tcp_syn_linear_timeouts = 10 times before giving up", () => {
    const opened = apply(endpointA("linux"), { type: "open", passive: false }).endpoint;
    const ten = expire(opened, 10);
    expect(ten.sent).toHaveLength(10);
    expect(ten.ep.state).toBe("SYN_SENT");
    expect(expire(ten.ep, 1).ep.state).toBe("CLOSED");
  });

  it("the RTO is capped at 60 s in rfc and 120 s in linux", () => {
    for (const [profile, cap] of [
      ["rfc", 60_000],
      ["linux", 120_000],
    ] as const) {
      const p = established(profile);
      const a = apply(p.a, { type: "send", data: "x" }).endpoint;
      const slow = { ...a, timers: { ...a.timers, retransmit: { ...a.timers.retransmit!, rto: 40_000 } } };
      expect(expire(slow, 2).rtos).toEqual([80_000, 160_000].map((x) => Math.min(x, cap)));
    }
  });

  it("ESTABLISHED: unacknowledged data is retransmitted from SND.UNA", () => {
    const p = established();
    const [data] = act(p, "a", { type: "send", data: "lost" });
    const { sent } = expire(p.a, 1);
    expect(sent).toEqual([fmt(data!)]);
  });

  it("rfc: data is retransmitted for at least 100 s (R2) before the connection is aborted", () => {
    const p = established();
    act(p, "a", { type: "send", data: "x" });
    // 1, 3, 7, 15, 31, 63 s; the expiry at 123 s is past R2.
    const six = expire(p.a, 6);
    expect(six.ep.state).toBe("ESTABLISHED");
    const r = apply(six.ep, { type: "timeout", timer: "retransmit" }, nextAt(six.ep));
    expect(transitions(r.notes)).toEqual(["ESTABLISHED->CLOSED"]);
  });

  it("rfc: the application sets R2: null retransmits data forever, a SYN's R2 never drops under 3 minutes", () => {
    const p = established();
    const forever = { ...apply(p.a, { type: "send", data: "x" }).endpoint, r2: r2Settings({ dataMs: null }) };
    const many = expire(forever, 20);
    expect(many.ep.state).toBe("ESTABLISHED");
    expect(many.sent).toHaveLength(20);
    expect(r2Settings({ synMs: 5000 }).synMs).toBe(180_000);
    expect(r2Settings({ synMs: 300_000, dataMs: -1 })).toEqual({ synMs: 300_000, dataMs: 100_000 });
    const opened = apply(endpointA("rfc", { r2: { synMs: 300_000 } }), { type: "open", passive: false }).endpoint;
    const eight = expire(opened, 8); // 1, 3, 7, 15, 31, 63, 123, 183 s
    expect(eight.ep.state).toBe("SYN_SENT");
    expect(expire(eight.ep, 2).ep.state).toBe("CLOSED"); // 243 s, then 303 s >= R2
  });

  it("linux: data is retransmitted for the tcp_retries2 time model (924.6 s with 15) before the connection is aborted", () => {
    const p = established("linux");
    act(p, "a", { type: "send", data: "x" });
    let e = p.a;
    let sent = 0;
    for (let i = 0; i < 30 && e.state === "ESTABLISHED"; i++) {
      const at = nextAt(e);
      const r = apply(e, { type: "timeout", timer: "retransmit" }, at);
      if (r.endpoint.state === "CLOSED") expect(at).toBeGreaterThanOrEqual(924_600);
      else expect(at).toBeLessThan(924_600);
      sent += r.segments.length;
      e = r.endpoint;
    }
    expect(e.state).toBe("CLOSED");
    // 1 s doubling to the 120 s cap (1, 3, 7, 15, 31, 63, 127, 247 s), then every 120 s up to 967 s.
    expect(sent).toBe(13);
  });

  it("FIN_WAIT_1: a lost FIN is retransmitted", () => {
    const p = established();
    const [fin] = act(p, "a", { type: "shutdown" });
    expect(expire(p.a, 2).sent).toEqual([fmt(fin!), fmt(fin!)]);
  });

  it("LAST_ACK: the FIN is retransmitted when the final ACK is lost, and TIME_WAIT re-ACKs it", () => {
    const p = established();
    const [finA] = act(p, "a", { type: "shutdown" });
    const [ackB] = act(p, "b", { type: "segment", segment: finA! });
    act(p, "a", { type: "segment", segment: ackB! });
    const [finB] = act(p, "b", { type: "shutdown" });
    act(p, "a", { type: "segment", segment: finB! }); // A's final ACK is lost
    expect([p.a.state, p.b.state]).toEqual(["TIME_WAIT", "LAST_ACK"]);
    p.now = nextAt(p.b);
    const [again] = act(p, "b", { type: "timeout", timer: "retransmit" });
    expect(fmt(again!)).toBe(fmt(finB!));
    const [reAck] = act(p, "a", { type: "segment", segment: again! });
    expect(p.a.timers.timeWait).toBe(p.now + 2 * p.a.msl);
    act(p, "b", { type: "segment", segment: reAck! });
    expect(p.b.state).toBe("CLOSED");
  });

  it("a partly acknowledged segment is retransmitted from SND.UNA only", () => {
    const p = established();
    act(p, "a", { type: "send", data: "abcdef" });
    act(p, "a", {
      type: "segment",
      segment: {
        seq: p.a.rcvNxt,
        ack: plus(p.a.sndUna, 2),
        flags: { syn: false, ack: true, fin: false, rst: false, psh: false },
        window: 65535,
        data: "",
      },
    });
    expect(expire(p.a, 1).sent).toEqual([`AP seq=${plus(ISS_A, 3)} ack=${p.a.rcvNxt} data=cdef`]);
  });

  it("a timeout for a timer that is not running is ignored", () => {
    const p = established();
    for (const timer of ["retransmit", "time-wait", "fin-wait-2"] as const) {
      const r = apply(p.a, { type: "timeout", timer }, 5);
      expect(codes(r.notes)).toEqual(["timer/not-armed"]);
      expect(r.endpoint).toEqual(p.a);
    }
  });
});
