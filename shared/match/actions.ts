// A player's actions: build a segment, make a call, declare a state.
import { sendOnWire } from "../net/wire";
import { judgeSegment } from "../referee/judge";
import type { Verdict } from "../referee/types";
import type { Side } from "../scenarios/types";
import { isSeqNumber } from "../tcp/seq";
import { TCP_STATES, type Segment, type TcpState } from "../tcp/types";
import { CALL_REFUSED, callEvent, step } from "../tcp/index";
import { announceFlight, emit, ladderSegment, touch, type Ctx } from "./context";
import { addPoints, RIGHT_SEGMENT, STATE_FIRST_TRY, STATE_SECOND_TRY, streakBonus, WRONG_SEGMENT } from "./scoring";
import { segmentFeedback, stateAnswer, stateFeedback } from "./feedback";
import type { CallName, FinMode, Rejection, SegmentDraft } from "./types";

/** Longest payload a player may type (the composer's limit is lower). */
export const MAX_DATA = 256;

/**
 * A clean copy of what the player built (missing data is "", unknown fields dropped), or
 * null when it is malformed. The server validates too; this keeps the reducer total.
 */
function cleanDraft(d: unknown): SegmentDraft | null {
  if (typeof d !== "object" || d === null) return null;
  const x = d as Partial<SegmentDraft>;
  const f = x.flags;
  if (typeof f !== "object" || f === null) return null;
  const flags = { syn: f.syn, ack: f.ack, fin: f.fin, rst: f.rst, psh: f.psh ?? false };
  if (!Object.values(flags).every((b) => typeof b === "boolean")) return null;
  const data = x.data ?? "";
  if (typeof x.seq !== "number" || typeof x.ack !== "number" || !isSeqNumber(x.seq) || !isSeqNumber(x.ack)) return null;
  if (typeof data !== "string" || data.length > MAX_DATA) return null;
  return { seq: x.seq, ack: x.ack, flags: flags as SegmentDraft["flags"], data };
}

function scoreEvent(ctx: Ctx, side: Side): void {
  emit(ctx, "all", { type: "score", side, score: { ...ctx.m.sides[side].score } });
}

/** Puts a segment a player built on the wire and logs it with the referee's verdict. */
function transmit(ctx: Ctx, side: Side, seg: Segment, verdict: Verdict): number {
  const m = ctx.m;
  const s = m.sides[side];
  const r = sendOnWire(m.wire, m.scenario.network, m.rng, side, seg, m.clock.netNow, s.endpoint.state);
  m.rng = r.rng;
  for (const f of r.released) {
    const entry = ladderSegment(m, f.id);
    if (entry) entry.departAt = f.departAt;
    emit(ctx, "all", { type: "segment-released", id: f.id, arriveAt: f.arriveAt! });
  }
  const [original, ...copies] = r.placed;
  announceFlight(ctx, original!, verdict);
  for (const c of copies) announceFlight(ctx, c);
  return original!.id;
}

export function actSegment(ctx: Ctx, side: Side, built: SegmentDraft, finMode?: FinMode): Rejection | null {
  const draft = cleanDraft(built);
  if (draft === null || (finMode !== undefined && finMode !== "shutdown" && finMode !== "close")) return { code: "action/invalid" };
  const m = ctx.m;
  const s = m.sides[side];
  const now = m.clock.netNow;
  const { verdict, call } = judgeSegment(s.endpoint, s.owed, draft, finMode, now, s.nextIss);
  const seg: Segment = { ...draft, window: s.endpoint.rcvWnd };
  const difficulty = m.config.difficulty;

  if (verdict.ok) {
    s.owed = s.owed.filter((_, i) => !verdict.satisfies.includes(i));
    s.strayed = false;
    s.refusedInRow = 0;
    s.feedback = null;
    addPoints(s.score, "segments", RIGHT_SEGMENT);
    const id = transmitAfterCall(ctx, side, seg, verdict, call);
    emit(ctx, side, { type: "verdict", side, segmentId: id, ok: true, mistakes: [] });
    scoreEvent(ctx, side);
    return null;
  }

  if (difficulty !== "expert") {
    // Guided blocks with the segment TCP would send; standard refuses and costs points.
    m.ladder.push({ kind: "refused", side, segment: draft, verdict, at: now, wall: ctx.wall });
    if (difficulty === "standard") {
      addPoints(s.score, "penalties", WRONG_SEGMENT);
      scoreEvent(ctx, side);
    }
    // Told at once: why (naming the concept), and from the second refusal in a row the answer.
    s.refusedInRow = (s.refusedInRow ?? 0) + 1;
    s.feedback = segmentFeedback(s.endpoint, draft, verdict, s.refusedInRow);
    const rejection: Rejection = {
      code: "action/wrong-segment",
      mistakes: verdict.mistakes,
      hint: difficulty === "guided" ? verdict.expected : null,
      feedback: s.feedback,
    };
    emit(ctx, side, { type: "rejected", side, rejection });
    return rejection;
  }

  // Expert: the wrong segment goes on the wire; the peer's TCP will answer it as TCP would.
  // No explanation until the debrief: the verdict event names no mistake.
  addPoints(s.score, "penalties", WRONG_SEGMENT);
  const id = transmitAfterCall(ctx, side, seg, verdict, call);
  // Its owed segments stay owed, but stop holding the network until it acts again.
  s.strayed = true;
  emit(ctx, side, { type: "verdict", side, segmentId: id, ok: false, mistakes: [] });
  scoreEvent(ctx, side);
  return null;
}

/**
 * If the segment stands for a user call the engine accepted, the call is applied first
 * (the engine's own segment is consumed when it is the one sent, otherwise stays owed),
 * then the player's segment goes on the wire and the side gets a checkpoint.
 */
function transmitAfterCall(ctx: Ctx, side: Side, seg: Segment, verdict: Verdict, call: ReturnType<typeof judgeSegment>["call"]): number {
  const m = ctx.m;
  const s = m.sides[side];
  if (call === null) return transmit(ctx, side, seg, verdict);
  // The engine's emitted segments: if the player built them right they are on the wire now.
  const result = verdict.ok ? { ...call, segments: [] } : call;
  // The sender's state for network rules (`inState`) is the state it sends from: after the call.
  s.endpoint = call.endpoint;
  const id = transmit(ctx, side, seg, verdict);
  const cause = { kind: "sent" as const, segmentId: id };
  touch(ctx, side, result, cause);
  return id;
}

export function actCall(ctx: Ctx, side: Side, call: CallName): Rejection | null {
  if (call !== "listen" && call !== "close" && call !== "abort") return { code: "action/invalid" };
  const m = ctx.m;
  const s = m.sides[side];
  const r = step(s.endpoint, callEvent(call, { iss: s.nextIss }), m.clock.netNow);
  const refused = r.notes.some((n) => CALL_REFUSED.includes(n.code));
  if (refused || (r.segments.length === 0 && r.endpoint.state === s.endpoint.state)) {
    const rejection: Rejection = { code: "action/call-not-allowed" };
    emit(ctx, side, { type: "rejected", side, rejection });
    return rejection;
  }
  // Any segment the call makes (close(): a FIN; abort(): a RST) is owed: the player builds it.
  touch(ctx, side, r, { kind: "call", call });
  return null;
}

export function actDeclare(ctx: Ctx, side: Side, state: TcpState): Rejection | null {
  const m = ctx.m;
  const s = m.sides[side];
  const cp = s.checkpoint;
  if (!(TCP_STATES as readonly string[]).includes(state)) return { code: "action/invalid" };
  if (cp === null) return { code: "action/nothing-to-declare" };
  const right = state === cp.truth;
  const attempt = cp.tries + 1;
  const before = s.revealed;
  let points = 0;
  if (right && attempt === 1) {
    s.streak += 1;
    points = STATE_FIRST_TRY;
    addPoints(s.score, "declarations", STATE_FIRST_TRY);
    const bonus = streakBonus(s.streak);
    if (bonus > 0) addPoints(s.score, "streak", bonus);
    points += bonus;
  } else {
    s.streak = 0;
    if (right) {
      points = STATE_SECOND_TRY;
      addPoints(s.score, "declarations", STATE_SECOND_TRY);
    }
  }
  m.ladder.push({
    kind: "declaration",
    side,
    checkpointId: cp.id,
    declared: state,
    truth: cp.truth,
    right,
    try: attempt,
    at: m.clock.netNow,
    wall: ctx.wall,
    notes: right || attempt >= 2 ? cp.notes : [],
  });
  // The answer is shown when right, or after the second wrong try.
  const done = right || attempt >= 2;
  // Outside expert mode a wrong try is explained at once (the first without the answer).
  const explain = m.config.difficulty !== "expert" && !right;
  const feedback = !explain
    ? null
    : done
      ? stateAnswer(s.feedback ?? null, cp.truth, cp.notes)
      : stateFeedback(cp, before, state, m.ladder);
  s.feedback = feedback;
  if (done) {
    s.revealed = cp.truth;
    s.checkpoint = null;
  } else {
    cp.tries = attempt;
  }
  const declared = { type: "declared" as const, side, checkpointId: cp.id, declared: state, right, truth: done ? cp.truth : null, points };
  emit(ctx, side, feedback ? { ...declared, feedback } : declared);
  if (done) emit(ctx, side, { type: "notes", side, checkpointId: cp.id, notes: cp.notes, at: cp.at });
  scoreEvent(ctx, side);
  return null;
}
