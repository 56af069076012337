// Finished matches this browser took part in, for "Replay a finished match". The debrief
// (client/src/debrief) calls rememberFinishedMatch() when a finished match is shown.
import { readLocal, writeLocal } from "../storage";

const KEY = "tcpArena.recentMatches";
const MAX = 8;

export interface RecentMatch {
  matchId: string;
  /** Shown in the list, e.g. the scenario's title. */
  label: string;
  /** ms since the epoch, when it ended. */
  at: number;
}

export function recentMatches(): RecentMatch[] {
  try {
    const parsed: unknown = JSON.parse(readLocal(KEY) ?? "[]");
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (m): m is RecentMatch =>
        typeof m === "object" && m !== null && typeof m.matchId === "string" && typeof m.label === "string" && typeof m.at === "number",
    );
  } catch {
    return [];
  }
}

export function rememberFinishedMatch(m: RecentMatch): void {
  const list = [m, ...recentMatches().filter((r) => r.matchId !== m.matchId)].slice(0, MAX);
  writeLocal(KEY, JSON.stringify(list));
}
