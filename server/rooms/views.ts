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
import type { Client } from "@colyseus/core";
import { shownEntry, shownEvent } from "../../shared/match/view";
import type { LadderEntry, MatchEvent, MatchState, PlayerView, Viewer } from "../../shared/match/types";
import type { ViewMessage } from "../../shared/protocol";

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

  /** Forget what the client holds (a reconnection, a new match): the next view is whole. */
  reset(): void {
    this.sources = [];
    this.matchNumber = -1;
  }

  message(built: BuiltView, now: number, matchNumber: number): ViewMessage {
    const { match, viewer, view, sources } = built;
    const ended = view.ended !== null;
    let from = 0;
    if (matchNumber === this.matchNumber && ended === this.ended) {
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
    return { now, matchNumber, ladderFrom: from, view: { ...view, ladder } };
  }

  private unchanged(i: number): boolean {
    const e = this.sources[i]!;
    return e.kind !== "segment" || (e.fate === this.fates[i] && e.departAt === this.departs[i] && e.arrivedAt === this.arrivals[i]);
  }
}

/**
 * Sends one step of the match to every client: the events addressed to it (or to all),
 * then its view. Each viewer's view is built once; returns the lookup for later use.
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
  const corked = corkAll(clients);
  try {
    for (const client of clients) {
      const member = memberOf(client.sessionId);
      if (!member) continue;
      const mine: MatchEvent[] = [];
      for (const e of events) if (e.audience === "all" || e.audience === member.viewer) mine.push(shownEvent(match, member.viewer, e));
      if (mine.length > 0) client.send("events", { now, matchNumber, events: mine });
      client.send("view", member.views.message(viewOf(member.viewer), now, matchNumber));
    }
  } finally {
    for (const socket of corked) socket.uncork();
  }
  return viewOf;
}

/**
 * Holds each client's TCP socket while its two frames (events, view) are written, so they
 * leave in one write: the syscall per frame was the largest cost under load (profiled).
 * Reaches into ws' socket: if it is not there, frames simply go out one by one.
 */
function corkAll(clients: Iterable<Client>): { uncork(): void }[] {
  const corked: { cork(): void; uncork(): void }[] = [];
  for (const client of clients) {
    const socket = (client as unknown as { ref?: { _socket?: { cork(): void; uncork(): void } } }).ref?._socket;
    if (socket && typeof socket.cork === "function") {
      socket.cork();
      corked.push(socket);
    }
  }
  return corked;
}
