// Scoring numbers (docs/product.md gives the shape; the numbers are tuned here).
import type { ScoreSheet } from "./types";

/** A right segment (owed reply or user call), built by hand. */
export const RIGHT_SEGMENT = 10;
/** A state declared right at the first try. */
export const STATE_FIRST_TRY = 10;
/** A state declared right at the second try. */
export const STATE_SECOND_TRY = 4;
/** Bonus per earlier consecutive first-try answer in the current streak... */
export const STREAK_STEP = 2;
/** ...counting at most this many (so the bonus is at most 10). */
export const STREAK_CAP = 5;
/** A wrong segment: refused (standard) or sent wrong (expert). Guided is never penalised. */
export const WRONG_SEGMENT = -5;
/** Expert: a right call-out of the peer's wrong segment. */
export const CALLOUT_RIGHT = 15;
/** Expert: a false call-out (the segment was right, or wrong in another way). */
export const CALLOUT_FALSE = -10;
/** Each player, when the scenario's goal is reached. */
export const GOAL_BONUS = 50;
/** Full speed bonus at or under par; falls linearly to 0 at twice par. */
export const SPEED_MAX = 30;

export function emptySheet(): ScoreSheet {
  return { segments: 0, declarations: 0, streak: 0, speed: 0, goal: 0, penalties: 0, callouts: 0, total: 0 };
}

type Part = Exclude<keyof ScoreSheet, "total">;

/** Adds points to one part of the sheet and keeps the total in step. */
export function addPoints(sheet: ScoreSheet, part: Part, points: number): void {
  sheet[part] += points;
  sheet.total += points;
}

/** The streak bonus for a first-try answer that makes the streak `streak` long. */
export function streakBonus(streak: number): number {
  return STREAK_STEP * Math.min(Math.max(streak - 1, 0), STREAK_CAP);
}

/** Speed bonus for reaching the goal after `seconds` of play against `parSeconds`. */
export function speedBonus(seconds: number, parSeconds: number): number {
  if (parSeconds <= 0) return 0;
  if (seconds <= parSeconds) return SPEED_MAX;
  const left = (2 * parSeconds - seconds) / parSeconds;
  return Math.max(0, Math.round(SPEED_MAX * left));
}
