// The match reducer: applyInput(match, input) -> {match, events}. The server room, the
// local runner and the offline client all run this same function.
//
// Cheap by design (a server runs thousands of matches): the match is updated in place and
// returned; callers keep no reference to an old match they still need (clone it first).
import type { Side } from "../scenarios/types";
import { actCall, actDeclare, actSegment } from "./actions";
import { actCallout } from "./callout";
import { wakeWall } from "./clock";
import { emit, type Ctx } from "./context";
import { nextNetEvent, runNetwork, syncClock } from "./network";
import type { ApplyResult, EndReason, MatchInput, MatchState, PlayerAction, Rejection } from "./types";

function reject(ctx: Ctx, rejection: Rejection): ApplyResult {
  return { match: ctx.m, events: ctx.events, rejection };
}

export function applyInput(match: MatchState, input: MatchInput): ApplyResult {
  const ctx: Ctx = { m: match, events: [], wall: input.now };
  const m = match;
  // Refusals that come before anything moves are not logged: they change nothing.
  if (m.ended !== null) return reject(ctx, { code: "action/match-over" });
  if (!Number.isFinite(input.now) || input.now < m.clock.lastWall) return reject(ctx, { code: "action/time-backwards" });
  if (input.type === "action") {
    const s = m.sides[input.side];
    if (s === undefined) return reject(ctx, { code: "action/invalid" });
    if (input.clientSeq !== undefined) {
      if (!(input.clientSeq > s.lastClientSeq)) return reject(ctx, { code: "action/stale" });
      s.lastClientSeq = input.clientSeq;
    }
  }

  m.inputs.push(input);
  runNetwork(ctx, input.now);
  m.clock.lastWall = input.now;
  let rejection: Rejection | null = null;
  if (input.type === "action") rejection = act(ctx, input.side, input.action);
  if (input.type === "end") finish(ctx, "host");
  checkEnd(ctx);
  syncClock(ctx, input.now);
  return rejection === null ? { match: m, events: ctx.events } : { match: m, events: ctx.events, rejection };
}

function act(ctx: Ctx, side: Side, action: PlayerAction): Rejection | null {
  const s = ctx.m.sides[side];
  let rejection: Rejection | null;
  if (typeof action !== "object" || action === null) rejection = { code: "action/invalid" };
  else if (action.type === "declare") rejection = actDeclare(ctx, side, action.state);
  // A call-out judges the peer's past segment: it may be made while a checkpoint is pending.
  else if (action.type === "callout") rejection = actCallout(ctx, side, action.segmentId, action.claim);
  else if (s.checkpoint !== null) rejection = { code: "action/declare-first" };
  else if (action.type === "segment") rejection = actSegment(ctx, side, action.segment, action.finMode);
  else if (action.type === "call") rejection = actCall(ctx, side, action.call);
  else rejection = { code: "action/invalid" };
  if (rejection !== null && rejection.code !== "action/wrong-segment" && rejection.code !== "action/call-not-allowed") {
    emit(ctx, side, { type: "rejected", side, rejection });
  }
  return rejection;
}

/**
 * The match ends when its goal is reached and nobody has a checkpoint to answer, or when
 * both sides are CLOSED after a connection with nothing left on the wire or owed.
 */
function checkEnd(ctx: Ctx): void {
  const m = ctx.m;
  if (m.ended !== null) return;
  const { A, B } = m.sides;
  const calm = A.checkpoint === null && B.checkpoint === null;
  if (m.goalReachedAt !== null && calm) return finish(ctx, "goal");
  const used = m.ladder.some((e) => e.kind === "segment");
  const closed =
    A.endpoint.state === "CLOSED" &&
    B.endpoint.state === "CLOSED" &&
    m.wire.flying.length === 0 &&
    A.owed.length === 0 &&
    B.owed.length === 0 &&
    m.script.every((p) => p.fired || p.armedAt === null);
  if (used && closed && calm) finish(ctx, "closed");
}

function finish(ctx: Ctx, reason: EndReason): void {
  const m = ctx.m;
  m.ended = { reason, wall: ctx.wall, net: m.clock.netNow };
  emit(ctx, "all", {
    type: "ended",
    reason,
    scores: { A: { ...m.sides.A.score }, B: { ...m.sides.B.score } },
  });
}

/**
 * Wall time at which the server must send the next `advance` (a segment lands, a timer
 * fires, a scripted event is due), or null when nothing happens until a player acts.
 */
export function nextWakeAt(m: MatchState): number | null {
  if (m.ended !== null || m.clock.paused) return null;
  const ev = nextNetEvent(m);
  return ev === null ? null : wakeWall(m.clock, ev.at);
}
