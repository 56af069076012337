import { describe, expect, it } from "vitest";
import { act, apply, closedByA, codes, plus, transitions } from "./fixtures";
import { fmt, seg } from "./trace";

describe("TIME_WAIT (RFC 9293 3.10.7.4, 3.10.8)", () => {
  it("TIME_WAIT: the timer is 2*MSL in rfc and expiry moves to CLOSED", () => {
    const p = closedByA();
    expect(p.a.timers.timeWait).toBe(p.now + 2 * p.a.msl);
    const r = apply(p.a, { type: "timeout", timer: "time-wait" }, p.a.timers.timeWait ?? 0);
    expect(transitions(r.notes)).toEqual(["TIME_WAIT->CLOSED"]);
    expect(codes(r.notes)[0]).toBe("timer/time-wait-expired");
    expect(r.endpoint.closedBy).toBe("normal");
  });

  it("TIME_WAIT: linux holds it a fixed 60 s whatever the MSL", () => {
    const p = closedByA("linux");
    expect(p.a.timers.timeWait).toBe(p.now + 60_000);
  });

  it("TIME_WAIT: a retransmitted FIN is re-ACKed and the 2MSL timer restarts", () => {
    const p = closedByA();
    const lastFin = p.sent.filter((s) => s.side === "b" && s.segment.flags.fin).at(-1)!.segment;
    const r = apply(p.a, { type: "segment", segment: lastFin }, 5000);
    expect(r.segments.map(fmt)).toEqual([`A seq=${p.a.sndNxt} ack=${p.a.rcvNxt}`]);
    expect(r.endpoint.timers.timeWait).toBe(5000 + 2 * p.a.msl);
    expect(codes(r.notes)).toEqual(["segment/time-wait-restart"]);
    expect(r.endpoint.state).toBe("TIME_WAIT");
  });

  it("TIME_WAIT: an old duplicate from before RCV.NXT is discarded with an ACK", () => {
    const p = closedByA();
    const old = seg(`PA seq=${plus(p.a.rcvNxt, -6)} ack=${p.a.sndNxt} data=hello`);
    const r = apply(p.a, { type: "segment", segment: old }, 100);
    expect(codes(r.notes)).toEqual(["segment/old-duplicate"]);
    expect(r.segments.map(fmt)).toEqual([`A seq=${p.a.sndNxt} ack=${p.a.rcvNxt}`]);
    expect(r.endpoint.received).toBe(p.a.received);
  });

  it("TIME_WAIT: a valid RST closes it (RFC 9293 3.10.7.4 second)", () => {
    const p = closedByA();
    const r = apply(p.a, { type: "segment", segment: seg(`R seq=${p.a.rcvNxt}`) });
    expect(r.endpoint.state).toBe("CLOSED");
  });

  it("TIME_WAIT: ABORT deletes the TCB without sending anything", () => {
    const p = closedByA();
    const r = apply(p.a, { type: "abort" });
    expect(r.segments).toEqual([]);
    expect(codes(r.notes)).toEqual(["user/abort-closed", "state/transition"]);
  });

  it("TIME_WAIT: an active OPEN reports that the connection still exists", () => {
    const p = closedByA();
    act(p, "a", { type: "open", passive: false });
    expect(p.log.at(-1)?.note.code).toBe("user/connection-exists");
  });
});
