// Mastery lives in this browser only (localStorage): self-study needs no account and no
// server. The logic is shared/quiz/mastery.ts; this file only reads and writes it.
import { emptyMastery, parseMastery, type MasteryRecord } from "../../../shared/quiz/mastery";
import { readLocal, writeLocal } from "../storage";

export const MASTERY_KEY = "tcpArena.quiz.mastery";

export function loadMastery(): MasteryRecord {
  return parseMastery(readLocal(MASTERY_KEY));
}

export function saveMastery(record: MasteryRecord): void {
  writeLocal(MASTERY_KEY, JSON.stringify(record));
}

export function resetMastery(): void {
  saveMastery(emptyMastery());
}
