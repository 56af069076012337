// Goal detection (the scenario's Goal kinds), on the true states.
import type { TcpState } from "../tcp/types";
import type { MatchState } from "./types";

/** `path` is a subsequence of `history` and ends where the history ends. */
function followsPath(history: readonly TcpState[], path: readonly TcpState[], consecutive: boolean): boolean {
  if (path.length === 0) return true;
  if (history[history.length - 1] !== path[path.length - 1]) return false;
  if (consecutive) {
    // The listed states are one run at the end of the history.
    const tail = history.slice(history.length - path.length);
    return tail.length === path.length && tail.every((s, i) => s === path[i]);
  }
  let j = 0;
  for (const s of history) if (s === path[j]) j++;
  return j >= path.length;
}

export function goalReached(m: MatchState): boolean {
  const g = m.scenario.goal;
  const a = m.sides.A.endpoint.state;
  const b = m.sides.B.endpoint.state;
  switch (g.kind) {
    case "states":
      return a === g.A && b === g.B;
    case "paths": {
      // Each side's path is latched when followed, so a side that moves on (TIME_WAIT ->
      // CLOSED) while the other catches up still counts.
      const c = g.consecutive === true;
      for (const side of ["A", "B"] as const) {
        const s = m.sides[side];
        if (!s.pathDone && followsPath(s.history, g[side], c)) s.pathDone = true;
      }
      return m.sides.A.pathDone && m.sides.B.pathDone;
    }
    case "none":
      return false;
  }
}
