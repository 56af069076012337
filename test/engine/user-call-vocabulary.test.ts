import { describe, expect, it } from "vitest";
import { callEvent, createEndpoint, isUserCall, step, USER_CALLS } from "../../shared/tcp";

describe("the user-call vocabulary", () => {
  it("maps listen() and connect() to a passive and an active OPEN, with the ISS only when given", () => {
    expect(callEvent("listen")).toEqual({ type: "open", passive: true });
    expect(callEvent("connect")).toEqual({ type: "open", passive: false });
    expect(callEvent("connect", { iss: 4294967293 })).toEqual({ type: "open", passive: false, iss: 4294967293 });
  });

  it("maps send(), recv(), shutdown(), close() and abort() to their engine events and ignores arguments they do not take", () => {
    expect(callEvent("send", { data: "hi", iss: 7 })).toEqual({ type: "send", data: "hi" });
    expect(callEvent("recv")).toEqual({ type: "recv" });
    expect(callEvent("recv", { bytes: 3 })).toEqual({ type: "recv", bytes: 3 });
    expect(callEvent("shutdown", { iss: 7 })).toEqual({ type: "shutdown" });
    expect(callEvent("close", { iss: 7 })).toEqual({ type: "close" });
    expect(callEvent("abort")).toEqual({ type: "abort" });
  });

  it("knows its own names and no others", () => {
    for (const call of USER_CALLS) expect(isUserCall(call)).toBe(true);
    expect(isUserCall("reboot")).toBe(false);
    expect(isUserCall(3)).toBe(false);
  });

  it("gives events the engine takes: connect() from CLOSED sends a SYN", () => {
    const ep = createEndpoint({ localPort: 1, remotePort: 2, iss: 4294967293 });
    const r = step(ep, callEvent("connect"), 0);
    expect(r.endpoint.state).toBe("SYN_SENT");
    expect(r.segments.map((s) => s.flags.syn)).toEqual([true]);
  });
});
