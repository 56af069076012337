// Difficulty: guided blocks a wrong segment with a hint, standard refuses it and costs
// points, expert puts it on the wire where the peer's TCP answers it.
import { describe, expect, it } from "vitest";
import { nextWakeAt } from "../../shared/match/reducer";
import { WRONG_SEGMENT } from "../../shared/match/scoring";
import { viewFor } from "../../shared/match/view";
import { Driver, ISN_A, ISN_B, newMatch, plus } from "./helpers";

/** B in SYN_RCVD owing its SYN,ACK, in the given difficulty. */
function bOwesSynAck(difficulty: "guided" | "standard" | "expert"): Driver {
  const d = new Driver(newMatch({}, { difficulty }));
  d.send("A", `S seq=${ISN_A}`);
  d.declare("A", "SYN_SENT");
  d.advanceTo(nextWakeAt(d.m)!);
  d.declare("B", "SYN_RCVD");
  return d;
}

describe("difficulty", () => {
  it("guided: a wrong segment is blocked with the segment TCP would send, and costs nothing", () => {
    const d = bOwesSynAck("guided");
    const r = d.send("B", `A seq=${ISN_B} ack=${plus(ISN_A, 1)}`);
    expect(r.rejection).toMatchObject({ code: "action/wrong-segment", mistakes: ["wrong-flags"] });
    expect(r.rejection?.hint).toMatchObject({ seq: ISN_B, ack: plus(ISN_A, 1), flags: { syn: true, ack: true } });
    expect(d.m.sides.B.score.total).toBe(10); // only the first-try declaration
    expect(d.m.wire.flying).toHaveLength(0);
    expect(d.m.ladder.at(-1)).toMatchObject({ kind: "refused", side: "B" });
  });

  it("guided: once declared, the view pre-fills SND.NXT and RCV.NXT for the composer; standard does not", () => {
    const d = bOwesSynAck("guided");
    expect(viewFor(d.m, "B").you?.prefill).toEqual({ seq: plus(ISN_B, 1), ack: plus(ISN_A, 1) });
    expect(viewFor(d.m, "A").you?.prefill).toEqual({ seq: plus(ISN_A, 1), ack: 0 });
    expect(viewFor(bOwesSynAck("standard").m, "B").you?.prefill).toBeNull();
  });

  it("standard: a wrong segment is refused with its mistakes (no hint) and costs points", () => {
    const d = bOwesSynAck("standard");
    const before = d.m.sides.B.score.total;
    const r = d.send("B", `SA seq=${ISN_B} ack=${ISN_A}`);
    expect(r.rejection).toMatchObject({ code: "action/wrong-segment", mistakes: ["wrong-ack"], hint: null });
    expect(d.m.sides.B.score.total).toBe(before + WRONG_SEGMENT);
    expect(d.m.sides.B.score.penalties).toBe(WRONG_SEGMENT);
    expect(d.m.wire.flying).toHaveLength(0);
    expect(d.m.sides.B.owed).toHaveLength(1);
  });

  it("expert: a wrong segment goes on the wire without a word, the owed one stays owed, and the peer's TCP answers it", () => {
    const d = bOwesSynAck("expert");
    // A SYN,ACK acknowledging the ISS itself: unacceptable in SYN_SENT, so A must answer with RST.
    const r = d.send("B", `SA seq=${ISN_B} ack=${ISN_A}`);
    expect(r.rejection).toBeUndefined();
    // No explanation until the debrief: the event names no mistake, the ladder keeps the referee's.
    expect(r.events).toContainEqual(expect.objectContaining({ type: "verdict", ok: false, mistakes: [], audience: "B" }));
    expect(d.m.ladder.find((e) => e.kind === "segment" && e.from === "B")).toMatchObject({
      verdict: { ok: false, mistakes: ["wrong-ack"] },
    });
    expect(d.m.wire.flying).toHaveLength(1);
    expect(d.m.sides.B.owed).toHaveLength(1);
    expect(d.m.clock.paused).toBe(false);
    d.advanceTo(nextWakeAt(d.m)!);
    expect(d.m.sides.A.checkpoint?.cause.kind).toBe("received");
    expect(d.m.sides.A.owed[0]).toMatchObject({ flags: { rst: true }, seq: ISN_A });
  });

  it("expert: a player who has not sent what it owes still holds the network once it owes something new", () => {
    const d = bOwesSynAck("expert");
    d.send("B", `SA seq=${ISN_B} ack=${ISN_A}`);
    expect(d.m.sides.B.strayed).toBe(true);
    d.advanceTo(nextWakeAt(d.m)!);
    // A owes its RST now: the network waits for A.
    expect(d.m.clock.paused).toBe(true);
  });
});
