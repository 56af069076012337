// What rooms need from the process and cannot get through their constructor (the
// matchmaker builds rooms): the repository of finished matches, the journal of live ones. app.ts sets it at boot.
import type { MatchJournal, MatchRepository } from "./storage";

export interface Services {
  /** null: finished matches are not kept (no replays). */
  matches: MatchRepository | null;
  /** null: matches in progress are not journaled (they do not survive a restart). */
  journal?: MatchJournal | null;
}

let current: Services = { matches: null, journal: null };

export function setServices(next: Services): void {
  current = next;
}

export function services(): Services {
  return current;
}
