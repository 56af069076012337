// What rooms need from the process and cannot get through their constructor (the
// matchmaker builds rooms): the repositories, the journal of live matches, and the origin
// links are made with. app.ts sets them at boot.
import type { ClassStore, JournalStore, MatchStore } from "./storage";

export interface Services {
  /** null: finished matches are not kept (no replays). */
  matches: MatchStore | null;
  /** null: classes are not kept (their reports end with them). */
  classes: ClassStore | null;
  /** null: matches in progress are not journaled (they do not survive a restart). */
  journal?: JournalStore | null;
  /** The origin of the links students open (server/classroom/links.ts). */
  publicOrigin: string;
}

let current: Services = { matches: null, classes: null, journal: null, publicOrigin: "http://127.0.0.1:2567" };

export function setServices(next: Partial<Services>): void {
  current = { ...current, ...next };
}

export function services(): Services {
  return current;
}
