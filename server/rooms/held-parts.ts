// The parts of a view the view tracker (views.ts) keeps of what a client holds, as copies of
// its own (changed in place, or for `you`'s lists and objects copied anew when they change),
// never the objects the view was built with. A part that lives from one step to the next
// outlives the collector's young generation: held as built, the view's objects of every step
// would be promoted to the old generation and die there (see the load test's GC line in
// docs/guide/benchmarks.md). Each function takes what changed (frame-diff.ts found it) into
// the tracker's own copy.
import type { SideFrame } from "../../shared/protocol";
import type { PlayerView, SideView, WireView } from "../../shared/match/types";

type You = NonNullable<PlayerView["you"]>;

/** `from`'s items in the tracker's own array `into`. */
export function copyInto<T>(into: T[], from: readonly T[]): void {
  into.length = from.length;
  for (let i = 0; i < from.length; i++) into[i] = from[i]!;
}

/** The wire in the tracker's own array of its own flights, reused from step to step. */
export function holdWire(into: WireView[], from: readonly WireView[]): WireView[] {
  for (let i = 0; i < from.length; i++) {
    const f = from[i]!;
    const own = into[i];
    if (own) Object.assign(own, f);
    else into[i] = { ...f };
  }
  into.length = from.length;
  return into;
}

/** A side box of the tracker's own. */
export const ownBox = (box: SideView): SideView => ({ ...box, score: { ...box.score } });

/** The changed fields of a side box (boxChanges) into the tracker's own. */
export function patchBox(box: SideView, changes: SideFrame): void {
  if (changes.iss !== undefined) box.iss = changes.iss;
  if (changes.revealed !== undefined) box.revealed = changes.revealed;
  if (changes.checkpointPending !== undefined) box.checkpointPending = changes.checkpointPending;
  if (changes.score) Object.assign(box.score, changes.score);
}

/** A player's own part of the tracker's own, its lists and objects included. */
export function ownYou(you: PlayerView["you"]): PlayerView["you"] {
  if (you === null) return null;
  const own: You = { ...you };
  patchYou(own, you);
  return own;
}

/**
 * The changed fields of a player's own part (youChanges) into the tracker's own, each list
 * and object as a copy: they change seldom, and mostly by going (a pending checkpoint
 * clears the timers, the hint and the prefill), so a changed one is copied anew rather than
 * edited in place. The feedback and a checkpoint's cause are the match's own objects, which
 * the reducer replaces and never edits (see frame-diff.ts): they are held as they are.
 */
export function patchYou(own: You, changes: Partial<You>): void {
  const { checkpoint, timers, hint, prefill, stateChoices } = changes;
  if (checkpoint !== undefined) own.checkpoint = checkpoint === null ? null : { ...checkpoint };
  if (timers !== undefined) own.timers = timers === null ? null : timers.map((t) => ({ ...t }));
  if (changes.received !== undefined) own.received = changes.received;
  if (hint !== undefined) own.hint = hint === null ? null : hint.map((s) => ({ ...s, flags: { ...s.flags } }));
  if (prefill !== undefined) own.prefill = prefill === null ? null : { ...prefill };
  if (stateChoices !== undefined) own.stateChoices = stateChoices === null ? null : [...stateChoices];
  if (changes.nextClientSeq !== undefined) own.nextClientSeq = changes.nextClientSeq;
  if (changes.feedback !== undefined) own.feedback = changes.feedback;
}
