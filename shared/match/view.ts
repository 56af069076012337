// What one player (or a spectator) may see. The rule: never the true state of an
// undeclared checkpoint, never the peer's true state, never the owed segments except as
// guided mode's hint. Peer verdicts and declarations are shown once the match has ended.
// A spectator sees during play only what both players may see (the wire, scores, scripts):
// a player could otherwise open a spectator tab on their own room and read the peer's
// declared states and verdicts.
import type { Side } from "../scenarios/types";
import { TCP_STATES, type TcpState, type TimerName } from "../tcp/types";
import { shownArrival, waitingFor } from "./context";
import type { Verdict } from "../referee/types";
import type { LadderEntry, MatchState, PlayerView, SideView, Viewer } from "./types";

function sideView(m: MatchState, side: Side, viewer: Viewer): SideView {
  const s = m.sides[side];
  const setup = m.scenario[side];
  return {
    side,
    role: setup.role,
    address: setup.address,
    port: setup.port,
    // The ISS of the connection in use, or of the next one once the player knows it is CLOSED
    // (read from what was revealed, so it never tells an undeclared state).
    iss: s.checkpoint === null && s.revealed === "CLOSED" ? s.nextIss : s.endpoint.iss,
    // The peer's learnt state may still be its true state: players see only their own.
    revealed: viewer === side || m.ended !== null ? s.revealed : null,
    score: { ...s.score },
    checkpointPending: s.checkpoint !== null,
  };
}

/** Outside guided mode the segment TCP wanted is not told during play (it would be a hint). */
function withoutExpected(m: MatchState, v: Verdict): Verdict {
  return m.config.difficulty === "guided" || v.expected === null ? v : { ...v, expected: null };
}

/** Whether `viewer` may see this ladder entry now, and in what form. */
function filterEntry(m: MatchState, viewer: Viewer, e: LadderEntry): LadderEntry | null {
  if (m.ended !== null) return e;
  // (No local helper closure here: tsx's keepNames wraps each one created, once per entry
  // per view, which cost ~4% of the server's busy CPU under load.)
  switch (e.kind) {
    case "segment":
      // The wire is public; a verdict on the peer's segment is the expert player's to find.
      if (e.verdict === null) return e;
      return viewer === e.from ? { ...e, verdict: withoutExpected(m, e.verdict) } : { ...e, verdict: null };
    case "declaration": {
      if (viewer !== e.side) return null;
      // A first wrong try does not tell the answer.
      return e.right || e.try >= 2 ? e : { ...e, truth: e.declared };
    }
    case "refused":
      return viewer === e.side ? { ...e, verdict: withoutExpected(m, e.verdict) } : null;
    case "script":
      return e;
    case "timer":
      // Which timer fired gives the state away: shown to its side once it has declared.
      return viewer === e.side && m.sides[e.side].checkpoint === null ? e : null;
  }
}

/** A short list for guided mode's state picker: the truth and three neighbours, rotated by the checkpoint id. */
export function stateChoices(truth: TcpState, checkpointId: number): TcpState[] {
  const i = TCP_STATES.indexOf(truth);
  const start = Math.min(Math.max(i - (checkpointId % 4), 0), TCP_STATES.length - 4);
  return TCP_STATES.slice(start, start + 4);
}

export function viewFor(m: MatchState, viewer: Viewer): PlayerView {
  return viewWithSources(m, viewer).view;
}

/**
 * The view, and for each entry of its ladder the match's own entry behind it. A server
 * that sends ladder deltas compares these cheaply instead of the entries' contents: during
 * play a shown entry depends only on its source, and a source changes in place only while
 * its segment flies (fate, departAt, arrivedAt); the end reveals everything at once.
 */
export function viewWithSources(m: MatchState, viewer: Viewer): { view: PlayerView; sources: LadderEntry[] } {
  const ladder: LadderEntry[] = [];
  const sources: LadderEntry[] = [];
  for (const e of m.ladder) {
    const v = filterEntry(m, viewer, e);
    if (v !== null) {
      ladder.push(v);
      sources.push(e);
    }
  }
  let you: PlayerView["you"] = null;
  if (viewer !== "spectator") {
    const s = m.sides[viewer];
    const guided = m.config.difficulty === "guided";
    const cp = s.checkpoint;
    const timers: { timer: TimerName; at: number }[] = [];
    if (cp === null) {
      const t = s.endpoint.timers;
      if (t.retransmit) timers.push({ timer: "retransmit", at: t.retransmit.deadline });
      if (t.timeWait !== null) timers.push({ timer: "time-wait", at: t.timeWait });
      if (t.finWait2 !== null) timers.push({ timer: "fin-wait-2", at: t.finWait2 });
    }
    you = {
      side: viewer,
      checkpoint: cp === null ? null : { id: cp.id, tries: cp.tries, cause: cp.cause },
      timers: cp === null ? timers : null,
      received: s.endpoint.received,
      hint: guided && cp === null ? s.owed.map((o) => ({ ...o, flags: { ...o.flags } })) : null,
      prefill: guided && cp === null ? { seq: s.endpoint.state === "CLOSED" ? s.nextIss : s.endpoint.sndNxt, ack: s.endpoint.rcvNxt } : null,
      stateChoices: guided && cp !== null ? stateChoices(cp.truth, cp.id) : null,
      nextClientSeq: s.lastClientSeq + 1,
    };
  }
  const c = m.clock;
  const view: PlayerView = {
    viewer,
    scenarioId: m.scenario.id,
    difficulty: m.config.difficulty,
    A: sideView(m, "A", viewer),
    B: sideView(m, "B", viewer),
    you,
    wire: m.wire.flying.map((f) => ({ id: f.id, from: f.from, segment: f.segment, sentAt: f.sentAt, arriveAt: shownArrival(m, f) })),
    ladder,
    clock: { netNow: c.netNow, paused: c.paused, wallAnchor: c.wallAnchor, netAnchor: c.netAnchor, rate: c.rate },
    waitingFor: m.ended === null ? waitingFor(m) : [],
    goal: m.scenario.goal,
    goalReached: m.goalReachedAt !== null,
    ended: m.ended,
  };
  return { view, sources };
}

