// The trickster: plays like the tutor but, at a set rate, sends a segment with a mistake
// from the referee's categories, for an expert player to catch.
import { nextFloat, nextInt } from "../net/rng";
import { judgeSegment } from "../referee/judge";
import type { MistakeCode } from "../referee/types";
import type { PlayerAction, SegmentDraft } from "../match/types";
import { seqAdd } from "../tcp/seq";
import { rightAction } from "./tutor";
import type { Bot } from "./types";

/** Turns a right segment into one with the given mistake. */
export function spoil(d: SegmentDraft, mistake: MistakeCode): SegmentDraft {
  switch (mistake) {
    case "wrong-seq":
      return { ...d, seq: seqAdd(d.seq, 1) };
    case "wrong-ack":
      return d.flags.ack ? { ...d, ack: seqAdd(d.ack, 1) } : { ...d, flags: { ...d.flags, ack: true }, ack: seqAdd(d.ack, 1) };
    case "wrong-flags":
      // Forgetting the ACK on a segment that needs one is the classic slip.
      return d.flags.ack && !d.flags.rst ? { ...d, flags: { ...d.flags, ack: false } } : { ...d, flags: { ...d.flags, fin: !d.flags.fin } };
    case "not-needed":
    case "too-early":
      return d;
  }
}

const SPOILS: readonly MistakeCode[] = ["wrong-seq", "wrong-ack", "wrong-flags"];

export function makeTrickster(rate: number): Bot {
  return (match, side, memory) => {
    const { action, stepDone } = rightAction(match, side, memory);
    const advanced = stepDone ? { ...memory, step: memory.step + 1 } : memory;
    if (action === null || action.type !== "segment") return { action, memory: advanced };
    // The ladder's length is mixed in so that a caller who keeps the old memory after a
    // refusal (the refusal is in the ladder) still gets a fresh roll, never a loop.
    const [roll, r1] = nextFloat({ s: (memory.rng.s ^ Math.imul(match.ladder.length + 1, 0x9e3779b1)) >>> 0 });
    if (roll >= rate) return { action, memory: { ...advanced, rng: r1 } };
    const [k, r2] = nextInt(r1, SPOILS.length);
    const spoiled = spoil(action.segment, SPOILS[k]!);
    // Only a segment the referee really calls wrong counts as a trick.
    const s = match.sides[side];
    const j = judgeSegment(s.endpoint, s.owed, spoiled, action.finMode, match.clock.netNow, s.nextIss);
    if (j.verdict.ok) return { action, memory: { ...advanced, rng: r2 } };
    const trick: PlayerAction = action.finMode ? { type: "segment", segment: spoiled, finMode: action.finMode } : { type: "segment", segment: spoiled };
    // The task step is done only if the engine took the call (expert); otherwise it stays due.
    const keep = match.config.difficulty === "expert" && j.call !== null ? advanced : memory;
    return { action: trick, memory: { ...keep, rng: r2 } };
  };
}

export const trickster: Bot = makeTrickster(0.3);
