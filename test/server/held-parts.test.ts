// The view tracker's own copy of a player's part (server/rooms/held-parts.ts): after every
// step's changes it equals the view the step built, and it shares none of that view's lists
// or objects, except the match's own objects it holds by design (the feedback, a
// checkpoint's cause). A copy that missed a change would make the tracker leave out a later
// one; a copy that shared the view's objects would keep them alive from step to step.
import { describe, expect, it } from "vitest";
import { viewFor } from "../../shared/match";
import type { MatchState, PlayerView } from "../../shared/match/types";
import { playScenario } from "../../shared/bots/local";
import { SCENARIOS } from "../../shared/scenarios";
import { youChanges } from "../../server/rooms/frame-diff";
import { ownYou, patchYou } from "../../server/rooms/held-parts";

type You = NonNullable<PlayerView["you"]>;

/** Every `you` of each side, step by step, over whole matches of every playable scenario, guided (hints, prefills, state choices) and standard. */
function yous(): You[][] {
  const runs: You[][] = [];
  for (const scenario of SCENARIOS.filter((s) => s.goal.kind !== "none")) {
    for (const difficulty of ["guided", "standard"] as const) {
      const bySide = { A: [] as You[], B: [] as You[] };
      playScenario(scenario, {
        difficulty,
        seed: 7,
        botB: "trickster",
        onResult: ({ match }: { match: MatchState }) => {
          for (const side of ["A", "B"] as const) {
            const you = viewFor(match, side).you;
            if (you) bySide[side].push(you);
          }
        },
      });
      runs.push(bySide.A, bySide.B);
    }
  }
  return runs;
}

/** The lists and objects of `a` that are the very objects of `b`. */
function shared(a: You, b: You): string[] {
  const out: string[] = [];
  const pairs: [string, unknown, unknown][] = [
    ["checkpoint", a.checkpoint, b.checkpoint],
    ["timers", a.timers, b.timers],
    ["hint", a.hint, b.hint],
    ["prefill", a.prefill, b.prefill],
    ["stateChoices", a.stateChoices, b.stateChoices],
  ];
  for (const [name, x, y] of pairs) if (x !== null && x !== undefined && x === y) out.push(name);
  a.timers?.forEach((t, i) => t === b.timers?.[i] && out.push(`timers[${i}]`));
  a.hint?.forEach((s, i) => {
    if (s === b.hint?.[i]) out.push(`hint[${i}]`);
    if (s.flags === b.hint?.[i]?.flags) out.push(`hint[${i}].flags`);
  });
  return out;
}

describe("the tracker's own copy of a player's part", () => {
  const runs = yous();

  it("follows every step's changes and holds none of the view's lists or objects", () => {
    let steps = 0;
    let changedLists = 0;
    for (const run of runs) {
      const own = ownYou(run[0]!)!;
      expect(own).toEqual(run[0]);
      expect(shared(own, run[0]!)).toEqual([]);
      for (const you of run.slice(1)) {
        const changes = youChanges(own, you);
        if (changes === null) throw new Error("a player's part went away mid-match");
        if (changes) {
          patchYou(own, changes);
          if (changes.timers || changes.hint || changes.stateChoices) changedLists++;
        }
        expect(own).toEqual(you);
        expect(shared(own, you)).toEqual([]);
        // Held by design: the match's own objects, which the reducer replaces and never edits.
        expect(own.feedback).toBe(you.feedback);
        if (own.checkpoint && you.checkpoint) expect(own.checkpoint.cause).toBe(you.checkpoint.cause);
        steps++;
      }
    }
    expect(steps).toBeGreaterThan(500);
    expect(changedLists).toBeGreaterThan(100);
  });
});
