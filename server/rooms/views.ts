// Per-client views. A view is the whole picture a player may see, but its ladder grows all
// match long, so after the first view each client only gets the ladder entries from the
// first one that is new or changed since the last view it received (`ladderFrom`);
// shared/protocol's mergeView puts them back together. Packing a full view cost ~250 µs at
// the end of a match; a delta ~25 µs. Entries are compared by content (their JSON): the
// reducer updates entries in place and the view filters them, so identity says nothing.
import type { PlayerView } from "../../shared/match/types";
import type { ViewMessage } from "../../shared/protocol";

/** Remembers, for one client, the ladder it holds, to send only what changed. */
export class ViewTracker {
  private ladder: string[] = [];
  private matchNumber = -1;

  /** Forget what the client holds (a reconnection, a new match): the next view is whole. */
  reset(): void {
    this.ladder = [];
    this.matchNumber = -1;
  }

  message(view: PlayerView, now: number, matchNumber: number): ViewMessage {
    const ladder = view.ladder.map((e) => JSON.stringify(e));
    let from = 0;
    if (matchNumber === this.matchNumber) {
      const n = Math.min(this.ladder.length, ladder.length);
      while (from < n && this.ladder[from] === ladder[from]) from++;
    }
    this.ladder = ladder;
    this.matchNumber = matchNumber;
    return { now, matchNumber, ladderFrom: from, view: from === 0 ? view : { ...view, ladder: view.ladder.slice(from) } };
  }
}
