// The quiz: seeded question generation from the engine and written items, and mastery.
export * from "./types";
export { generateQuiz, type QuizOptions } from "./generate";
export { createRng, hashSeed, seedFrom } from "./random";
export * from "./mastery";
export { CONCEPT_BANK, WRITTEN_ONLY_CONCEPTS } from "./concept-bank";
export { TEMPLATES } from "./templates";
export { applyStep, runTrace, startRun } from "./trace";
export { flagsOf, segmentLabelOf as segmentLabel } from "../tcp/format";
