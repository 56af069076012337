// The quiz's scene keys and what each scene is started with.
import type { Concept } from "../../../shared/concepts";

export const QuizKey = {
  Home: "Quiz",
  Play: "QuizPlay",
  Result: "QuizResult",
  Progress: "QuizProgress",
} as const;

export interface PlayLaunch {
  seed: string;
  count: number;
  /** A teacher's link: the set is fixed by the seed, not by this student's mastery. */
  shared: boolean;
  concepts?: Concept[];
}

export interface AnswerRecord {
  key: string;
  concepts: Concept[];
  correct: boolean;
}

export interface ResultLaunch {
  play: PlayLaunch;
  answers: AnswerRecord[];
}

/** Share links: ?quiz=SEED&n=COUNT on this page's address. */
export function shareLink(seed: string, count: number): string {
  const base = typeof location === "undefined" ? "" : `${location.origin}${location.pathname}`;
  return `${base}?quiz=${encodeURIComponent(seed)}&n=${count}`;
}

/** The n of a shared link, bounded; 10 when absent or unreadable. */
export function sharedCount(): number {
  const raw = typeof location === "undefined" ? null : new URLSearchParams(location.search).get("n");
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 50 ? n : 10;
}
