// Feedback that teaches at the moment of the mistake: standard and guided say why a segment
// or a declared state is wrong (naming the concept) and, after the second wrong try, the
// right answer; expert says nothing until the debrief. A first wrong try's reasons never
// depend on the undeclared state.
import { describe, expect, it } from "vitest";
import { nextWakeAt } from "../../shared/match/reducer";
import { viewFor } from "../../shared/match/view";
import type { Difficulty, MatchState } from "../../shared/match/types";
import { Driver, ISN_A, ISN_B, newMatch, plus } from "./helpers";

/** B in SYN_RCVD owing its SYN,ACK. */
function bOwesSynAck(difficulty: Difficulty): Driver {
  const d = new Driver(newMatch({}, { difficulty }));
  d.send("A", `S seq=${ISN_A}`);
  d.declare("A", "SYN_SENT");
  d.advanceTo(nextWakeAt(d.m)!);
  d.declare("B", "SYN_RCVD");
  return d;
}

/** A with a pending checkpoint after B's SYN,ACK arrived (A is ESTABLISHED, undeclared). */
function aAnswersSynAck(difficulty: Difficulty): Driver {
  const d = bOwesSynAck(difficulty);
  d.send("B", `SA seq=${ISN_B} ack=${plus(ISN_A, 1)}`);
  d.advanceTo(nextWakeAt(d.m)!);
  expect(d.m.sides.A.checkpoint?.cause.kind).toBe("received");
  return d;
}

const keys = (rs: { key: string }[] | null | undefined): string[] => (rs ?? []).map((r) => r.key);

describe("feedback on a refused segment", () => {
  it("standard: an ack equal to the peer's ISS is told that a SYN takes one sequence number, without the number", () => {
    const d = bOwesSynAck("standard");
    const r = d.send("B", `SA seq=${ISN_B} ack=${ISN_A}`);
    expect(keys(r.rejection?.feedback?.reasons)).toEqual(["why.ack.synPlusOne"]);
    expect(r.rejection?.feedback?.answer).toBeNull();
    expect(viewFor(d.m, "B").you?.feedback).toEqual(r.rejection?.feedback);
    expect(JSON.stringify(r.rejection?.feedback)).not.toContain(String(plus(ISN_A, 1)));
  });

  it("standard: the second refusal in a row also gives the segment TCP sends", () => {
    const d = bOwesSynAck("standard");
    d.send("B", `SA seq=${ISN_B} ack=${ISN_A}`);
    const r = d.send("B", `A seq=${plus(ISN_B, 1)} ack=${plus(ISN_A, 1)}`);
    expect(r.rejection?.feedback?.tries).toBe(2);
    expect(keys(r.rejection?.feedback?.reasons)).toContain("why.flags.synAck");
    expect(r.rejection?.feedback?.answer).toEqual([
      { key: "why.answer.segment", params: { segment: `SYN,ACK seq=${ISN_B} ack=${plus(ISN_A, 1)}` } },
    ]);
  });

  it("standard: a seq taken from the peer's numbers is told that seq counts one's own bytes", () => {
    const d = bOwesSynAck("standard");
    const r = d.send("B", `SA seq=${plus(ISN_A, 1)} ack=${plus(ISN_A, 1)}`);
    expect(keys(r.rejection?.feedback?.reasons)).toEqual(["why.seq.peer"]);
  });

  it("a right segment clears the feedback and the count of refusals", () => {
    const d = bOwesSynAck("standard");
    d.send("B", `SA seq=${ISN_B} ack=${ISN_A}`);
    const r = d.send("B", `SA seq=${ISN_B} ack=${plus(ISN_A, 1)}`);
    expect(r.rejection).toBeUndefined();
    expect(viewFor(d.m, "B").you?.feedback).toBeNull();
    expect(d.m.sides.B.refusedInRow).toBe(0);
  });

  it("expert: a wrong segment is sent with no reason, and the view carries none", () => {
    const d = bOwesSynAck("expert");
    const r = d.send("B", `SA seq=${ISN_B} ack=${ISN_A}`);
    expect(r.rejection).toBeUndefined();
    expect(JSON.stringify(r.events)).not.toContain("why.");
    expect(viewFor(d.m, "B").you?.feedback).toBeNull();
    // Not even the own segment's verdict is shown before the end.
    const mine = viewFor(d.m, "B").ladder.find((e) => e.kind === "segment" && e.from === "B");
    expect(mine).toMatchObject({ verdict: null });
  });
});

describe("feedback on a wrong declared state", () => {
  it("standard: a first wrong try names the event, the state to leave from and what the declared state means", () => {
    const d = aAnswersSynAck("standard");
    const r = d.declare("A", "SYN_RCVD");
    const declared = r.events.find((e) => e.type === "declared");
    expect(declared).toMatchObject({ right: false, truth: null });
    const fb = declared?.type === "declared" ? declared.feedback : undefined;
    expect(keys(fb?.reasons)).toEqual(["why.event.received", "why.state.from", "why.meaning.SYN_RCVD"]);
    expect(fb?.reasons[0]?.params).toEqual({ segment: `SYN,ACK seq=${ISN_B} ack=${plus(ISN_A, 1)}` });
    expect(fb?.reasons[1]?.params).toEqual({ from: "SYN_SENT" });
    expect(fb?.answer).toBeNull();
    expect(viewFor(d.m, "A").you?.feedback).toEqual(fb);
  });

  it("standard: declaring the state one was in before is told that the event moved it", () => {
    const d = aAnswersSynAck("standard");
    const r = d.declare("A", "SYN_SENT");
    const declared = r.events.find((e) => e.type === "declared");
    expect(declared?.type === "declared" ? keys(declared.feedback?.reasons) : []).toContain("why.state.moved");
  });

  it("standard: the second wrong try gives the answer and the engine's why", () => {
    const d = aAnswersSynAck("standard");
    d.declare("A", "SYN_RCVD");
    const r = d.declare("A", "CLOSED");
    const declared = r.events.find((e) => e.type === "declared");
    const fb = declared?.type === "declared" ? declared.feedback : undefined;
    expect(fb?.answer?.[0]).toEqual({ key: "why.answer.state", params: { state: "ESTABLISHED" } });
    expect(keys(fb?.answer)).toContain("note.segment/syn-ack");
    expect(keys(fb?.answer)).toContain("why.meaning.ESTABLISHED");
  });

  it("the reasons of a first wrong try do not depend on the undeclared state", () => {
    const d = aAnswersSynAck("standard");
    d.declare("A", "SYN_RCVD");
    const fake: MatchState = structuredClone(d.m);
    fake.sides.A.checkpoint!.truth = "CLOSING";
    fake.sides.A.endpoint.state = "CLOSING";
    for (const viewer of ["A", "B", "spectator"] as const) {
      expect(JSON.stringify(viewFor(fake, viewer))).toBe(JSON.stringify(viewFor(d.m, viewer)));
    }
  });

  it("expert: a wrong try gets no reason and no why", () => {
    const d = aAnswersSynAck("expert");
    const first = d.declare("A", "SYN_RCVD");
    const second = d.declare("A", "CLOSED");
    for (const e of [...first.events, ...second.events]) if (e.type === "declared") expect(e.feedback).toBeUndefined();
    expect(viewFor(d.m, "A").you?.feedback).toBeNull();
  });
});
