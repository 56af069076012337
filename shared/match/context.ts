// The working context of one input: the match being updated and the events produced.
// Every change to a side's endpoint goes through `touch`, which keeps owed segments,
// checkpoints, history, scripts, old duplicates and the goal in step.
import { nextUint32 } from "../net/rng";
import { releaseOldDuplicates, type InFlight } from "../net/wire";
import type { Side } from "../scenarios/types";
import type { StepResult } from "../tcp/types";
import { sameSegment } from "../referee/segments";
import type { Verdict } from "../referee/types";
import { addPoints, GOAL_BONUS, speedBonus } from "./scoring";
import type { Audience, CheckpointCause, MatchEventBody, MatchEvent, MatchState, SideState } from "./types";
import { goalReached } from "./goal";

export interface Ctx {
  m: MatchState;
  events: MatchEvent[];
  /** Wall time of the input being applied. */
  wall: number;
}

export function emit(ctx: Ctx, audience: Audience, body: MatchEventBody): void {
  // Every caller passes a fresh object literal: it becomes the event (no copy per event).
  const event = body as MatchEvent;
  event.audience = audience;
  ctx.events.push(event);
}

/**
 * Applies an engine step to a side: new endpoint, emitted segments become owed, and the
 * side gets a checkpoint (the true state stays in the match until declared).
 */
export function touch(ctx: Ctx, side: Side, result: StepResult, cause: CheckpointCause): void {
  const m = ctx.m;
  const s = m.sides[side];
  const before = s.endpoint.state;
  s.endpoint = result.endpoint;
  const after = s.endpoint.state;
  if (after !== s.history[s.history.length - 1]) s.history.push(after);
  // Back in CLOSED: the next connection gets a fresh ISN from the seeded source (RFC 9293 3.4.1).
  if (after === "CLOSED" && before !== "CLOSED") drawIss(m, s);
  let added = false;
  for (const seg of result.segments) {
    // A retransmission of a segment the player has not built yet is the same debt, not a new one.
    if (s.owed.some((o) => sameSegment(o, seg))) continue;
    s.owed.push(seg);
    added = true;
  }
  if (added) {
    s.strayed = false;
    if (m.config.difficulty === "guided") emit(ctx, side, { type: "owed-hint", side, segments: [...s.owed] });
  }
  if (s.checkpoint === null) {
    s.checkpoint = { id: m.nextCheckpointId++, truth: after, tries: 0, cause, at: m.clock.netNow, notes: [...result.notes] };
    emit(ctx, "all", { type: "checkpoint", side, checkpointId: s.checkpoint.id, cause });
  } else {
    // Two events at one instant: one checkpoint, about the latest state.
    s.checkpoint.truth = after;
    s.checkpoint.notes.push(...result.notes);
  }
  afterChange(ctx);
}

export function drawIss(m: MatchState, s: SideState): void {
  const [iss, rng] = nextUint32(m.rng);
  m.rng = rng;
  s.nextIss = iss;
}

/** After any endpoint change: arm scripts, release old duplicates, detect the goal. */
export function afterChange(ctx: Ctx): void {
  const m = ctx.m;
  const now = m.clock.netNow;
  m.scenario.script.forEach((ev, i) => {
    const p = m.script[i]!;
    if (p.armedAt === null && !p.fired && m.sides[ev.when.side].endpoint.state === ev.when.state) {
      p.armedAt = now + (ev.when.afterMs ?? 0);
    }
  });
  const olds = releaseOldDuplicates(m.wire, { A: m.sides.A.endpoint.state, B: m.sides.B.endpoint.state }, now);
  for (const f of olds) announceFlight(ctx, f);
  if (m.goalReachedAt === null && goalReached(m)) {
    m.goalReachedAt = now;
    m.goalReachedWall = ctx.wall;
    const speed = m.config.speedBonus === false ? 0 : speedBonus(ctx.wall / 1000, m.scenario.parSeconds);
    for (const side of ["A", "B"] as const) {
      addPoints(m.sides[side].score, "goal", GOAL_BONUS);
      addPoints(m.sides[side].score, "speed", speed);
      emit(ctx, "all", { type: "score", side, score: { ...m.sides[side].score } });
    }
    emit(ctx, "all", { type: "goal", at: now });
  }
}

/** The arrival time everyone is shown: a lost segment looks like any other until it vanishes. */
export function shownArrival(m: MatchState, f: InFlight): number | null {
  if (f.departAt === null) return null;
  return f.fate === "drop" ? f.departAt + m.wire.delayMs + f.extraMs : f.arriveAt;
}

/** Logs a flight in the ladder and tells everyone it is on the wire. */
export function announceFlight(ctx: Ctx, f: InFlight, verdict: Verdict | null = null): void {
  const m = ctx.m;
  m.ladder.push({
    kind: "segment",
    id: f.id,
    from: f.from,
    segment: f.segment,
    sentAt: f.sentAt,
    departAt: f.departAt,
    arrivedAt: null,
    fate: "flying",
    copyOf: f.copyOf,
    verdict,
  });
  emit(ctx, "all", {
    type: "segment-sent",
    id: f.id,
    from: f.from,
    segment: f.segment,
    sentAt: f.sentAt,
    arriveAt: shownArrival(m, f),
    copyOf: f.copyOf,
  });
}

/** The ladder entry of segment `id` (searched from the end: recent segments are looked up). */
export function ladderSegment(m: MatchState, id: number) {
  for (let i = m.ladder.length - 1; i >= 0; i--) {
    const e = m.ladder[i]!;
    if (e.kind === "segment" && e.id === id) return e;
  }
  return null;
}

/** Sides the network is waiting for: an undeclared checkpoint, or segments still owed. */
export function waitingFor(m: MatchState): Side[] {
  return (["A", "B"] as const).filter((side) => {
    const s = m.sides[side];
    return s.checkpoint !== null || (s.owed.length > 0 && !s.strayed);
  });
}
