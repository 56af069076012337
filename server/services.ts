// What rooms need from the process and cannot get through their constructor (the
// matchmaker builds rooms): the repository of finished matches. app.ts sets it at boot.
import type { MatchRepository } from "./storage";

export interface Services {
  /** null: finished matches are not kept (no replays). */
  matches: MatchRepository | null;
}

let current: Services = { matches: null };

export function setServices(next: Services): void {
  current = next;
}

export function services(): Services {
  return current;
}
