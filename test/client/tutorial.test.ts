// The first-match tutorial moves on when the player does what a card asks, and catches up
// with a player who is ahead of it (sent a segment while still reading the first card).
import { describe, expect, it } from "vitest";
import type { LadderEntry, PlayerView } from "../../shared/match/types";
import { caughtUp, nextCard, TUTORIAL } from "../../client/src/match/tutorial";

const sent = {
  kind: "segment",
  id: 1,
  from: "A",
  segment: { seq: 1, ack: 0, flags: { syn: true, ack: false, fin: false, rst: false, psh: false }, window: 0, data: "" },
  sentAt: 0,
  departAt: 0,
  arrivedAt: null,
  fate: "flying",
  copyOf: null,
  verdict: null,
} as LadderEntry;
const declared = {
  kind: "declaration",
  side: "A",
  checkpointId: 1,
  declared: "SYN_SENT",
  truth: "SYN_SENT",
  right: true,
  try: 1,
  at: 0,
  wall: 0,
  notes: [],
} as LadderEntry;
const view = (ladder: LadderEntry[]): PlayerView => ({ ladder }) as unknown as PlayerView;
const index = (id: string): number => TUTORIAL.findIndex((c) => c.id === id);

describe("the tutorial's cards", () => {
  it("stay on a reading card until Next, whatever the player does not do", () => {
    expect(caughtUp(0, view([]), "A")).toBe(0);
    expect(nextCard(0, view([]), "A")).toBe(1);
  });

  it("jump past the send card once the player has sent a segment, even from the first card", () => {
    expect(caughtUp(0, view([sent]), "A")).toBe(index("send") + 1);
  });

  it("jump past the declare card once a state was declared right", () => {
    expect(caughtUp(index("send"), view([sent, declared]), "A")).toBe(index("declare") + 1);
  });

  it("do not count the peer's segment as the player's", () => {
    expect(caughtUp(0, view([{ ...sent, from: "B" } as LadderEntry]), "A")).toBe(0);
  });
});
