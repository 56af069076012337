import { describe, expect, it } from "vitest";
import { act, apply, codes, converse, endpointA, established, ISS_A, transitions } from "./fixtures";
import { fmt } from "./trace";

describe("reboot and quiet time (RFC 9293 3.4.3)", () => {
  it("reboot: every connection variable is lost and the endpoint is CLOSED", () => {
    const p = established();
    const r = apply(p.a, { type: "reboot" }, 5000);
    expect(r.endpoint.state).toBe("CLOSED");
    expect(r.endpoint.irs).toBeNull();
    expect(r.endpoint.retransmitQueue).toEqual([]);
    expect(codes(r.notes)).toEqual(["host/reboot", "state/transition"]);
    expect(transitions(r.notes)).toEqual(["ESTABLISHED->CLOSED"]);
  });

  it("rfc: an active open within MSL of the reboot is refused with user/quiet-time and sends nothing", () => {
    const rebooted = apply(endpointA(), { type: "reboot" }, 1000).endpoint;
    expect(rebooted.quietUntil).toBe(1000 + rebooted.msl);
    const r = apply(rebooted, { type: "open", passive: false, iss: 5 }, 1000 + rebooted.msl - 1);
    expect(r.segments).toEqual([]);
    expect(r.notes).toEqual([{ code: "user/quiet-time", params: { until: 1000 + rebooted.msl, now: 1000 + rebooted.msl - 1 } }]);
  });

  it("rfc: once MSL has passed an active open uses the new ISS it is given", () => {
    const rebooted = apply(endpointA(), { type: "reboot" }, 1000).endpoint;
    const r = apply(rebooted, { type: "open", passive: false, iss: 12345 }, 1000 + rebooted.msl);
    expect(r.segments.map(fmt)).toEqual(["S seq=12345"]);
  });

  it("linux keeps no quiet time: it opens again at once", () => {
    const rebooted = apply(endpointA("linux"), { type: "reboot" }, 1000).endpoint;
    expect(rebooted.quietUntil).toBeNull();
    const r = apply(rebooted, { type: "open", passive: false }, 1001);
    expect(r.segments.map(fmt)).toEqual([`S seq=${ISS_A}`]);
  });

  it("rfc: bootedAt in the options starts the quiet time", () => {
    const ep = endpointA("rfc", { bootedAt: 0, msl: 30_000 });
    expect(codes(apply(ep, { type: "open", passive: false }, 29_999).notes)).toEqual(["user/quiet-time"]);
  });

  it("after a reboot the peer's segments are answered with RST (the old connection is gone)", () => {
    const p = established();
    act(p, "a", { type: "reboot" });
    const data = act(p, "b", { type: "send", data: "still there?" });
    converse(p, "b", data);
    expect(p.b.state).toBe("CLOSED");
    expect(p.b.closedBy).toBe("reset");
  });
});
