// Expert: a player calls out a wrong segment the peer sent. A right call earns points, a
// false one costs some, each segment is called out once, and outside expert (or for a
// segment that is not the peer's) a call-out is refused and changes nothing.
import { describe, expect, it } from "vitest";
import { applyInput, nextWakeAt } from "../../shared/match/reducer";
import { CALLOUT_FALSE, CALLOUT_RIGHT } from "../../shared/match/scoring";
import { viewFor } from "../../shared/match/view";
import type { CalloutClaim, Difficulty } from "../../shared/match/types";
import { CalloutMessageSchema } from "../../shared/protocol/client-messages";
import { Driver, ISN_A, ISN_B, newMatch, plus } from "./helpers";

/** B (the peer of A) sends a SYN,ACK whose ack is the ISS itself (wrong-ack); returns its ladder id. */
function peerSendsWrongAck(difficulty: Difficulty): { d: Driver; id: number } {
  const d = new Driver(newMatch({}, { difficulty }));
  d.send("A", `S seq=${ISN_A}`);
  d.declare("A", "SYN_SENT");
  d.advanceTo(nextWakeAt(d.m)!);
  d.declare("B", "SYN_RCVD");
  d.send("B", `SA seq=${ISN_B} ack=${difficulty === "expert" ? ISN_A : plus(ISN_A, 1)}`);
  const e = d.m.ladder.findLast((x) => x.kind === "segment" && x.from === "B");
  return { d, id: e?.kind === "segment" ? e.id : -1 };
}

const callout = (d: Driver, segmentId: number, claim: CalloutClaim) => d.act("A", { type: "callout", segmentId, claim });

describe("call-out (expert)", () => {
  it("a right call-out of the peer's wrong ack scores, even while a checkpoint is pending", () => {
    const { d, id } = peerSendsWrongAck("expert");
    const before = d.m.sides.A.score.total;
    const r = callout(d, id, "ack");
    expect(r.rejection).toBeUndefined();
    expect(r.events).toContainEqual(expect.objectContaining({ type: "called-out", right: true, points: CALLOUT_RIGHT, audience: "A" }));
    expect(d.m.sides.A.score.callouts).toBe(CALLOUT_RIGHT);
    expect(d.m.sides.A.score.total).toBe(before + CALLOUT_RIGHT);
    // The caller learns right or not; the referee's mistakes wait for the debrief.
    const shown = viewFor(d.m, "A").ladder.find((e) => e.kind === "callout");
    expect(shown).toMatchObject({ kind: "callout", right: true, mistakes: [] });
    expect(viewFor(d.m, "B").ladder.some((e) => e.kind === "callout")).toBe(false);
  });

  it("a false call-out (wrong claim) costs points", () => {
    const { d, id } = peerSendsWrongAck("expert");
    const r = callout(d, id, "flags");
    expect(r.events).toContainEqual(expect.objectContaining({ type: "called-out", right: false, points: CALLOUT_FALSE }));
    expect(d.m.sides.A.score.callouts).toBe(CALLOUT_FALSE);
  });

  it("a segment is called out once: a second call is refused as action/already-called-out", () => {
    const { d, id } = peerSendsWrongAck("expert");
    callout(d, id, "ack");
    const score = d.m.sides.A.score.total;
    expect(callout(d, id, "seq").rejection).toEqual({ code: "action/already-called-out" });
    expect(d.m.sides.A.score.total).toBe(score);
  });

  it("calling out one's own segment, an unknown id or a claim that does not exist is refused", () => {
    const { d, id } = peerSendsWrongAck("expert");
    const own = d.m.ladder.find((x) => x.kind === "segment" && x.from === "A");
    expect(callout(d, own?.kind === "segment" ? own.id : -1, "seq").rejection).toEqual({ code: "action/callout-not-allowed" });
    expect(callout(d, 999, "seq").rejection).toEqual({ code: "action/callout-not-allowed" });
    expect(d.act("A", { type: "callout", segmentId: id, claim: "window" as CalloutClaim }).rejection).toEqual({ code: "action/invalid" });
    expect(d.m.sides.A.score.callouts).toBe(0);
  });

  it("outside expert a call-out is refused as action/callout-not-allowed", () => {
    const { d, id } = peerSendsWrongAck("standard");
    expect(callout(d, id, "ack").rejection).toEqual({ code: "action/callout-not-allowed" });
    expect(d.m.ladder.some((e) => e.kind === "callout")).toBe(false);
  });

  it("after the match the call-out shows what the referee found", () => {
    const { d, id } = peerSendsWrongAck("expert");
    callout(d, id, "ack");
    const res = applyInput(d.m, { type: "end", now: d.wall + 10 });
    expect(res.match.ended?.reason).toBe("host");
    const shown = viewFor(res.match, "A").ladder.find((e) => e.kind === "callout");
    expect(shown).toMatchObject({ right: true, mistakes: ["wrong-ack"] });
  });
});

describe("the call-out message", () => {
  it("is checked at the boundary: an unknown claim, a negative id or an extra field is refused", () => {
    expect(CalloutMessageSchema.safeParse({ segmentId: 3, claim: "ack" }).success).toBe(true);
    expect(CalloutMessageSchema.safeParse({ segmentId: 3, claim: "window" }).success).toBe(false);
    expect(CalloutMessageSchema.safeParse({ segmentId: -1, claim: "ack" }).success).toBe(false);
    expect(CalloutMessageSchema.safeParse({ segmentId: 3, claim: "ack", points: 100 }).success).toBe(false);
  });
});
