// Mastery per concept and spaced repetition, as pure functions over plain data: the client
// stores the record in localStorage, tests run it with made-up clocks.
//
// Leitner boxes per question template (`Question.key`): a right answer moves the item up a
// box and pushes its next review further away; a miss sends it back to box 0, due at once,
// so missed questions come back sooner. Mastery of a concept is a moving average of the
// answers that touch it, so recent answers count most.
import { CONCEPTS, type Concept } from "../concepts";
import type { Question } from "./types";

/** Review intervals per box, in ms: box 0 is due now, box 5 in three weeks. */
export const BOX_INTERVALS_MS = [0, 10 * 60_000, 24 * 3_600_000, 3 * 24 * 3_600_000, 7 * 24 * 3_600_000, 21 * 24 * 3_600_000];
export const MAX_BOX = BOX_INTERVALS_MS.length - 1;
/** Weight of the newest answer in a concept's mastery. */
const ALPHA = 0.3;
/** A concept at or above this mastery counts as mastered (with ALPHA 0.3: five right in a row). */
export const MASTERED_AT = 0.8;

export interface ItemRecord {
  box: number;
  due: number;
  seen: number;
  correct: number;
}

export interface ConceptRecord {
  /** 0..1 */
  mastery: number;
  seen: number;
  correct: number;
}

export interface MasteryRecord {
  version: 1;
  items: Record<string, ItemRecord>;
  concepts: Partial<Record<Concept, ConceptRecord>>;
}

export function emptyMastery(): MasteryRecord {
  return { version: 1, items: {}, concepts: {} };
}

/** Record one answer at time `now` (ms). Returns a new record. */
export function recordAnswer(
  record: MasteryRecord,
  question: Pick<Question, "key" | "concepts">,
  correct: boolean,
  now: number,
): MasteryRecord {
  const old = record.items[question.key] ?? { box: 0, due: now, seen: 0, correct: 0 };
  const box = correct ? Math.min(old.box + 1, MAX_BOX) : 0;
  const item: ItemRecord = {
    box,
    due: now + (BOX_INTERVALS_MS[box] ?? 0),
    seen: old.seen + 1,
    correct: old.correct + (correct ? 1 : 0),
  };
  const concepts = { ...record.concepts };
  for (const c of question.concepts) {
    const prev = concepts[c] ?? { mastery: 0, seen: 0, correct: 0 };
    concepts[c] = {
      mastery: prev.mastery + ALPHA * ((correct ? 1 : 0) - prev.mastery),
      seen: prev.seen + 1,
      correct: prev.correct + (correct ? 1 : 0),
    };
  }
  return { version: 1, items: { ...record.items, [question.key]: item }, concepts };
}

export function conceptMastery(record: MasteryRecord, concept: Concept): number {
  return record.concepts[concept]?.mastery ?? 0;
}

/**
 * How urgently a template should be asked again, for picking a practice quiz: missed (box 0)
 * and overdue items first, then never-seen ones, then the rest by due date.
 * Lower is sooner.
 */
export function reviewPriority(record: MasteryRecord, key: string, now: number): number {
  const item = record.items[key];
  if (!item) return 1;
  if (item.due <= now) return item.box === 0 ? 0 : 0.5 + item.box / 100;
  return 2 + (item.due - now) / BOX_INTERVALS_MS[MAX_BOX]!;
}

/**
 * Templates due for review at `now`, most urgent first: missed ones (box 0) before the
 * rest, then the longest overdue. Templates never seen are not listed.
 */
export function dueForReview(record: MasteryRecord, now: number, limit = 10): string[] {
  return Object.entries(record.items)
    .filter(([, item]) => item.due <= now)
    .sort(([, a], [, b]) => a.box - b.box || a.due - b.due)
    .slice(0, limit)
    .map(([key]) => key);
}

export function masteredConcepts(record: MasteryRecord): Concept[] {
  return CONCEPTS.filter((c) => conceptMastery(record, c) >= MASTERED_AT);
}

/** Concepts ordered from weakest to strongest: what a practice quiz should focus on. */
export function weakestConcepts(record: MasteryRecord): Concept[] {
  return [...CONCEPTS].sort((a, b) => conceptMastery(record, a) - conceptMastery(record, b));
}

/** Parse a stored record; anything unreadable (old version, hand-edited) starts afresh. */
export function parseMastery(json: string | null): MasteryRecord {
  if (!json) return emptyMastery();
  try {
    const v = JSON.parse(json) as Partial<MasteryRecord>;
    if (v && v.version === 1 && typeof v.items === "object" && typeof v.concepts === "object" && v.items && v.concepts) {
      return { version: 1, items: v.items, concepts: v.concepts };
    }
  } catch {
    // fall through: a broken record is replaced, never shown as an error to a student
  }
  return emptyMastery();
}
