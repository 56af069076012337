// The quiz: seeded question generation from the engine and the seed article, and mastery.
export * from "./types";
export { generateQuiz, type QuizOptions } from "./generate";
export { createRng, hashSeed, seedFrom } from "./random";
export * from "./mastery";
export { CONCEPT_BANK } from "./concept-bank";
export { TEMPLATES } from "./templates";
export { applyStep, runTrace, startRun } from "./trace";
export { flagsOf, segmentLabel } from "./flags";
