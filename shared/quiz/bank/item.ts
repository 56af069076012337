// Concept questions, written by hand. Their answers are facts about TCP, not
// computations, so they are written by hand; the first choice is the right one and the
// generator shuffles them. Each names its concepts and the misconceptions it targets.
import type { Concept } from "../../concepts";
import type { Misconception, Text } from "../types";

export interface ConceptItem {
  key: string;
  concepts: Concept[];
  misconceptions: Misconception[];
  prompt: Text;
  /** choices[0] is right. */
  choices: [Text, Text, Text, Text];
  explanation: Text;
}

export const t = (en: string, zh: string): Text => ({ en, zh });
