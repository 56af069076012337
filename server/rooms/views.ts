// Per-client views. A view is the whole picture a player may see, but its ladder grows all
// match long, so after the first view each client only gets the ladder entries that are new
// since the last view it received (from `ladderFrom` on) and, with their indices, those that
// changed in place (`changed`); shared/protocol's mergeView puts them back together. Packing
// a full view cost ~250 µs at the end of a match; a delta ~25 µs.
//
// Finding the changed entries: comparing contents with a private copy of what the
// client holds cost ~20% of the room's CPU under load (profiled), so each shown entry is
// compared by the match entry behind it (shared/match viewParts) instead. During play a
// shown entry depends only on that source, which the reducer changes in place only while
// its segment flies (fate, departAt, arrivedAt: remembered per entry); the end reveals
// everything once. Only the entries sent are built (shownEntry).
//
// The rest of a view is sent only when it changed too: the match's fixed facts
// (HELD_VIEW_FIELDS) and the wire when they changed, the side boxes, `you` and the clock with
// their changed fields only (frame-diff.ts compares them). The end, which reveals what play
// hid, comes whole but leaves out of its ladder the entries the client holds as they are
// (`reuse`). The step's events ride in the same message, so each client gets one message,
// one frame, per step; they and the wire leave out the segments and notes the ladder has
// (eventFrames, wireFrame).
import type { Client } from "@colyseus/core";
import { eventsFor, shownAsPlayed, shownEntry } from "../../shared/match/view";
import type { LadderEntry, MatchEvent, MatchState, PlayerView, Viewer, WireView } from "../../shared/match/types";
import {
  declarationEntry,
  segmentEntry,
  type ChangedEntry,
  type EventFrame,
  type ViewFrame,
  type ViewMessage,
  type WireFrame,
} from "../../shared/protocol";
import { boxChanges, clockChanges, sameWire, youChanges } from "./frame-diff";
import { copyInto, holdWire, ownBox, ownYou, patchBox, patchYou } from "./held-parts";

/** One viewer's view of `match` without its ladder, and the match entries it may see. */
export interface BuiltView {
  match: MatchState;
  viewer: Viewer;
  view: PlayerView;
  sources: readonly LadderEntry[];
}

/** Remembers, for one client, which ladder it holds, to send only what changed. */
export class ViewTracker {
  /** The match entries behind the ladder the client holds (the tracker's own array). */
  private sources: LadderEntry[] = [];
  /** Per held entry, a segment's in-place fields as they were sent. */
  private fates: (string | null)[] = [];
  private departs: (number | null)[] = [];
  private arrivals: (number | null)[] = [];
  private matchNumber = -1;
  private ended = false;
  /**
   * The parts of the view last sent, to send only what changed; null when the client holds
   * none. Only these parts are kept, not the whole view: they are what a match adds to the
   * server's memory per client. The side boxes, the clock, `you` (its lists and objects
   * too) and the wire, like the sources above, are the tracker's own copies, taking what
   * changed (held-parts.ts), never the objects the view was built with.
   */
  private held: Pick<PlayerView, "A" | "B" | "you" | "clock" | "wire"> | null = null;

  /** Forget what the client holds (a reconnection, a new match): the next view is whole. */
  reset(): void {
    this.sources.length = 0;
    this.matchNumber = -1;
    this.held = null;
  }

  message(built: BuiltView, now: number, matchNumber: number, events?: MatchEvent[]): ViewMessage {
    const { match, viewer, view, sources } = built;
    const ended = view.ended !== null;
    const continuing = matchNumber === this.matchNumber && ended === this.ended;
    let from = 0;
    let changed: ChangedEntry[] | undefined;
    if (continuing) {
      const held = this.sources;
      const n = Math.min(held.length, sources.length);
      // The held entries the match still has, in the same places: those changed in place go
      // in `changed`; from the first that is not the same entry on, the ladder is sent.
      while (from < n && held[from] === sources[from]) {
        const e = sources[from]!;
        // Only a segment changes in place, and only in these fields (see unchanged).
        if (e.kind === "segment" && !this.unchanged(from)) {
          (changed ??= []).push([from, e.fate, e.departAt, e.arrivedAt]);
          this.remember(from, e);
        }
        from++;
      }
    } else if (matchNumber === this.matchNumber && ended && this.held !== null) {
      // The end of the match this client holds: whole, but without the entries it holds as
      // the end shows them.
      this.ended = ended;
      return this.withEvents(this.reveal(built, now, matchNumber), events);
    } else {
      this.matchNumber = matchNumber;
      this.ended = ended;
    }
    this.hold(sources, from);
    const ladder: LadderEntry[] = [];
    for (let i = from; i < sources.length; i++) ladder.push(shownEntry(match, viewer, sources[i]!));
    // `changed` is only ever filled below `from`, so a message with it is a delta (from > 0).
    const message: ViewMessage = { now, matchNumber, ladderFrom: from, view: this.frame(view, ladder, continuing && from > 0) };
    if (changed) message.changed = changed;
    return this.withEvents(message, events);
  }

  /** The step's events, as sent to a client holding this message's ladder (eventFrames). */
  private withEvents(message: ViewMessage, events: MatchEvent[] | undefined): ViewMessage {
    if (events && events.length > 0) message.events = eventFrames(events, this.sources);
    return message;
  }

  /** The client now holds `sources`; those from `from` on were sent as they are now. */
  private hold(sources: readonly LadderEntry[], from: number): void {
    copyInto(this.sources, sources);
    this.fates.length = this.departs.length = this.arrivals.length = from;
    for (let i = from; i < sources.length; i++) this.remember(i, sources[i]!);
  }

  /**
   * The match's end as a whole view whose ladder leaves out what the client holds: an entry
   * it was sent, unchanged since, and shown in play as the end shows it (shownAsPlayed)
   * goes in `reuse` by its index in the client's ladder. The end reveals the rest: the
   * peer's declarations, verdicts, and what guided play hid of them.
   */
  private reveal(built: BuiltView, now: number, matchNumber: number): ViewMessage {
    const { match, viewer, view, sources } = built;
    const heldAt = new Map<LadderEntry, number>();
    this.sources.forEach((e, i) => heldAt.set(e, i));
    const reuse: number[] = [];
    const ladder: LadderEntry[] = [];
    for (const e of sources) {
      const i = heldAt.get(e);
      if (i !== undefined && this.unchanged(i) && shownAsPlayed(match, viewer, e)) reuse.push(i);
      else {
        reuse.push(-1);
        ladder.push(shownEntry(match, viewer, e));
      }
    }
    this.hold(sources, 0);
    return { now, matchNumber, ladderFrom: 0, view: this.frame(view, ladder, false), reuse };
  }

  /** Entry `i`'s in-place fields as sent. */
  private remember(i: number, e: LadderEntry): void {
    const segment = e.kind === "segment";
    this.fates[i] = segment ? e.fate : null;
    this.departs[i] = segment ? e.departAt : null;
    this.arrivals[i] = segment ? e.arrivedAt : null;
  }

  /** The view without what the client holds already (all of it when `delta` is false). */
  private frame(view: PlayerView, ladder: LadderEntry[], delta: boolean): ViewFrame {
    const held = this.held;
    let frame: ViewFrame;
    if (!delta || held === null) {
      // Field by field rather than a spread of `view`: this runs for every client at every step.
      frame = {
        viewer: view.viewer,
        scenarioId: view.scenarioId,
        difficulty: view.difficulty,
        goal: view.goal,
        A: view.A,
        B: view.B,
        you: view.you,
        wire: wireFrame(view.wire, this.sources),
        ladder,
        clock: view.clock,
        waitingFor: view.waitingFor,
        goalReached: view.goalReached,
        ended: view.ended,
      };
      if (view.rates) frame.rates = view.rates;
      this.held = {
        A: ownBox(view.A),
        B: ownBox(view.B),
        you: ownYou(view.you),
        clock: { ...view.clock },
        wire: holdWire([], view.wire),
      };
    } else {
      // The fixed facts (viewer, scenario, difficulty, goal, rates) do not change within a match.
      frame = { ladder, waitingFor: view.waitingFor, goalReached: view.goalReached, ended: view.ended };
      const a = boxChanges(held.A, view.A);
      const b = boxChanges(held.B, view.B);
      const you = youChanges(held.you, view.you);
      const clock = clockChanges(held.clock, view.clock);
      if (a) patchBox(held.A, (frame.A = a));
      if (b) patchBox(held.B, (frame.B = b));
      if (you !== undefined) {
        frame.you = you;
        // Whole when it appears or goes (youChanges), else its changed fields.
        if (you === null || held.you === null) held.you = ownYou(view.you);
        else patchYou(held.you, you);
      }
      if (clock) Object.assign(held.clock, (frame.clock = clock));
      if (!sameWire(held.wire, view.wire)) {
        frame.wire = wireFrame(view.wire, this.sources);
        holdWire(held.wire, view.wire);
      }
    }
    return frame;
  }

  private unchanged(i: number): boolean {
    const e = this.sources[i]!;
    return e.kind !== "segment" || (e.fate === this.fates[i] && e.departAt === this.departs[i] && e.arrivedAt === this.arrivals[i]);
  }
}

/**
 * The events as sent: a `segment-sent` without its segment and a `notes` event without its
 * notes when the ladder the client holds once this message is merged (`sources`) has the
 * same ones in their entries, which wholeEvents reads them back from. A list in which
 * nothing is left out is sent as it is.
 */
function eventFrames(events: MatchEvent[], sources: readonly LadderEntry[]): EventFrame[] {
  let out: EventFrame[] | undefined;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const f = eventFrame(e, sources);
    if (f !== e) (out ??= events.slice(0, i)).push(f);
    else out?.push(e);
  }
  return out ?? events;
}

function eventFrame(e: MatchEvent, sources: readonly LadderEntry[]): EventFrame {
  // Field by field: an object rest costs several times as much here.
  if (e.type === "segment-sent" && segmentEntry(sources, e.id)?.segment === e.segment)
    return { type: e.type, id: e.id, from: e.from, sentAt: e.sentAt, arriveAt: e.arriveAt, copyOf: e.copyOf, audience: e.audience };
  if (e.type === "notes" && declarationEntry(sources, e.side, e.checkpointId)?.notes === e.notes)
    return { type: e.type, side: e.side, checkpointId: e.checkpointId, at: e.at, audience: e.audience };
  return e;
}

/**
 * The wire as sent: a segment whose ladder entry the client holds once this message is
 * merged (`sources` is that ladder's match entries) goes without its segment, which
 * mergeView takes from the entry. Flights are the newest entries: looked for from the end.
 */
function wireFrame(wire: WireView[], sources: readonly LadderEntry[]): WireFrame[] {
  return wire.map((f) =>
    segmentEntry(sources, f.id)?.segment === f.segment ? { id: f.id, from: f.from, sentAt: f.sentAt, arriveAt: f.arriveAt } : f,
  );
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
