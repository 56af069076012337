// Measures how a quiz gives its answers away, over the questions it serves: the right option
// is the longest one; the prompt states the answer; a state question's explanation speaks of
// another event than the one asked about. Pure over questions, so the same measure can be
// taken of any version of the generator.
import type { Question } from "../../shared/quiz/types";

export interface Giveaways {
  concept: { served: number; rightLongest: { en: number; zh: number }; rightShortest: { en: number; zh: number } };
  /**
   * answerInPrompt: the prompt states the answer as such ("A's ISS is N", then the SYN's seq
   * is asked). onlyNumberInPrompt: the answer is the only choice whose number the prompt shows.
   */
  numbers: { served: number; answerInPrompt: number; onlyNumberInPrompt: number };
  segment: { served: number; answerInPrompt: number };
  state: { served: number; explainedByOtherEvent: number; answerInPrompt: number };
  whatNext: { served: number; rightLongest: number; rightShortest: number };
}

/** The characters a reader weighs: Chinese counts each Han character, English each letter. */
const size = (s: string): number => [...s].length;

/** Whether choice `answer` is strictly the longest (or the shortest) of the choices. */
function extreme(q: Question, lang: "en" | "zh", which: "longest" | "shortest"): boolean {
  const lengths = q.choices.map((c) => size(c.label[lang]));
  const right = lengths[q.answer]!;
  return lengths.every((l, i) => i === q.answer || (which === "longest" ? l < right : l > right));
}

/** The event a state question asks about: `After "…",` in the English prompt. */
const askedEvent = (q: Question): string | null => /After "([^"]+)"/.exec(q.prompt.en)?.[1] ?? null;

export function measureGiveaways(questions: readonly Question[]): Giveaways {
  const g: Giveaways = {
    concept: { served: 0, rightLongest: { en: 0, zh: 0 }, rightShortest: { en: 0, zh: 0 } },
    numbers: { served: 0, answerInPrompt: 0, onlyNumberInPrompt: 0 },
    segment: { served: 0, answerInPrompt: 0 },
    state: { served: 0, explainedByOtherEvent: 0, answerInPrompt: 0 },
    whatNext: { served: 0, rightLongest: 0, rightShortest: 0 },
  };
  for (const q of questions) {
    const right = q.choices[q.answer]!;
    if (q.kind === "concept") {
      g.concept.served++;
      for (const lang of ["en", "zh"] as const) {
        if (extreme(q, lang, "longest")) g.concept.rightLongest[lang]++;
        if (extreme(q, lang, "shortest")) g.concept.rightShortest[lang]++;
      }
    } else if (q.kind === "numbers") {
      g.numbers.served++;
      const shows = (c: Question["choices"][number]): boolean =>
        c.value.kind === "number" && new RegExp(`[=\\s]${c.value.value}\\b`).test(q.prompt.en);
      if (right.value.kind === "number" && new RegExp(`\\(ISS\\) is ${right.value.value}\\b`).test(q.prompt.en)) g.numbers.answerInPrompt++;
      if (shows(right) && q.choices.every((c, i) => i === q.answer || !shows(c))) g.numbers.onlyNumberInPrompt++;
    } else if (q.kind === "next-segment") {
      g.segment.served++;
      if (q.prompt.en.includes(right.label.en)) g.segment.answerInPrompt++;
    } else if (q.kind === "state") {
      g.state.served++;
      const event = askedEvent(q);
      if (event === null || !q.explanation.en.startsWith(event)) g.state.explainedByOtherEvent++;
      if (right.value.kind === "state" && q.prompt.en.includes(right.value.state)) g.state.answerInPrompt++;
    } else if (q.kind === "what-next") {
      g.whatNext.served++;
      if (extreme(q, "en", "longest")) g.whatNext.rightLongest++;
      if (extreme(q, "en", "shortest")) g.whatNext.rightShortest++;
    }
  }
  return g;
}
