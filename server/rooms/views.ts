// Per-client views. A view is the whole picture a player may see, but its ladder grows all
// match long, so after the first view each client only gets the ladder entries from the
// first one that is new or changed since the last view it received (`ladderFrom`);
// shared/protocol's mergeView puts them back together. Packing a full view cost ~250 µs at
// the end of a match; a delta ~25 µs.
//
// Finding the first changed entry: comparing contents with a private copy of what the
// client holds cost ~20% of the room's CPU under load (profiled), so each shown entry is
// compared by the match entry behind it (shared/match viewParts) instead. During play a
// shown entry depends only on that source, which the reducer changes in place only while
// its segment flies (fate, departAt, arrivedAt: remembered per entry); the end reveals
// everything once. Only the entries sent are built (shownEntry).
//
// The rest of a view is sent only when it changed too, for the fields that seldom do
// (HELD_VIEW_FIELDS: the match's fixed facts and the two side boxes); and the step's events
// ride in the same message, so each client gets one message, one frame, per step.
import type { Client } from "@colyseus/core";
import { eventsFor, shownEntry } from "../../shared/match/view";
import type { LadderEntry, MatchEvent, MatchState, PlayerView, SideView, Viewer } from "../../shared/match/types";
import type { ViewFrame, ViewMessage } from "../../shared/protocol";

/** One viewer's view of `match` without its ladder, and the match entries it may see. */
export interface BuiltView {
  match: MatchState;
  viewer: Viewer;
  view: PlayerView;
  sources: readonly LadderEntry[];
}

/** Remembers, for one client, which ladder it holds, to send only what changed. */
export class ViewTracker {
  private sources: readonly LadderEntry[] = [];
  /** Per held entry, a segment's in-place fields as they were sent. */
  private fates: (string | null)[] = [];
  private departs: (number | null)[] = [];
  private arrivals: (number | null)[] = [];
  private matchNumber = -1;
  private ended = false;
  /** The side boxes as last sent. */
  private sideA: SideView | null = null;
  private sideB: SideView | null = null;

  /** Forget what the client holds (a reconnection, a new match): the next view is whole. */
  reset(): void {
    this.sources = [];
    this.matchNumber = -1;
    this.sideA = this.sideB = null;
  }

  message(built: BuiltView, now: number, matchNumber: number, events?: MatchEvent[]): ViewMessage {
    const { match, viewer, view, sources } = built;
    const ended = view.ended !== null;
    const continuing = matchNumber === this.matchNumber && ended === this.ended;
    let from = 0;
    if (continuing) {
      const held = this.sources;
      const n = Math.min(held.length, sources.length);
      while (from < n && held[from] === sources[from] && this.unchanged(from)) from++;
    } else {
      this.matchNumber = matchNumber;
      this.ended = ended;
    }
    this.sources = sources;
    this.fates.length = this.departs.length = this.arrivals.length = from;
    for (let i = from; i < sources.length; i++) {
      const e = sources[i]!;
      const segment = e.kind === "segment";
      this.fates.push(segment ? e.fate : null);
      this.departs.push(segment ? e.departAt : null);
      this.arrivals.push(segment ? e.arrivedAt : null);
    }
    const ladder: LadderEntry[] = [];
    for (let i = from; i < sources.length; i++) ladder.push(shownEntry(match, viewer, sources[i]!));
    const message: ViewMessage = { now, matchNumber, ladderFrom: from, view: this.frame(view, ladder, continuing && from > 0) };
    if (events && events.length > 0) message.events = events;
    return message;
  }

  /** The view without the held fields the client holds already (all of them when `delta` is false). */
  private frame(view: PlayerView, ladder: LadderEntry[], delta: boolean): ViewFrame {
    // Field by field rather than a rest spread of `view`: this runs for every client at every step.
    const frame: ViewFrame = {
      you: view.you,
      wire: view.wire,
      ladder,
      clock: view.clock,
      waitingFor: view.waitingFor,
      goalReached: view.goalReached,
      ended: view.ended,
    };
    if (!delta) {
      frame.viewer = view.viewer;
      frame.scenarioId = view.scenarioId;
      frame.difficulty = view.difficulty;
      frame.goal = view.goal;
      if (view.rates) frame.rates = view.rates;
    }
    if (!delta || this.sideA === null || !sameBox(this.sideA, view.A)) frame.A = view.A;
    if (!delta || this.sideB === null || !sameBox(this.sideB, view.B)) frame.B = view.B;
    this.sideA = view.A;
    this.sideB = view.B;
    return frame;
  }

  private unchanged(i: number): boolean {
    const e = this.sources[i]!;
    return e.kind !== "segment" || (e.fate === this.fates[i] && e.departAt === this.departs[i] && e.arrivedAt === this.arrivals[i]);
  }
}

/** Two side boxes alike, field by field (a box's fields are numbers, strings and one flat score sheet). */
function sameBox(a: SideView, b: SideView): boolean {
  for (const key in b) {
    const x = a[key as keyof SideView];
    const y = b[key as keyof SideView];
    if (x === y) continue;
    if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
    for (const k in y) if ((x as unknown as Record<string, unknown>)[k] !== (y as unknown as Record<string, unknown>)[k]) return false;
  }
  return true;
}

/**
 * Sends one step of the match to every client: one message with the events it is sent
 * (shared/match/view.ts eventsFor) and its view. Each viewer's view is built once; returns the lookup for later use.
 */
export function sendStep(
  clients: Iterable<Client>,
  memberOf: (sessionId: string) => { viewer: Viewer; views: ViewTracker } | undefined,
  build: (viewer: Viewer) => BuiltView,
  match: MatchState,
  events: MatchEvent[],
  now: number,
  matchNumber: number,
): (viewer: Viewer) => BuiltView {
  const views = new Map<Viewer, BuiltView>();
  const viewOf = (viewer: Viewer) => {
    let view = views.get(viewer);
    if (!view) views.set(viewer, (view = build(viewer)));
    return view;
  };
  for (const client of clients) {
    const member = memberOf(client.sessionId);
    if (!member) continue;
    client.send("view", member.views.message(viewOf(member.viewer), now, matchNumber, eventsFor(match, member.viewer, events)));
  }
  return viewOf;
}
