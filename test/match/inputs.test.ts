// Inputs: stale and out-of-order inputs are refused by counters; the match ends by goal,
// by both sides closing, or by the host; nothing is thrown.
import { describe, expect, it } from "vitest";
import { applyInput } from "../../shared/match/reducer";
import { Driver, draft, ISN_A, newMatch } from "./helpers";

describe("inputs", () => {
  it("an action whose clientSeq is not newer than the last accepted one is refused as action/stale", () => {
    const m = newMatch();
    const action = { type: "segment" as const, segment: draft(`S seq=${ISN_A}`) };
    expect(applyInput(m, { type: "action", side: "A", action, now: 10, clientSeq: 1 }).rejection).toBeUndefined();
    const again = applyInput(m, { type: "action", side: "A", action, now: 20, clientSeq: 1 });
    expect(again.rejection?.code).toBe("action/stale");
    expect(m.ladder.filter((e) => e.kind === "segment")).toHaveLength(1);
  });

  it("an input earlier than the last one is refused as action/time-backwards", () => {
    const m = newMatch();
    applyInput(m, { type: "advance", now: 100 });
    expect(applyInput(m, { type: "advance", now: 50 }).rejection?.code).toBe("action/time-backwards");
  });

  it("a malformed segment is refused as action/invalid and changes nothing", () => {
    const d = new Driver(newMatch());
    const r = d.act("A", { type: "segment", segment: { ...draft("S"), seq: -1 } });
    expect(r.rejection?.code).toBe("action/invalid");
    expect(d.m.sides.A.endpoint.state).toBe("CLOSED");
    const bad = d.act("A", { type: "segment", segment: { ...draft("S"), seq: 2 ** 32 } });
    expect(bad.rejection?.code).toBe("action/invalid");
  });

  it("a call that does nothing in this state is refused as action/call-not-allowed", () => {
    const d = new Driver(newMatch());
    expect(d.act("B", { type: "call", call: "listen" }).rejection?.code).toBe("action/call-not-allowed");
  });

  it("listen() from CLOSED is a call that moves to LISTEN with a checkpoint", () => {
    const d = new Driver(newMatch({ B: { role: "server", start: "CLOSED", task: { en: "", zh: "" }, address: "b", port: 2 } }));
    expect(d.act("B", { type: "call", call: "listen" }).rejection).toBeUndefined();
    expect(d.m.sides.B.checkpoint).toMatchObject({ truth: "LISTEN", cause: { kind: "call", call: "listen" } });
  });

  it("the host can end the match; afterwards every input is refused as action/match-over", () => {
    const m = newMatch();
    const r = applyInput(m, { type: "end", now: 5 });
    expect(m.ended).toMatchObject({ reason: "host", wall: 5 });
    expect(r.events).toContainEqual(expect.objectContaining({ type: "ended", reason: "host", audience: "all" }));
    expect(applyInput(m, { type: "advance", now: 6 }).rejection?.code).toBe("action/match-over");
  });
});

describe("inputs that a buggy client could send", () => {
  it("a segment without flags, a null action or an unknown call is refused as action/invalid, never thrown", () => {
    const d = new Driver(newMatch());
    const bad: unknown[] = [
      { type: "segment", segment: { seq: 1, ack: 0, data: "" } },
      { type: "segment", segment: null },
      null,
      { type: "call", call: "connect" },
      { type: "declare", state: "OPEN" },
      { type: "jump" },
    ];
    for (const action of bad) {
      expect(d.act("A", action as never).rejection?.code).toBe("action/invalid");
    }
    expect(d.m.sides.A.endpoint.state).toBe("CLOSED");
  });

  it("a segment without data is read as carrying none", () => {
    const d = new Driver(newMatch());
    const r = d.act("A", { type: "segment", segment: { seq: ISN_A, ack: 0, flags: draft("S").flags } as never });
    expect(r.rejection).toBeUndefined();
    expect(d.m.sides.A.endpoint.state).toBe("SYN_SENT");
  });
});
