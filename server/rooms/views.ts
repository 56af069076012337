// Per-client views. A view is the whole picture a player may see, but its ladder grows all
// match long, so after the first view each client only gets the ladder entries from the
// first one that is new or changed since the last view it received (`ladderFrom`);
// shared/protocol's mergeView puts them back together. Packing a full view cost ~250 µs at
// the end of a match; a delta ~25 µs. Entries are compared by content with a private copy
// of what the client holds: the reducer updates entries in place, so identity says nothing.
import type { Client } from "@colyseus/core";
import type { LadderEntry, MatchEvent, PlayerView, Viewer } from "../../shared/match/types";
import type { ViewMessage } from "../../shared/protocol";

/** Structural equality of plain JSON data. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) if (!same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

/** Remembers, for one client, the ladder it holds (a private copy), to send only what changed. */
export class ViewTracker {
  private held: LadderEntry[] = [];
  private matchNumber = -1;

  /** Forget what the client holds (a reconnection, a new match): the next view is whole. */
  reset(): void {
    this.held = [];
    this.matchNumber = -1;
  }

  message(view: PlayerView, now: number, matchNumber: number): ViewMessage {
    let from = 0;
    if (matchNumber === this.matchNumber) {
      const n = Math.min(this.held.length, view.ladder.length);
      while (from < n && same(this.held[from], view.ladder[from])) from++;
    } else {
      this.held = [];
      this.matchNumber = matchNumber;
    }
    // Copies, because the reducer updates its entries in place.
    this.held.length = from;
    for (let i = from; i < view.ladder.length; i++) this.held.push(JSON.parse(JSON.stringify(view.ladder[i])) as LadderEntry);
    return { now, matchNumber, ladderFrom: from, view: from === 0 ? view : { ...view, ladder: view.ladder.slice(from) } };
  }
}

/**
 * Sends one step of the match to every client: the events addressed to it (or to all),
 * then its view. Each viewer's view is built once; returns the lookup for later use.
 */
export function sendStep(
  clients: Iterable<Client>,
  memberOf: (sessionId: string) => { viewer: Viewer; views: ViewTracker } | undefined,
  build: (viewer: Viewer) => PlayerView,
  events: MatchEvent[],
  now: number,
  matchNumber: number,
): (viewer: Viewer) => PlayerView {
  const views = new Map<Viewer, PlayerView>();
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
      const mine = events.filter((e) => e.audience === "all" || e.audience === member.viewer);
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
