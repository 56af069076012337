// The streak shown next to the score: it counts as scoring does (shared/match/scoring).
import type { LadderEntry, Side } from "../../../shared/match/types";

/** Consecutive first-try right declarations at the end of my ladder. */
export function firstTryStreak(ladder: readonly LadderEntry[], me: Side): number {
  let n = 0;
  for (let i = ladder.length - 1; i >= 0; i--) {
    const e = ladder[i]!;
    if (e.kind !== "declaration" || e.side !== me) continue;
    // `try` counts from 1; a wrong answer or a second try ends the streak (as scoring does).
    if (e.right && e.try === 1) n++;
    else break;
  }
  return n;
}
