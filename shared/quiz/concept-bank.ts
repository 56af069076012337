// Every concept question, in one list: the basics, then the lessons beyond them.
import type { Concept } from "../concepts";
import { CLOSING } from "./bank/closing";
import { LESSONS } from "./bank/lessons";
import { OPENING } from "./bank/opening";
import { OPERATIONS } from "./bank/operations";
import { TIMERS } from "./bank/timers";

export type { ConceptItem } from "./bank/item";
export const CONCEPT_BANK = [...OPENING, ...CLOSING, ...TIMERS, ...LESSONS, ...OPERATIONS];

/**
 * Lessons the engine cannot play (it has no ISN generator, no listen queue, no sockets left
 * open by an application, no ss): their questions are written ones only.
 */
export const WRITTEN_ONLY_CONCEPTS: readonly Concept[] = ["isn-choice", "socket-buildup", "syn-flood", "linux-state-names"];
