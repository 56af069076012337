// The trickster: plays like the tutor but, at a set rate, sends a segment with a mistake
// from the referee's categories, for an expert player to catch.
import { nextFloat, nextInt } from "../net/rng";
import { judgeSegment } from "../referee/judge";
import type { MistakeCode } from "../referee/types";
import type { MatchState, PlayerAction, SegmentDraft } from "../match/types";
import type { Side } from "../scenarios/types";
import { seqAdd } from "../tcp/seq";
import type { Endpoint } from "../tcp/types";
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
/** At most this many unprompted segments per match, so a match still ends. */
export const MAX_IDLE_TRICKS = 2;

/**
 * A segment sent when TCP would send nothing: the head of the retransmission queue again
 * before its timer (too-early), or an ACK with nothing new to acknowledge (not-needed).
 */
/** Whether the last segment this side built was wrong (sent in expert, refused otherwise). */
function lastWasMistake(match: MatchState, side: Side): boolean {
  for (let i = match.ladder.length - 1; i >= 0; i--) {
    const e = match.ladder[i]!;
    if (e.kind === "refused" && e.side === side) return true;
    if (e.kind === "segment" && e.from === side && e.verdict !== null) return !e.verdict.ok;
  }
  return false;
}

/** Unprompted mistakes already made, read from the match (whatever the caller did with the memory). */
function idleTricksSoFar(match: MatchState, side: Side): number {
  let n = 0;
  for (const e of match.ladder) {
    const v = e.kind === "refused" && e.side === side ? e.verdict : e.kind === "segment" && e.from === side ? e.verdict : null;
    if (v !== null && (v.mistakes.includes("too-early") || v.mistakes.includes("not-needed"))) n++;
  }
  return n;
}

export function idleTrick(ep: Endpoint): SegmentDraft | null {
  const head = ep.retransmitQueue[0];
  const synced = ep.irs !== null;
  const flags = { syn: false, ack: synced, fin: false, rst: false, psh: false };
  if (head !== undefined) {
    return {
      seq: head.seq,
      ack: synced ? ep.rcvNxt : 0,
      flags: { ...flags, syn: head.syn, fin: head.fin, psh: head.data.length > 0 },
      data: head.data,
    };
  }
  if (ep.state === "ESTABLISHED" || ep.state === "CLOSE_WAIT" || ep.state === "FIN_WAIT_2") {
    return { seq: ep.sndNxt, ack: ep.rcvNxt, flags, data: "" };
  }
  return null;
}

export function makeTrickster(rate: number): Bot {
  return (match, side, memory) => {
    const { action, nextStep } = rightAction(match, side, memory);
    const advanced = nextStep === memory.step ? memory : { ...memory, step: nextStep };
    const s = match.sides[side];
    // The ladder's length is mixed in so that a caller who keeps the old memory after a
    // refusal (the refusal is in the ladder) still gets a fresh roll, never a loop.
    const [roll, r1] = nextFloat({ s: (memory.rng.s ^ Math.imul(match.ladder.length + 1, 0x9e3779b1)) >>> 0 });
    // A mistake is followed by the right segment: never two in a row, so a match at any
    // rate goes on and the peer is not flooded with wrong segments to answer.
    if (lastWasMistake(match, side)) return { action, memory: { ...advanced, rng: r1 } };
    if (action === null && s.checkpoint === null && match.ended === null && idleTricksSoFar(match, side) < MAX_IDLE_TRICKS) {
      const idle = roll < rate ? idleTrick(s.endpoint) : null;
      const j = idle && judgeSegment(s.endpoint, s.owed, idle, undefined, match.clock.netNow, s.nextIss);
      if (idle !== null && j !== null && !j.verdict.ok)
        return { action: { type: "segment", segment: idle }, memory: { ...memory, rng: r1 } };
      return { action: null, memory: { ...memory, rng: r1 } };
    }
    if (action === null || action.type !== "segment") return { action, memory: advanced };
    if (roll >= rate) return { action, memory: { ...advanced, rng: r1 } };
    const [k, r2] = nextInt(r1, SPOILS.length);
    const spoiled = spoil(action.segment, SPOILS[k]!);
    // Only a segment the referee really calls wrong counts as a trick.
    const j = judgeSegment(s.endpoint, s.owed, spoiled, action.finMode, match.clock.netNow, s.nextIss);
    if (j.verdict.ok) return { action, memory: { ...advanced, rng: r2 } };
    const trick: PlayerAction = action.finMode
      ? { type: "segment", segment: spoiled, finMode: action.finMode }
      : { type: "segment", segment: spoiled };
    // The task step is done only if the engine took the call (expert); otherwise it stays due.
    const keep = match.config.difficulty === "expert" && j.call !== null ? advanced : memory;
    return { action: trick, memory: { ...keep, rng: r2 } };
  };
}

export const trickster: Bot = makeTrickster(0.3);
