// What one side of a finished match tells a teacher, per concept: each declaration and each
// segment the student built counts for the scenario's concepts (right, or not), and each
// mistake also counts against the concept it is about (shared/referee/mistake-concept.ts).
import type { LadderEntry, Side } from "../match/types";
import { conceptOfMistake } from "../referee/mistake-concept";
import type { ConceptTally } from "../protocol/classroom";

type Counts = Map<string, ConceptTally>;

function bump(counts: Counts, concept: string, right: boolean, mistakes: number): void {
  let c = counts.get(concept);
  if (!c) counts.set(concept, (c = { concept, right: 0, total: 0, mistakes: 0 }));
  c.total++;
  if (right) c.right++;
  c.mistakes += mistakes;
}

/** Per-concept tallies of `side`'s part of a match, most missed first. */
export function tallyConcepts(ladder: readonly LadderEntry[], side: Side, scenarioConcepts: readonly string[]): ConceptTally[] {
  const counts: Counts = new Map();
  const forScenario = (right: boolean) => {
    for (const c of scenarioConcepts) bump(counts, c, right, 0);
  };
  for (const e of ladder) {
    if (e.kind === "declaration" && e.side === side) {
      // A second try closes the same checkpoint: the first try is what was known.
      if (e.try !== 1) continue;
      bump(counts, "states", e.right, e.right ? 0 : 1);
      forScenario(e.right);
    } else if ((e.kind === "segment" && e.from === side && e.verdict) || (e.kind === "refused" && e.side === side)) {
      const verdict = e.verdict!;
      forScenario(verdict.ok);
      const shape = verdict.expected ?? (e.kind === "segment" ? e.segment : null);
      for (const m of verdict.mistakes) bump(counts, conceptOfMistake(m, shape), false, 1);
    }
  }
  return sortTallies([...counts.values()]);
}

/** Adds tallies concept by concept. */
export function mergeTallies(into: Map<string, ConceptTally>, tallies: readonly ConceptTally[]): void {
  for (const t of tallies) {
    const c = into.get(t.concept);
    if (c) {
      c.right += t.right;
      c.total += t.total;
      c.mistakes += t.mistakes;
    } else into.set(t.concept, { ...t });
  }
}

/** Most missed first: by wrong answers, then mistakes, then name. */
export function sortTallies(tallies: ConceptTally[]): ConceptTally[] {
  return tallies.sort((a, b) => b.total - b.right - (a.total - a.right) || b.mistakes - a.mistakes || a.concept.localeCompare(b.concept));
}
