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
import type { LadderEntry, MatchEvent, MatchState, PlayerView, SideView, Viewer } from "./types";

function sideView(m: MatchState, side: Side, viewer: Viewer): SideView {
  const s = m.sides[side];
  const setup = m.scenario[side];
  return {
    side,
    role: setup.role,
    address: setup.address,
    port: setup.port,
    iss: shownIss(m, side, viewer),
    // The peer's learnt state may still be its true state: players see only their own.
    revealed: viewer === side || m.ended !== null ? s.revealed : null,
    score: { ...s.score },
    checkpointPending: s.checkpoint !== null,
  };
}

/**
 * The ISS of the connection in use, or of the next one once the player knows it is CLOSED
 * (read from what was revealed, so it never tells an undeclared state). A player learns the
 * peer's ISS only from the peer's SYN carrying it (RFC 9293 3.4: IRS is SEG.SEQ of the SYN
 * received), or had it before the scenario began if it starts ESTABLISHED; until then it is
 * null. A spectator, who plays neither side, sees both, as before.
 */
function shownIss(m: MatchState, side: Side, viewer: Viewer): number | null {
  const s = m.sides[side];
  const iss = s.checkpoint === null && s.revealed === "CLOSED" ? s.nextIss : s.endpoint.iss;
  if (viewer === "spectator" || viewer === side || m.ended !== null) return iss;
  if (m.scenario[viewer].start === "ESTABLISHED") return iss;
  // After a reboot the peer has a new ISS: only a SYN that carries it tells it.
  const learnt = m.ladder.some(
    (e) => e.kind === "segment" && e.from === side && e.arrivedAt !== null && e.segment.flags.syn && e.segment.seq === iss,
  );
  return learnt ? iss : null;
}

/** Outside guided mode the segment TCP wanted is not told during play (it would be a hint). */
function withoutExpected(m: MatchState, v: Verdict): Verdict {
  return m.config.difficulty === "guided" || v.expected === null ? v : { ...v, expected: null };
}

/** Whether `viewer` may see this ladder entry now. */
function isShown(m: MatchState, viewer: Viewer, e: LadderEntry): boolean {
  if (m.ended !== null) return true;
  switch (e.kind) {
    case "segment":
    case "script":
      // The wire is public.
      return true;
    case "declaration":
    case "refused":
    case "callout":
      return viewer === e.side;
    case "timer":
      // Which timer fired gives the state away: shown to its side once it has declared.
      return viewer === e.side && m.sides[e.side].checkpoint === null;
  }
}

/** The form in which `viewer` sees a ladder entry it may see (see isShown). */
export function shownEntry(m: MatchState, viewer: Viewer, e: LadderEntry): LadderEntry {
  return m.ended !== null ? e : shownInPlay(m, viewer, e);
}

/**
 * Whether `viewer` saw `e` during play as the end shows it: the end reveals every entry
 * whole, so an entry that was never shown in part is, at the end, what the viewer already
 * holds. A server that sends the end as a delta does not send these again
 * (server/rooms/views.ts). The form in play keeps every field of `e` but the ones it hides,
 * so comparing field by field finds those.
 */
export function shownAsPlayed(m: MatchState, viewer: Viewer, e: LadderEntry): boolean {
  const played = shownInPlay(m, viewer, e) as unknown as Record<string, unknown>;
  const whole = e as unknown as Record<string, unknown>;
  if (played === whole) return true;
  for (const key in whole) if (played[key] !== whole[key]) return false;
  return true;
}

/** The form of an entry during play, which hides what the debrief tells (see shownEntry). */
function shownInPlay(m: MatchState, viewer: Viewer, e: LadderEntry): LadderEntry {
  switch (e.kind) {
    case "segment":
      // A verdict on the peer's segment is the expert player's to find.
      if (e.verdict === null) return e;
      // Expert: no explanation until the debrief, not even of one's own segments.
      if (m.config.difficulty === "expert") return { ...e, verdict: null };
      return viewer === e.from ? { ...e, verdict: withoutExpected(m, e.verdict) } : { ...e, verdict: null };
    case "declaration":
      // A first wrong try does not tell the answer.
      return e.right || e.try >= 2 ? e : { ...e, truth: e.declared };
    case "refused":
      return { ...e, verdict: withoutExpected(m, e.verdict) };
    case "callout":
      // Right or not is told at once; what was wrong with the segment waits for the debrief.
      return { ...e, mistakes: [] };
    default:
      return e;
  }
}

/**
 * Guided mode's short list for the state picker: the truth and three states next to it in
 * TCP_STATES order, the list wrapping from the last state round to the first. Where the truth
 * sits in that window comes from the match's secret seed (never in a view) mixed with the
 * checkpoint id, and the list is shown in TCP_STATES order: the four states, their order and
 * the public checkpoint id tell nothing about which one is right (each of the four is the
 * truth for one of the four offsets).
 */
export function stateChoices(truth: TcpState, checkpointId: number, seed: number): TcpState[] {
  const n = TCP_STATES.length;
  const i = TCP_STATES.indexOf(truth);
  const offset = mix32(seed, checkpointId) % 4;
  const picked = new Set<number>();
  for (let k = 0; k < 4; k++) picked.add((((i - offset + k) % n) + n) % n);
  return TCP_STATES.filter((_, index) => picked.has(index));
}

/** A 32-bit hash of two integers (murmur3's finaliser): pure, and the same on every replay. */
function mix32(a: number, b: number): number {
  let h = (Math.imul(a >>> 0, 0x9e3779b1) ^ (b >>> 0)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The form in which `viewer` gets an event addressed to it. A checkpoint's cause (a timer
 * fired, a segment arrived, a call was made) tells its side what happened; to the peer and
 * to spectators it would tell which event moved the other endpoint, so during play they
 * learn only that a checkpoint opened.
 */
export function shownEvent(m: MatchState, viewer: Viewer, e: MatchEvent): MatchEvent {
  if (e.type !== "checkpoint" || viewer === e.side || m.ended !== null) return e;
  return { ...e, cause: null };
}

/**
 * Events a client is not sent, because its view carries what they say: a side's score (the
 * side boxes), the network's pause and whom it waits for (`clock`, `waitingFor`), a checkpoint
 * opened (`you.checkpoint`, and `checkpointPending` in the side boxes). The owed segments of
 * guided mode's hint come only as `you.hint`, which is null while a checkpoint is pending:
 * sent as an event when they are owed, they would tell a guided player the state it is about
 * to declare (a SYN,ACK owed: SYN_RCVD). The reducer still makes all of them, for the match
 * log, the tests and the server's own use.
 */
export const EVENTS_THE_VIEW_CARRIES: ReadonlySet<MatchEvent["type"]> = new Set(["score", "network", "checkpoint", "owed-hint"]);

/** The events of one step that `viewer` is sent, in order and in the form it may see them. */
export function eventsFor(m: MatchState, viewer: Viewer, events: readonly MatchEvent[]): MatchEvent[] {
  const out: MatchEvent[] = [];
  for (const e of events) {
    if (EVENTS_THE_VIEW_CARRIES.has(e.type) || (e.audience !== "all" && e.audience !== viewer)) continue;
    out.push(shownEvent(m, viewer, e));
  }
  return out;
}

export function viewFor(m: MatchState, viewer: Viewer): PlayerView {
  const { view, sources } = viewParts(m, viewer);
  for (const e of sources) view.ladder.push(shownEntry(m, viewer, e));
  return view;
}

/**
 * The view without its ladder (`view.ladder` is empty), and the match's own entries this
 * viewer may see (`sources`); `shownEntry` gives the form each is shown in. A server that
 * sends ladder deltas compares sources cheaply instead of contents, and builds only the
 * entries it sends: during play a shown entry depends only on its source, a source changes
 * in place only while its segment flies (fate, departAt, arrivedAt), and the end reveals
 * everything at once.
 */
export function viewParts(m: MatchState, viewer: Viewer): { view: PlayerView; sources: LadderEntry[] } {
  const sources: LadderEntry[] = [];
  for (const e of m.ladder) if (isShown(m, viewer, e)) sources.push(e);
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
      prefill:
        guided && cp === null ? { seq: s.endpoint.state === "CLOSED" ? s.nextIss : s.endpoint.sndNxt, ack: s.endpoint.rcvNxt } : null,
      stateChoices: guided && cp !== null ? stateChoices(cp.truth, cp.id, m.config.seed) : null,
      nextClientSeq: s.lastClientSeq + 1,
      feedback: m.config.difficulty === "expert" ? null : (s.feedback ?? null),
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
    ladder: [],
    clock: { netNow: c.netNow, paused: c.paused, wallAnchor: c.wallAnchor, netAnchor: c.netAnchor, rate: c.rate },
    rates: { flying: m.config.timeFactor, idle: m.config.idleTimeFactor ?? m.config.timeFactor },
    waitingFor: m.ended === null ? waitingFor(m) : [],
    goal: m.scenario.goal,
    goalReached: m.goalReachedAt !== null,
    ended: m.ended,
  };
  return { view, sources };
}
