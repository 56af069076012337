// After a reload the event log is rebuilt from the ladder, showing only what the player may see.
import { describe, expect, it } from "vitest";
import type { LadderEntry, PlayerView } from "../../shared/match/types";
import { logFromLadder } from "../../client/src/match/log-from-ladder";

const flags = { syn: true, ack: false, fin: false, rst: false, psh: false };
const syn: LadderEntry = {
  kind: "segment",
  id: 1,
  from: "A",
  segment: { seq: 4294967295, ack: 0, flags, window: 0, data: "" },
  sentAt: 0,
  departAt: 0,
  arrivedAt: 50,
  fate: "delivered",
  copyOf: null,
  verdict: null,
} as LadderEntry;
const declared = (side: "A" | "B", right: boolean): LadderEntry =>
  ({
    kind: "declaration",
    side,
    checkpointId: 1,
    declared: "SYN_SENT",
    truth: "SYN_SENT",
    right,
    try: 1,
    at: 0,
    wall: 0,
    notes: [{ code: "state/transition", params: { from: "CLOSED", to: "SYN_SENT" } }],
  }) as LadderEntry;
const view = (ladder: LadderEntry[]): PlayerView => ({ ladder, ended: null, difficulty: "standard" }) as unknown as PlayerView;

describe("the log rebuilt from the ladder", () => {
  it("tells the sender it sent a segment and the receiver it received it", () => {
    expect(logFromLadder(view([syn]), "A").map((l) => l.key)).toEqual(["log.sent"]);
    expect(logFromLadder(view([syn]), "B").map((l) => l.key)).toEqual(["log.peerSent", "log.received"]);
  });

  it("shows my declarations with their notes and never the peer's", () => {
    expect(logFromLadder(view([declared("A", true)]), "A").map((l) => l.key)).toEqual(["log.declaredRightPlain", "note.state/transition"]);
    expect(logFromLadder(view([declared("A", true)]), "B")).toEqual([]);
  });

  it("marks a wrong declaration as bad", () => {
    expect(logFromLadder(view([declared("B", false)]), "B")[0]).toMatchObject({ key: "log.declaredWrong", tone: "bad" });
  });
});
