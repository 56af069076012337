// The ladder deltas of per-client views: what the client rebuilds with mergeView is always
// the view the server made, even when the reducer updates an entry in place.
import { describe, expect, it } from "vitest";
import { mergeView } from "../../shared/protocol";
import type { LadderEntry, PlayerView } from "../../shared/match/types";
import { ViewTracker } from "../../server/rooms/views";

const segment = (id: number): LadderEntry => ({
  kind: "segment",
  id,
  from: "A",
  segment: { seq: 1, ack: 0, flags: { syn: true, ack: false, fin: false, rst: false, psh: false }, window: 65535, data: "" },
  sentAt: 0,
  departAt: 0,
  arrivedAt: null,
  fate: "flying",
  copyOf: null,
  verdict: null,
});
const viewWith = (ladder: LadderEntry[]) => ({ viewer: "A", ladder }) as unknown as PlayerView;

describe("view deltas", () => {
  it("sends only new entries, and again an entry the reducer changed in place", () => {
    const tracker = new ViewTracker();
    const ladder = [segment(1), segment(2)];
    let client: PlayerView | null = null;
    const first = tracker.message(viewWith(ladder), 0, 1);
    expect(first.ladderFrom).toBe(0);
    client = mergeView(client, structuredClone(first));

    ladder.push(segment(3));
    const second = tracker.message(viewWith(ladder), 1, 1);
    expect(second.ladderFrom).toBe(2);
    expect(second.view.ladder).toHaveLength(1);
    client = mergeView(client, structuredClone(second));

    // The first segment arrives: same object, new content.
    Object.assign(ladder[0]!, { fate: "delivered", arrivedAt: 200 });
    const third = tracker.message(viewWith(ladder), 2, 1);
    expect(third.ladderFrom).toBe(0);
    client = mergeView(client, structuredClone(third));
    expect(client.ladder).toEqual(ladder);
  });

  it("a new match or a reset sends the whole ladder", () => {
    const tracker = new ViewTracker();
    const ladder = [segment(1)];
    tracker.message(viewWith(ladder), 0, 1);
    expect(tracker.message(viewWith(ladder), 0, 2).ladderFrom).toBe(0);
    tracker.reset();
    expect(tracker.message(viewWith(ladder), 0, 2).ladderFrom).toBe(0);
    expect(tracker.message(viewWith(ladder), 0, 2).ladderFrom).toBe(1);
  });
});
