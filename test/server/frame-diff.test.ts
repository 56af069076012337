// The field-by-field comparisons of a view's small parts (server/rooms/frame-diff.ts) find
// every field that changed: each field of a real view is changed in turn, and the change
// must be reported with the new value. A field added to a part but not to its comparison
// fails here. The match's fixed facts (FIXED_FIELDS) are the only ones never compared.
import { describe, expect, it } from "vitest";
import { viewFor } from "../../shared/match";
import type { MatchState, PlayerView } from "../../shared/match/types";
import { playScenario } from "../../shared/bots/local";
import { getScenario } from "../../shared/scenarios";
import { boxChanges, clockChanges, FIXED_FIELDS, sameWire, youChanges } from "../../server/rooms/frame-diff";

/** A guided match stopped mid-play, so that `you` has a prefill and timers, and a segment flies. */
function midMatchView(): PlayerView {
  let view: PlayerView | null = null;
  playScenario(getScenario("full-lifecycle")!, {
    difficulty: "guided",
    seed: 5,
    onResult: ({ match }: { match: MatchState }) => {
      const v = viewFor(match, "A");
      if (!view && v.wire.length > 0 && v.you?.timers?.length && v.you.prefill) view = structuredClone(v);
    },
  });
  if (!view) throw new Error("no mid-match view with a prefill, timers and a segment in flight");
  return view;
}

/** Another value of the same kind: a number + 1, a string longer, a list with one more item, an object with its first field changed. */
function other(value: unknown): unknown {
  if (typeof value === "number") return value + 1;
  if (typeof value === "string") return `${value}x`;
  if (typeof value === "boolean") return !value;
  if (value === null || value === undefined) return { id: 1 };
  if (Array.isArray(value)) return [...value, value[0] ?? 0];
  const entries = Object.entries(value as object);
  const [key, first] = entries[0]!;
  return { ...(value as object), [key]: other(first) };
}

/** Every field of `part` but the fixed ones, changed one at a time, must be in `diff`'s result. */
function eachFieldFound<T extends object>(part: T, fixed: readonly string[], diff: (a: T, b: T) => object | null | undefined): string[] {
  const keys = Object.keys(part);
  expect(keys.length).toBeGreaterThan(0);
  const missed: string[] = [];
  for (const key of keys) {
    const changed = { ...part, [key]: other(part[key as keyof T]) } as T;
    const found = diff(part, changed) as Record<string, unknown> | null | undefined;
    if (fixed.includes(key)) {
      expect(found?.[key]).toBeUndefined();
    } else if (!found || !(key in found)) {
      missed.push(key);
    } else if (key !== "score") {
      expect(found[key]).toBe(changed[key as keyof T]);
    }
  }
  return missed;
}

describe("what changed in a view's parts", () => {
  const view = midMatchView();

  it("a side box: every field but the fixed ones, and of the score sheet every figure", () => {
    expect(eachFieldFound(view.A, FIXED_FIELDS.box, boxChanges)).toEqual([]);
    const score = view.A.score;
    for (const figure of Object.keys(score) as (keyof typeof score)[]) {
      const b = { ...view.A, score: { ...score, [figure]: score[figure] + 1 } };
      expect(boxChanges(view.A, b)).toEqual({ score: { [figure]: score[figure] + 1 } });
    }
    expect(boxChanges(view.A, structuredClone(view.A))).toBeNull();
  });

  it("the player's own part: every field but its side", () => {
    expect(eachFieldFound(view.you!, FIXED_FIELDS.you, youChanges)).toEqual([]);
    // Each list and object compared by content, except what the view passes through untouched.
    const copy = {
      ...view.you!,
      timers: structuredClone(view.you!.timers),
      hint: structuredClone(view.you!.hint),
      prefill: structuredClone(view.you!.prefill),
    };
    expect(youChanges(view.you, copy)).toBeUndefined();
    // A spectator's null, and a part that appears, go whole.
    expect(youChanges(null, view.you)).toBe(view.you);
    expect(youChanges(view.you, null)).toBeNull();
    expect(youChanges(null, null)).toBeUndefined();
  });

  it("the clock: every field", () => {
    expect(eachFieldFound(view.clock, [], clockChanges)).toEqual([]);
    expect(clockChanges(view.clock, { ...view.clock })).toBeNull();
  });

  it("the wire: each field of each segment in flight, and the list's length", () => {
    const wire = view.wire;
    expect(
      sameWire(
        wire,
        wire.map((w) => ({ ...w })),
      ),
    ).toBe(true);
    for (const key of Object.keys(wire[0]!) as (keyof (typeof wire)[number])[]) {
      expect(sameWire(wire, [{ ...wire[0]!, [key]: other(wire[0]![key]) }, ...wire.slice(1)])).toBe(false);
    }
    expect(sameWire(wire, wire.slice(1))).toBe(false);
  });
});
