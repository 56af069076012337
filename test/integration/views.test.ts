// The ladder deltas of per-client views: what the client rebuilds with mergeView is always
// the view the server made, even when the reducer updates an entry in place.
import { describe, expect, it } from "vitest";
import { mergeView } from "../../shared/protocol";
import type { Difficulty, LadderEntry, MatchState, PlayerView, Viewer } from "../../shared/match/types";
import { viewFor, viewParts } from "../../shared/match";
import { getScenario } from "../../shared/scenarios";
import { playScenario } from "../../shared/bots/local";
import { makeTrickster } from "../../shared/bots/trickster";
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
// A match in play whose entries (segments without verdicts) every viewer sees as they are.
const playing = { ended: null, config: { difficulty: "standard" } } as unknown as MatchState;
const viewWith = (ladder: LadderEntry[]) => ({
  match: playing,
  viewer: "A" as const,
  view: { viewer: "A", ladder: [], ended: null } as unknown as PlayerView,
  sources: [...ladder],
});

describe("view deltas", () => {
  it("sends only new entries, and alone with its index an entry the reducer changed in place", () => {
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

    // The first segment arrives: same object, new content. It goes alone, not with the two
    // entries after it.
    Object.assign(ladder[0]!, { fate: "delivered", arrivedAt: 200 });
    const third = tracker.message(viewWith(ladder), 2, 1);
    expect(third.ladderFrom).toBe(3);
    expect(third.view.ladder).toEqual([]);
    expect(third.changed).toEqual([[0, ladder[0]]]);
    client = mergeView(client, structuredClone(third));
    expect(client.ladder).toEqual(ladder);

    // A change in place and a new entry in one step; then nothing changed: no `changed`.
    Object.assign(ladder[2]!, { fate: "lost" });
    ladder.push(segment(4));
    const fourth = tracker.message(viewWith(ladder), 3, 1);
    expect(fourth.ladderFrom).toBe(3);
    expect(fourth.changed?.map(([i]) => i)).toEqual([2]);
    expect(fourth.view.ladder).toEqual([ladder[3]]);
    client = mergeView(client, structuredClone(fourth));
    expect(client.ladder).toEqual(ladder);
    expect(tracker.message(viewWith(ladder), 4, 1)).not.toHaveProperty("changed");
  });

  it("leaves out the held fields the client has, and sends a side box again when it changes", () => {
    const tracker = new ViewTracker();
    const box = (total: number) => ({
      side: "A",
      role: "client",
      address: "10.0.0.1",
      port: 40000,
      iss: 1,
      revealed: null,
      score: { segments: 3, total },
      checkpointPending: false,
    });
    const built = (total: number, ladder: LadderEntry[]) => ({
      ...viewWith(ladder),
      view: {
        viewer: "A",
        scenarioId: "handshake",
        difficulty: "standard",
        goal: { kind: "none" },
        rates: { flying: 1, idle: 1 },
        A: box(total),
        B: box(0),
        ladder: [],
        ended: null,
      } as unknown as PlayerView,
    });
    const ladder = [segment(1)];
    const first = tracker.message(built(0, ladder), 0, 1);
    expect(Object.keys(first.view)).toEqual(expect.arrayContaining(["viewer", "scenarioId", "difficulty", "goal", "rates", "A", "B"]));
    ladder.push(segment(2));
    const same = tracker.message(built(0, ladder), 1, 1);
    expect(same.view).not.toHaveProperty("A");
    expect(same.view).not.toHaveProperty("goal");
    ladder.push(segment(3));
    const scored = tracker.message(built(5, ladder), 2, 1, [{ type: "note", audience: "A" } as never]);
    // Only the box's fields that changed, and of its score sheet the figures that did.
    expect(scored.view.A).toEqual({ score: { total: 5 } });
    expect(scored.view).not.toHaveProperty("B");
    expect(scored.events).toHaveLength(1);
    expect(mergeView(mergeView(mergeView(null, first), same), scored).A).toEqual(box(5));
  });

  it("sends a player's part and the clock with their changed fields only, and the wire when it changed", () => {
    const tracker = new ViewTracker();
    const you = (nextClientSeq: number, hint: unknown[]) => ({
      side: "A",
      checkpoint: null,
      timers: [],
      received: "",
      hint,
      stateChoices: null,
      nextClientSeq,
    });
    const clock = (netNow: number) => ({ netNow, paused: false, wallAnchor: 0, netAnchor: 0, rate: 1 });
    const built = (seq: number, hint: unknown[], netNow: number, wire: unknown[], ladder: LadderEntry[]) => ({
      ...viewWith(ladder),
      view: { viewer: "A", ladder: [], ended: null, you: you(seq, hint), clock: clock(netNow), wire } as unknown as PlayerView,
    });
    const ladder = [segment(1)];
    const first = tracker.message(built(1, [], 0, [], ladder), 0, 1);
    ladder.push(segment(2));
    const second = tracker.message(built(2, [{ seq: 5 }], 0, [{ id: 2 }], ladder), 1, 1);
    // The list that changed goes whole; the fields and parts that did not are left out.
    expect(second.view.you).toEqual({ nextClientSeq: 2, hint: [{ seq: 5 }] });
    expect(second.view).not.toHaveProperty("clock");
    expect(second.view.wire).toEqual([{ id: 2 }]);
    ladder.push(segment(3));
    const third = tracker.message(built(2, [{ seq: 5 }], 40, [{ id: 2 }], ladder), 2, 1);
    expect(third.view).not.toHaveProperty("you");
    expect(third.view).not.toHaveProperty("wire");
    expect(third.view.clock).toEqual({ netNow: 40 });
    const rebuilt = mergeView(mergeView(mergeView(null, first), second), third);
    expect(rebuilt.you).toEqual(you(2, [{ seq: 5 }]));
    expect(rebuilt.clock).toEqual(clock(40));
    expect(rebuilt.wire).toEqual([{ id: 2 }]);
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

describe("view deltas over whole matches", () => {
  // Timers, losses, duplicates, held segments and refusals: every way the reducer changes
  // the ladder (in place, or what a viewer may see of it), up to the reveal at the end; and
  // every part of a view that comes in part (side boxes, `you`, the clock) or not at all.
  const cases: [string, Difficulty][] = [
    ["lost-final-ack", "standard"],
    ["full-lifecycle", "expert"],
    ["old-duplicate", "guided"],
    ["fin-wait-2-timeout", "standard"],
  ];
  for (const [id, difficulty] of cases) {
    it(`${id} (${difficulty}): what each viewer rebuilds is the view the reducer made, at every step`, () => {
      const trackers = { A: new ViewTracker(), B: new ViewTracker(), spectator: new ViewTracker() };
      const held: Record<Viewer, PlayerView | null> = { A: null, B: null, spectator: null };
      let steps = 0;
      let deltas = 0;
      let boxesKept = 0;
      let boxesInPart = 0;
      let changedAlone = 0;
      let youInPart = 0;
      let wireKept = 0;
      const m = playScenario(getScenario(id)!, {
        difficulty,
        seed: 7,
        botB: makeTrickster(0.4),
        onResult: ({ match }) => {
          steps++;
          for (const viewer of ["A", "B", "spectator"] as const) {
            const message = trackers[viewer].message({ match, viewer, ...viewParts(match, viewer) }, 0, 1);
            if (message.ladderFrom > 0) deltas++;
            if (message.ladderFrom > 0 && !("A" in message.view)) boxesKept++;
            if (message.view.A && Object.keys(message.view.A).length < Object.keys(viewFor(match, viewer).A).length) boxesInPart++;
            if (message.changed) changedAlone++;
            const you = message.view.you;
            if (message.ladderFrom > 0 && (you === undefined || (you !== null && Object.keys(you).length < 5))) youInPart++;
            if (message.ladderFrom > 0 && !("wire" in message.view)) wireKept++;
            // The match's fixed facts come with a whole view only.
            expect("goal" in message.view).toBe(message.ladderFrom === 0);
            held[viewer] = mergeView(held[viewer], structuredClone(message));
            expect(held[viewer]).toEqual(viewFor(match, viewer));
          }
        },
      });
      expect(m.ended).not.toBeNull();
      expect(steps).toBeGreaterThan(5);
      // Deltas were actually used, not whole views every time.
      expect(deltas).toBeGreaterThan(steps);
      // And side boxes that did not change were left out, those that did came in part, and
      // entries changed in place came alone.
      expect(boxesKept).toBeGreaterThan(0);
      expect(boxesInPart).toBeGreaterThan(0);
      expect(changedAlone).toBeGreaterThan(0);
      // A player's own part and the wire came only with what changed.
      expect(youInPart).toBeGreaterThan(0);
      expect(wireKept).toBeGreaterThan(0);
    });
  }
});
