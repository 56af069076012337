// The ladder deltas of per-client views: what the client rebuilds with mergeView is always
// the view the server made, even when the reducer updates an entry in place.
import { describe, expect, it } from "vitest";
import { mergeView, wholeEvents } from "../../shared/protocol";
import type { Difficulty, LadderEntry, MatchState, PlayerView, SideView, Viewer, WireView } from "../../shared/match/types";
import type { Segment } from "../../shared/tcp/types";
import { eventsFor, viewFor, viewParts } from "../../shared/match";
import { getScenario } from "../../shared/scenarios";
import { playScenario } from "../../shared/bots/local";
import { makeTrickster } from "../../shared/bots/trickster";
import { ViewTracker } from "../../server/rooms/views";

const aSegment = (seq: number): Segment => ({
  seq,
  ack: 0,
  flags: { syn: true, ack: false, fin: false, rst: false, psh: false },
  window: 65535,
  data: "",
});
const segment = (id: number): LadderEntry => ({
  kind: "segment",
  id,
  from: "A",
  segment: aSegment(1),
  sentAt: 0,
  departAt: 0,
  arrivedAt: null,
  fate: "flying",
  copyOf: null,
  verdict: null,
});
// A match in play whose entries (segments without verdicts) every viewer sees as they are.
const playing = { ended: null, config: { difficulty: "standard" } } as unknown as MatchState;
const score = (total: number): SideView["score"] => ({
  segments: 3,
  declarations: 0,
  streak: 0,
  speed: 0,
  goal: 0,
  penalties: 0,
  callouts: 0,
  total,
});
const box = (side: "A" | "B", total = 0): SideView => ({
  side,
  role: side === "A" ? "client" : "server",
  address: "10.0.0.1",
  port: 40000,
  iss: 1,
  revealed: null,
  score: score(total),
  checkpointPending: false,
});
const you = (nextClientSeq = 1, hint: Segment[] = []): NonNullable<PlayerView["you"]> => ({
  side: "A",
  checkpoint: null,
  timers: [],
  received: "",
  hint,
  prefill: null,
  stateChoices: null,
  nextClientSeq,
  feedback: null,
});
const clock = (netNow = 0): PlayerView["clock"] => ({ netNow, paused: false, wallAnchor: 0, netAnchor: 0, rate: 1 });
const flying = (id: number, inFlight = aSegment(id)): WireView => ({ id, from: "A", segment: inFlight, sentAt: 0, arriveAt: 200 });
/** A whole view without its ladder; `parts` replace some of its fields. */
const fullView = (parts: Partial<PlayerView> = {}): PlayerView => ({
  viewer: "A",
  scenarioId: "handshake",
  difficulty: "standard",
  A: box("A"),
  B: box("B"),
  you: you(),
  wire: [],
  ladder: [],
  clock: clock(),
  rates: { flying: 1, idle: 1 },
  waitingFor: [],
  goal: { kind: "none" } as PlayerView["goal"],
  goalReached: false,
  ended: null,
  ...parts,
});
const viewWith = (ladder: LadderEntry[], parts: Partial<PlayerView> = {}) => ({
  match: playing,
  viewer: "A" as const,
  view: fullView(parts),
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

    // The first segment arrives: same object, new content. Its fate and times go alone, not
    // with the two entries after it, nor with the rest of the entry.
    Object.assign(ladder[0]!, { fate: "delivered", arrivedAt: 200 });
    const third = tracker.message(viewWith(ladder), 2, 1);
    expect(third.ladderFrom).toBe(3);
    expect(third.view.ladder).toEqual([]);
    expect(third.changed).toEqual([[0, "delivered", 0, 200]]);
    client = mergeView(client, structuredClone(third));
    expect(client.ladder).toEqual(ladder);

    // A change in place and a new entry in one step; then nothing changed: no `changed`.
    Object.assign(ladder[2]!, { fate: "dropped" });
    ladder.push(segment(4));
    const fourth = tracker.message(viewWith(ladder), 3, 1);
    expect(fourth.ladderFrom).toBe(3);
    expect(fourth.changed?.map(([i]) => i)).toEqual([2]);
    expect(fourth.view.ladder).toEqual([ladder[3]]);
    client = mergeView(client, structuredClone(fourth));
    expect(client.ladder).toEqual(ladder);
    expect(tracker.message(viewWith(ladder), 4, 1)).not.toHaveProperty("changed");
  });

  it("sends a segment on the wire without the segment its ladder entry has", () => {
    const tracker = new ViewTracker();
    const ladder = [segment(1)];
    const onWire = (e: LadderEntry) =>
      (e.kind === "segment" ? { id: e.id, from: e.from, segment: e.segment, sentAt: 0, arriveAt: 200 } : null)!;
    const first = tracker.message(viewWith(ladder, { wire: [onWire(ladder[0]!)] }), 0, 1);
    expect(first.view.wire).toEqual([{ id: 1, from: "A", sentAt: 0, arriveAt: 200 }]);
    let client = mergeView(null, structuredClone(first));
    expect(client.wire).toEqual([onWire(ladder[0]!)]);

    // A new flight with its entry in the same message, beside one held; and a flight whose
    // entry the client does not hold goes whole.
    ladder.push(segment(2));
    const stranger = flying(9);
    const wire = [onWire(ladder[0]!), onWire(ladder[1]!), stranger];
    const second = tracker.message(viewWith(ladder, { wire }), 1, 1);
    expect(second.view.wire).toEqual([
      { id: 1, from: "A", sentAt: 0, arriveAt: 200 },
      { id: 2, from: "A", sentAt: 0, arriveAt: 200 },
      stranger,
    ]);
    client = mergeView(client, structuredClone(second));
    expect(client.wire).toEqual(wire);

    // What mergeView cannot rebuild is an error, not a wire without its segment.
    const orphan = { ...structuredClone(second), ladderFrom: 0, view: { ...structuredClone(second.view), ladder: [] } };
    expect(() => mergeView(null, orphan)).toThrow(/wire's segment 1 is neither sent nor in the ladder/);
  });

  it("sends a segment put on the wire and a declaration's notes without what their entries hold", () => {
    const tracker = new ViewTracker();
    const entry = segment(1) as Extract<LadderEntry, { kind: "segment" }>;
    const sent = {
      type: "segment-sent",
      id: 1,
      from: "A",
      segment: entry.segment,
      sentAt: 0,
      arriveAt: 200,
      copyOf: null,
      audience: "all",
    } as const;
    // A copy of the segment (not the entry's own) and a segment the client holds no entry of go whole.
    const copy = { ...sent, segment: aSegment(1) };
    const stranger = { ...sent, id: 9 };
    const message = tracker.message(viewWith([entry]), 0, 1, [sent, copy, stranger]);
    expect(message.events).toEqual([{ ...sent, segment: undefined }, copy, stranger].map((e) => JSON.parse(JSON.stringify(e))));
    const client = mergeView(null, structuredClone(message));
    expect(wholeEvents(structuredClone(message.events!), client)).toEqual([sent, copy, stranger]);
    // Without the entry, the event cannot be rebuilt: an error says which.
    const bare = { ...client, ladder: [] };
    expect(() => wholeEvents(message.events!, bare)).toThrow(/segment-sent segment 1 is neither sent nor in the ladder/);
    expect(() => wholeEvents([{ type: "notes", side: "B", checkpointId: 4, at: 0, audience: "B" }], bare)).toThrow(
      /notes of B's checkpoint 4 are neither sent nor in the ladder/,
    );
  });

  it("sends the end whole, but with the entries the client holds as the end shows them left out", () => {
    const tracker = new ViewTracker();
    const m = { ended: null, config: { difficulty: "guided" } } as unknown as MatchState;
    type SegmentEntry = Extract<LadderEntry, { kind: "segment" }>;
    const verdict = { ok: true, stands: "open", mistakes: [], expected: null, satisfies: [] } as unknown as NonNullable<
      SegmentEntry["verdict"]
    >;
    // The viewer's own segment with its verdict (guided play shows it whole), the peer's
    // (its verdict hidden until the end), and the peer's declaration (hidden until the end).
    const own: SegmentEntry = { ...(segment(1) as SegmentEntry), verdict };
    const peers: SegmentEntry = { ...(segment(2) as SegmentEntry), from: "B", verdict };
    const declaration: LadderEntry = {
      kind: "declaration",
      side: "B",
      checkpointId: 1,
      declared: "SYN_RCVD",
      truth: "SYN_RCVD",
      right: true,
      try: 1,
      at: 0,
      wall: 0,
      notes: [],
    } as unknown as LadderEntry;
    const built = (match: MatchState, sources: LadderEntry[], ladderParts: Partial<PlayerView> = {}) => ({
      match,
      viewer: "A" as const,
      view: fullView({ difficulty: "guided", ...ladderParts }),
      sources,
    });
    const during = tracker.message(built(m, [own, peers]), 0, 1);
    let client = mergeView(null, structuredClone(during));
    expect(client.ladder).toEqual([own, { ...peers, verdict: null }]);

    const ended = { ...m, ended: { at: 5, reason: "goal" } } as unknown as MatchState;
    const end = tracker.message(built(ended, [own, declaration, peers], { ended: ended.ended }), 1, 1);
    expect(end.ladderFrom).toBe(0);
    expect(end.reuse).toEqual([0, -1, -1]);
    expect(end.view.ladder).toEqual([declaration, peers]);
    client = mergeView(client, structuredClone(end));
    expect(client.ladder).toEqual([own, declaration, peers]);
    expect(client.ended).toEqual(ended.ended);

    // Without the view it was meant for, a `reuse` cannot be rebuilt: an error says so.
    expect(() => mergeView(null, structuredClone(end))).toThrow(/`reuse` needs the previous view/);
    // After the end, the next message is a delta again.
    expect(tracker.message(built(ended, [own, declaration, peers], { ended: ended.ended }), 2, 1).ladderFrom).toBe(3);
  });

  it("leaves out the held fields the client has, and sends a side box again when it changes", () => {
    const tracker = new ViewTracker();
    const built = (total: number, ladder: LadderEntry[]) => viewWith(ladder, { A: box("A", total) });
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
    expect(mergeView(mergeView(mergeView(null, first), same), scored).A).toEqual(box("A", 5));
  });

  it("sends a player's part and the clock with their changed fields only, and the wire when it changed", () => {
    const tracker = new ViewTracker();
    const hint = [aSegment(9)];
    const inFlight = aSegment(2);
    const built = (seq: number, hinted: boolean, netNow: number, wire: WireView[], ladder: LadderEntry[]) =>
      viewWith(ladder, { you: you(seq, hinted ? structuredClone(hint) : []), clock: clock(netNow), wire });
    const ladder = [segment(1)];
    const first = tracker.message(built(1, false, 0, [], ladder), 0, 1);
    ladder.push(segment(2));
    const second = tracker.message(built(2, true, 0, [flying(2, inFlight)], ladder), 1, 1);
    // The list that changed goes whole; the fields and parts that did not are left out.
    expect(second.view.you).toEqual({ nextClientSeq: 2, hint });
    expect(second.view).not.toHaveProperty("clock");
    expect(second.view.wire).toEqual([flying(2)]);
    ladder.push(segment(3));
    // The same content in new objects is not a change (the wire's segments are the match's
    // own objects, compared by identity: see server/rooms/frame-diff.ts).
    const third = tracker.message(built(2, true, 40, [flying(2, inFlight)], ladder), 2, 1);
    expect(third.view).not.toHaveProperty("you");
    expect(third.view).not.toHaveProperty("wire");
    expect(third.view.clock).toEqual({ netNow: 40 });
    const rebuilt = mergeView(mergeView(mergeView(null, first), second), third);
    expect(rebuilt.you).toEqual(you(2, hint));
    expect(rebuilt.clock).toEqual(clock(40));
    expect(rebuilt.wire).toEqual([flying(2)]);
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
      let eventsLeftOut = 0;
      const m = playScenario(getScenario(id)!, {
        difficulty,
        seed: 7,
        botB: makeTrickster(0.4),
        onResult: ({ match }, stepEvents) => {
          steps++;
          for (const viewer of ["A", "B", "spectator"] as const) {
            const events = eventsFor(match, viewer, stepEvents);
            const message = trackers[viewer].message({ match, viewer, ...viewParts(match, viewer) }, 0, 1, events);
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
            // And the events, rebuilt from that view, are the events the viewer was sent.
            if (events.length > 0) {
              const sent = structuredClone(message.events!);
              expect(wholeEvents(sent, held[viewer]!)).toEqual(events);
              for (const e of sent) if ((e.type === "segment-sent" && !e.segment) || (e.type === "notes" && !e.notes)) eventsLeftOut++;
            } else expect(message).not.toHaveProperty("events");
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
      // Segments and notes the ladder has were left out of the events.
      expect(eventsLeftOut).toBeGreaterThan(0);
    });
  }
});
