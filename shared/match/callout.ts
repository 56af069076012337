// Expert: a player may call out a wrong segment the peer sent (the trickster's tricks):
// its flags, seq or ack, or that it should not have been sent at all. The referee's
// verdict on that segment, made when it was sent, decides. A right call earns points, a
// false one costs some; the ladder keeps the call and the debrief explains it.
import type { MistakeCode } from "../referee/types";
import type { Side } from "../scenarios/types";
import { emit, type Ctx } from "./context";
import { addPoints, CALLOUT_FALSE, CALLOUT_RIGHT } from "./scoring";
import { CALLOUT_CLAIMS, type CalloutClaim, type Rejection } from "./types";

/** The referee's mistake categories each claim stands for. */
export const CLAIM_MISTAKES: Record<CalloutClaim, readonly MistakeCode[]> = {
  flags: ["wrong-flags"],
  seq: ["wrong-seq"],
  ack: ["wrong-ack"],
  "not-needed": ["not-needed", "too-early"],
};

export function claimIsRight(claim: CalloutClaim, mistakes: readonly MistakeCode[]): boolean {
  return CLAIM_MISTAKES[claim].some((m) => mistakes.includes(m));
}

export function actCallout(ctx: Ctx, side: Side, segmentId: unknown, claim: unknown): Rejection | null {
  const m = ctx.m;
  if (typeof segmentId !== "number" || !Number.isInteger(segmentId) || !(CALLOUT_CLAIMS as readonly unknown[]).includes(claim)) {
    return { code: "action/invalid" };
  }
  const c = claim as CalloutClaim;
  const peer: Side = side === "A" ? "B" : "A";
  const entry = m.ladder.find((e) => e.kind === "segment" && e.id === segmentId);
  if (
    m.config.difficulty !== "expert" ||
    entry?.kind !== "segment" ||
    entry.from !== peer ||
    entry.copyOf !== null ||
    entry.verdict === null
  ) {
    return { code: "action/callout-not-allowed" };
  }
  if (m.ladder.some((e) => e.kind === "callout" && e.side === side && e.segmentId === segmentId)) {
    return { code: "action/already-called-out" };
  }
  const mistakes = entry.verdict.ok ? [] : [...entry.verdict.mistakes];
  const right = claimIsRight(c, mistakes);
  const points = right ? CALLOUT_RIGHT : CALLOUT_FALSE;
  const s = m.sides[side];
  addPoints(s.score, "callouts", points);
  m.ladder.push({ kind: "callout", side, segmentId, claim: c, right, mistakes, points, at: m.clock.netNow, wall: ctx.wall });
  emit(ctx, side, { type: "called-out", side, segmentId, claim: c, right, points });
  emit(ctx, "all", { type: "score", side, score: { ...s.score } });
  return null;
}
