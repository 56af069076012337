// Checkpoints: after every event that touches an endpoint its player declares the state;
// two tries, then the answer is shown; no acting with an undeclared checkpoint.
import { describe, expect, it } from "vitest";
import { Driver, ISN_A, newMatch } from "./helpers";

describe("checkpoints", () => {
  it("sending a SYN opens a checkpoint, and acting before declaring is refused with action/declare-first", () => {
    const d = new Driver(newMatch());
    expect(d.send("A", `S seq=${ISN_A}`).rejection).toBeUndefined();
    expect(d.m.sides.A.checkpoint).toMatchObject({ truth: "SYN_SENT", tries: 0, cause: { kind: "sent" } });
    const r = d.act("A", { type: "call", call: "abort" });
    expect(r.rejection?.code).toBe("action/declare-first");
    expect(r.events).toContainEqual(expect.objectContaining({ type: "rejected", audience: "A" }));
  });

  it("a right first declaration scores and reveals the state", () => {
    const d = new Driver(newMatch());
    d.send("A", `S seq=${ISN_A}`);
    const r = d.declare("A", "SYN_SENT");
    const declared = r.events.find((e) => e.type === "declared");
    expect(declared).toMatchObject({ right: true, truth: "SYN_SENT", audience: "A", points: 10 });
    expect(d.m.sides.A.checkpoint).toBeNull();
    expect(d.m.sides.A.revealed).toBe("SYN_SENT");
  });

  it("a first wrong try keeps the checkpoint and does not tell the answer", () => {
    const d = new Driver(newMatch());
    d.send("A", `S seq=${ISN_A}`);
    const r = d.declare("A", "SYN_RCVD");
    expect(r.events.find((e) => e.type === "declared")).toMatchObject({ right: false, truth: null, points: 0 });
    expect(d.m.sides.A.checkpoint?.tries).toBe(1);
    expect(d.m.sides.A.revealed).toBe("CLOSED");
  });

  it("a right second try scores less; a second wrong try shows the answer and closes the checkpoint", () => {
    const d = new Driver(newMatch());
    d.send("A", `S seq=${ISN_A}`);
    d.declare("A", "LISTEN");
    const second = d.declare("A", "SYN_SENT").events.find((e) => e.type === "declared");
    expect(second).toMatchObject({ right: true, points: 4 });

    const e = new Driver(newMatch());
    e.send("A", `S seq=${ISN_A}`);
    e.declare("A", "LISTEN");
    const last = e.declare("A", "CLOSED").events.find((x) => x.type === "declared");
    expect(last).toMatchObject({ right: false, truth: "SYN_SENT", points: 0 });
    expect(e.m.sides.A.checkpoint).toBeNull();
    expect(e.m.sides.A.revealed).toBe("SYN_SENT");
  });

  it("declaring with no checkpoint pending is refused with action/nothing-to-declare", () => {
    const d = new Driver(newMatch());
    expect(d.declare("A", "CLOSED").rejection?.code).toBe("action/nothing-to-declare");
  });

  it("a segment arriving opens a checkpoint for its receiver once it lands", () => {
    const d = new Driver(newMatch());
    d.send("A", `S seq=${ISN_A}`);
    d.declare("A", "SYN_SENT");
    expect(d.m.sides.B.checkpoint).toBeNull();
    d.advanceTo(1000);
    expect(d.m.sides.B.checkpoint).toMatchObject({ truth: "SYN_RCVD", cause: { kind: "received" } });
  });
});
