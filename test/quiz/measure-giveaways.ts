// Prints the quiz's giveaway figures over 200 seeds (the same measure test/quiz/giveaways.test.ts
// bounds): npx tsx test/quiz/measure-giveaways.ts
import { CONCEPT_BANK, generateQuiz } from "../../shared/quiz";
import type { Question } from "../../shared/quiz/types";
import { measureGiveaways } from "./giveaways";

const questions: Question[] = [];
for (let s = 0; s < 200; s++) questions.push(...generateQuiz({ seed: `seed-${s}`, count: 20 }).questions);
const g = measureGiveaways(questions);
const pct = (n: number, d: number): string => `${n} of ${d} (${((100 * n) / Math.max(1, d)).toFixed(1)}%)`;
const size = (s: string): number => [...s].length;
const longestItems = (lang: "en" | "zh"): number =>
  CONCEPT_BANK.filter((i) => i.choices.slice(1).every((c) => size(c[lang]) < size(i.choices[0][lang]))).length;

console.log(
  `concept questions, right option the longest: en ${pct(g.concept.rightLongest.en, g.concept.served)}, zh ${pct(g.concept.rightLongest.zh, g.concept.served)}`,
);
console.log(
  `concept questions, right option the shortest: en ${pct(g.concept.rightShortest.en, g.concept.served)}, zh ${pct(g.concept.rightShortest.zh, g.concept.served)}`,
);
console.log(
  `concept items whose right option is the longest: en ${longestItems("en")} of ${CONCEPT_BANK.length}, zh ${longestItems("zh")} of ${CONCEPT_BANK.length}`,
);
console.log(`number questions asking the ISS the prompt states: ${pct(g.numbers.answerInPrompt, g.numbers.served)}`);
console.log(
  `number questions whose answer is the only number of the prompt among the choices: ${pct(g.numbers.onlyNumberInPrompt, g.numbers.served)}`,
);
console.log(`state questions explained by another event than the one asked: ${pct(g.state.explainedByOtherEvent, g.state.served)}`);
console.log(
  `what-next questions, right outcome the longest: ${pct(g.whatNext.rightLongest, g.whatNext.served)}, the shortest: ${pct(g.whatNext.rightShortest, g.whatNext.served)}`,
);
