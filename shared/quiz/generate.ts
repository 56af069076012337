// The quiz generator: a seed (and optional concept filter and review priorities) in, the
// same list of questions out, every time. No clock, no Math.random.
import type { Concept } from "../concepts";
import { CONCEPT_BANK, type ConceptItem } from "./concept-bank";
import { cutTrace, segmentQuestion, stateQuestion } from "./kinds";
import { createRng, type Rng } from "./random";
import { TEMPLATES } from "./templates";
import { timerQuestion, whatNextQuestion } from "./whatnext";
import type { Choice, Question, QuestionKind, Quiz } from "./types";

export interface QuizOptions {
  seed: string;
  count: number;
  /** Only questions about at least one of these concepts. */
  concepts?: readonly Concept[];
  /**
   * Spaced repetition: lower = ask sooner (see mastery.ts reviewPriority). When given, a
   * larger pool is generated and the most urgent questions are kept.
   */
  priority?: (question: Pick<Question, "key" | "concepts">) => number;
  /**
   * Templates due again (most urgent first, see mastery.ts dueForReview): fresh questions
   * of these come first, up to half the quiz, so a missed question comes back sooner.
   */
  review?: readonly string[];
}

const KIND_WEIGHTS: [QuestionKind, number][] = [
  ["concept", 3],
  ["state", 2],
  ["next-segment", 1.5],
  ["numbers", 1.5],
  ["what-next", 2],
];

function pickKind(rng: Rng): QuestionKind {
  const total = KIND_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let x = rng.next() * total;
  for (const [k, w] of KIND_WEIGHTS) if ((x -= w) < 0) return k;
  return "concept";
}

export function conceptQuestion(item: ConceptItem, rng: Rng): Question {
  const choices: Choice[] = item.choices.map((label, i) => ({ label, value: { kind: "text", id: `${item.key}#${i}` } }));
  const shuffled = rng.shuffle(choices);
  return {
    id: "",
    key: item.key,
    kind: "concept",
    concepts: item.concepts,
    misconceptions: item.misconceptions,
    prompt: item.prompt,
    ladder: null,
    choices: shuffled,
    answer: shuffled.indexOf(choices[0]!),
    explanation: item.explanation,
    check: null,
  };
}

/** One question of the given kind, or null if this draw could not make one. */
function draw(kind: QuestionKind, rng: Rng, concepts: readonly Concept[] | undefined, used: ReadonlySet<string>): Question | null {
  const wanted = (cs: readonly Concept[]): boolean => !concepts || cs.some((c) => concepts.includes(c));
  if (kind === "concept") {
    // Written questions are few per concept: never the same one twice in a quiz.
    const items = CONCEPT_BANK.filter((i) => wanted(i.concepts) && !used.has(i.key));
    return items.length ? conceptQuestion(rng.pick(items), rng) : null;
  }
  // With a concept picked, start from the scenarios that teach it.
  const fitting = TEMPLATES.filter((t) => wanted(t.concepts));
  const template = rng.pick(fitting.length > 0 && rng.chance(0.8) ? fitting : TEMPLATES);
  const cut = cutTrace(template, template.build(rng));
  const q =
    kind === "state"
      ? stateQuestion(cut, rng)
      : kind === "next-segment"
        ? segmentQuestion(cut, rng, false)
        : kind === "numbers"
          ? rng.chance(0.25)
            ? (timerQuestion(cut, rng) ?? segmentQuestion(cut, rng, true))
            : segmentQuestion(cut, rng, true)
          : whatNextQuestion(cut, rng);
  return q && wanted(q.concepts) ? q : null;
}

/**
 * Up to `count` questions, each with a template and a prompt not yet in the quiz where
 * possible; tries are bounded, so a narrow concept may repeat a template but rarely a prompt.
 */
function drawMany(rng: Rng, count: number, concepts: readonly Concept[] | undefined, asked: readonly Question[]): Question[] {
  const out: Question[] = [];
  const keys = new Set(asked.map((q) => q.key));
  const prompts = new Set(asked.map((q) => q.prompt.en));
  for (let i = 0; i < count; i++) {
    let chosen: Question | null = null;
    for (let tries = 0; tries < 60 && !chosen; tries++) {
      const q = draw(pickKind(rng), rng, concepts, keys);
      if (!q || (prompts.has(q.prompt.en) && tries < 58)) continue;
      if (!keys.has(q.key) || tries >= 30) chosen = q;
    }
    if (!chosen) break;
    keys.add(chosen.key);
    prompts.add(chosen.prompt.en);
    out.push(chosen);
  }
  return out;
}

/** A new question from the template `key` names ("concept/…", "state/four-way-close", "timer/…"). */
function drawKey(key: string, rng: Rng, concepts: readonly Concept[] | undefined): Question | null {
  const item = CONCEPT_BANK.find((i) => i.key === key);
  if (item) return conceptQuestion(item, rng);
  const [kind, templateId] = key.split("/");
  const template = TEMPLATES.find((t) => t.id === templateId);
  const kinds: QuestionKind[] = ["state", "next-segment", "numbers", "what-next"];
  if (kind === "timer" || kinds.includes(kind as QuestionKind)) {
    // A handshake point re-keys a question to "…/handshake": try a few cuts of the trace.
    for (let tries = 0; tries < 12; tries++) {
      const tpl = template ?? (templateId === "handshake" ? rng.pick(TEMPLATES) : null);
      if (!tpl) return null;
      const cut = cutTrace(tpl, tpl.build(rng));
      const q =
        kind === "timer"
          ? timerQuestion(cut, rng)
          : kind === "state"
            ? stateQuestion(cut, rng)
            : kind === "what-next"
              ? whatNextQuestion(cut, rng)
              : segmentQuestion(cut, rng, kind === "numbers");
      if (q && q.key === key && (!concepts || q.concepts.some((c) => concepts.includes(c)))) return q;
    }
  }
  return null;
}

export function generateQuiz(options: QuizOptions): Quiz {
  const rng = createRng(options.seed);
  const count = Math.max(1, Math.min(50, Math.floor(options.count)));
  const reviewed: Question[] = [];
  for (const key of options.review ?? []) {
    if (reviewed.length >= Math.floor(count / 2)) break;
    const q = drawKey(key, rng, options.concepts);
    if (q) reviewed.push(q);
  }
  const fresh = generateFresh(rng, count - reviewed.length, options, reviewed);
  return { seed: options.seed, questions: [...reviewed, ...fresh].map((q, i) => ({ ...q, id: `${i + 1}:${q.key}` })) };
}

function generateFresh(rng: Rng, count: number, options: QuizOptions, asked: readonly Question[]): Question[] {
  if (count <= 0) return [];
  let questions: Question[];
  if (options.priority) {
    const pool = drawMany(rng, count * 3, options.concepts, asked);
    const prio = options.priority;
    questions = pool
      .map((q, i) => ({ q, i, p: prio(q) }))
      .sort((a, b) => a.p - b.p || a.i - b.i)
      .slice(0, count)
      .map((x) => x.q);
  } else {
    questions = drawMany(rng, count, options.concepts, asked);
  }
  return questions;
}
