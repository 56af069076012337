// Per-client views. A view is the whole picture a player may see, but its ladder grows all
// match long, so after the first view each client only gets the ladder entries that are new
// or changed since the last view it received (`ladderFrom`); shared/protocol's mergeView
// puts them back together. Packing full views cost ~250 µs each at the end of a match; a
// delta costs ~25 µs.
import type { LadderEntry, PlayerView } from "../../shared/match/types";
import type { ViewMessage } from "../../shared/protocol";

/** Top-level fields equal, nested objects by identity: the reducer never mutates in place. */
function sameEntry(a: LadderEntry | undefined, b: LadderEntry): boolean {
  if (a === b) return true;
  if (!a || a.kind !== b.kind) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if ((a as unknown as Record<string, unknown>)[k] !== (b as unknown as Record<string, unknown>)[k]) return false;
  return true;
}

/** Remembers, for one client, the ladder it holds, to send only what changed. */
export class ViewTracker {
  private ladder: LadderEntry[] = [];
  private matchNumber = -1;

  /** Forget what the client holds (a reconnection, a new match): the next view is whole. */
  reset(): void {
    this.ladder = [];
    this.matchNumber = -1;
  }

  message(view: PlayerView, now: number, matchNumber: number): ViewMessage {
    let from = 0;
    if (matchNumber === this.matchNumber) {
      const n = Math.min(this.ladder.length, view.ladder.length);
      while (from < n && sameEntry(this.ladder[from], view.ladder[from]!)) from++;
    }
    this.ladder = view.ladder;
    this.matchNumber = matchNumber;
    const ladder = from === 0 ? view.ladder : view.ladder.slice(from);
    return { now, matchNumber, ladderFrom: from, view: from === 0 ? view : { ...view, ladder } };
  }
}
