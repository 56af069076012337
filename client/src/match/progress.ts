// What this browser remembers of a player's progress: one to three stars per scenario (the
// goal reached, accuracy, par time) and how many matches were finished. A first-time player
// (no finished match) starts in Guided mode. Kept in localStorage; nothing is sent anywhere.
import type { LadderEntry, PlayerView, Side } from "../../../shared/match/types";
import { SPEED_MAX } from "../../../shared/match/scoring";
import { readLocal, writeLocal } from "../storage";

export const PROGRESS_KEY = "tcpArena.progress";

export interface Progress {
  /** Best stars per scenario id (1..3). */
  stars: Record<string, number>;
  finished: number;
}

export function loadProgress(): Progress {
  try {
    const raw = JSON.parse(readLocal(PROGRESS_KEY) ?? "null") as Partial<Progress> | null;
    const stars: Record<string, number> = {};
    for (const [id, n] of Object.entries(raw?.stars ?? {})) if (typeof n === "number" && n >= 1 && n <= 3) stars[id] = Math.floor(n);
    return { stars, finished: typeof raw?.finished === "number" && raw.finished >= 0 ? Math.floor(raw.finished) : 0 };
  } catch {
    return { stars: {}, finished: 0 };
  }
}

export const isFirstTime = (p: Progress = loadProgress()): boolean => p.finished === 0;

/** At most this share of wrong answers (refused segments, wrong tries) still counts as accurate. */
const ACCURATE = 0.2;

export interface StarsEarned {
  goal: boolean;
  accurate: boolean;
  par: boolean;
  count: number;
}

/** The stars of a finished match, from what the player's view shows (their own ladder and score). */
export function starsFor(view: PlayerView, me: Side): StarsEarned {
  const mine = view.ladder.filter(
    (e): e is LadderEntry => ("side" in e && e.side === me) || (e.kind === "segment" && e.from === me && e.copyOf === null),
  );
  let answers = 0;
  let wrong = 0;
  for (const e of mine) {
    if (e.kind === "declaration") {
      answers++;
      if (!e.right) wrong++;
    } else if (e.kind === "refused") {
      answers++;
      wrong++;
    } else if (e.kind === "segment") {
      answers++;
      if (e.verdict && !e.verdict.ok) wrong++;
    }
  }
  const goal = view.goalReached;
  const accurate = goal && answers > 0 && wrong / answers <= ACCURATE;
  const par = goal && view[me].score.speed >= SPEED_MAX;
  return { goal, accurate, par, count: (goal ? 1 : 0) + (accurate ? 1 : 0) + (par ? 1 : 0) };
}

/** Records a finished match: the best stars stay. Returns the progress now stored. */
export function recordMatch(scenarioId: string, stars: number): Progress {
  const p = loadProgress();
  p.finished += 1;
  if (stars > 0) p.stars[scenarioId] = Math.max(p.stars[scenarioId] ?? 0, Math.min(3, stars));
  writeLocal(PROGRESS_KEY, JSON.stringify(p));
  return p;
}
