// Running the network: segments land, timers fire, scripted events happen, in network-time
// order, one at a time, until the network has to wait for a player or reaches `wall`.
import { nextFlight, removeFlight, wireBusy, type InFlight } from "../net/wire";
import type { Side } from "../scenarios/types";
import { callEvent, nextDeadline, step } from "../tcp/index";
import type { TcpEvent, TimerName } from "../tcp/types";
import { netAt, reanchor, wakeWall, wallOf } from "./clock";
import { emit, ladderSegment, touch, waitingFor, type Ctx } from "./context";
import type { MatchState } from "./types";

type NetEvent =
  | { kind: "script"; at: number; index: number }
  | { kind: "timer"; at: number; side: Side; timer: TimerName }
  | { kind: "flight"; at: number; flight: InFlight }
  /** Nothing happens but time passing: a host's quiet time ends, so a bot can retry. */
  | { kind: "quiet-ends"; at: number };

const KIND_ORDER = { script: 0, timer: 1, flight: 2, "quiet-ends": 3 } as const;

/** The next thing that will happen on the network, or null if nothing is scheduled. */
export function nextNetEvent(m: MatchState): NetEvent | null {
  const cands: NetEvent[] = [];
  m.script.forEach((p, index) => {
    if (p.armedAt !== null && !p.fired) cands.push({ kind: "script", at: Math.max(p.armedAt, m.clock.netNow), index });
  });
  for (const side of ["A", "B"] as const) {
    const d = nextDeadline(m.sides[side].endpoint);
    if (d) cands.push({ kind: "timer", at: Math.max(d.at, m.clock.netNow), side, timer: d.timer });
    const q = m.sides[side].endpoint.quietUntil;
    if (q !== null && q > m.clock.netNow) cands.push({ kind: "quiet-ends", at: q });
  }
  const f = nextFlight(m.wire);
  if (f) cands.push({ kind: "flight", at: Math.max(f.arriveAt!, m.clock.netNow), flight: f });
  let best: NetEvent | null = null;
  for (const c of cands) {
    if (best === null || c.at < best.at || (c.at === best.at && KIND_ORDER[c.kind] < KIND_ORDER[best.kind])) best = c;
  }
  return best;
}

/**
 * The rate network time runs at now: slow while segments fly (to watch them), fast while
 * only timers are pending (2MSL passes in seconds), normal when nothing is scheduled.
 */
export function currentRate(m: MatchState): number {
  const c = m.config;
  if (wireBusy(m.wire)) return c.timeFactor;
  return nextNetEvent(m) !== null ? (c.idleTimeFactor ?? c.timeFactor) : c.timeFactor;
}

// A match that loops forever would hang a server; real matches process a handful per input.
const MAX_EVENTS_PER_INPUT = 10_000;

/** Runs the network up to wall time `wall` (or until it has to wait for a player). */
export function runNetwork(ctx: Ctx, wall: number): void {
  const m = ctx.m;
  for (let n = 0; n < MAX_EVENTS_PER_INPUT; n++) {
    if (m.ended !== null || m.clock.paused) return;
    const ev = nextNetEvent(m);
    if (ev === null || wakeWall(m.clock, ev.at) > wall) break;
    // The event happens at its own network time, at the (fractional) wall time it maps to.
    const evWall = Math.max(m.clock.wallAnchor, wallOf(m.clock, ev.at));
    m.clock.netNow = ev.at;
    processEvent(ctx, ev);
    syncClock(ctx, evWall);
  }
  if (!m.clock.paused) {
    const net = Math.max(m.clock.netNow, netAt(m.clock, wall));
    reanchor(m.clock, wall, net, currentRate(m));
  }
}

/**
 * Pauses the network while a player owes something ("the network waits for you"), resumes
 * it from `wall` when nobody does, and keeps the rate right for what is on the wire.
 */
export function syncClock(ctx: Ctx, wall: number): void {
  const m = ctx.m;
  const waiting = m.ended === null ? waitingFor(m) : [];
  const paused = waiting.length > 0;
  if (paused !== m.clock.paused) {
    m.clock.paused = paused;
    emit(ctx, "all", { type: "network", paused, waitingFor: waiting, netNow: m.clock.netNow });
  }
  // Paused or not, the anchor moves to now: a client computing network time from the anchor
  // gets netNow while paused.
  reanchor(m.clock, wall, m.clock.netNow, paused ? m.clock.rate : currentRate(m));
}

function processEvent(ctx: Ctx, ev: NetEvent): void {
  const m = ctx.m;
  const at = ev.at;
  switch (ev.kind) {
    case "quiet-ends":
      return;
    case "script": {
      const p = m.script[ev.index]!;
      const def = m.scenario.script[ev.index]!;
      p.fired = true;
      const s = m.sides[def.side];
      // A scripted action is a user call, or the host's reboot (RFC 9293 3.4.3).
      const event: TcpEvent = def.action === "reboot" ? { type: "reboot" } : callEvent(def.action, { iss: s.nextIss });
      m.ladder.push({ kind: "script", side: def.side, action: def.action, at });
      emit(ctx, "all", { type: "script", side: def.side, action: def.action, at });
      // A rebooted host has lost its owed segments along with everything else.
      if (def.action === "reboot") s.owed = [];
      touch(ctx, def.side, step(s.endpoint, event, at), { kind: "script", action: def.action });
      return;
    }
    case "timer": {
      const s = m.sides[ev.side];
      m.ladder.push({ kind: "timer", side: ev.side, timer: ev.timer, at });
      touch(ctx, ev.side, step(s.endpoint, { type: "timeout", timer: ev.timer }, at), { kind: "timer" });
      return;
    }
    case "flight": {
      const f = ev.flight;
      removeFlight(m.wire, f.id);
      const entry = ladderSegment(m, f.id);
      if (f.fate === "drop") {
        if (entry) entry.fate = "dropped";
        emit(ctx, "all", { type: "segment-lost", id: f.id, at });
        return;
      }
      if (entry) {
        entry.arrivedAt = at;
        entry.fate = f.kind === "original" ? "delivered" : f.kind === "duplicate" ? "duplicate" : "old";
      }
      const to: Side = f.from === "A" ? "B" : "A";
      emit(ctx, "all", { type: "segment-arrived", id: f.id, to, at });
      const s = m.sides[to];
      touch(ctx, to, step(s.endpoint, { type: "segment", segment: f.segment }, at), { kind: "received", segmentId: f.id });
      return;
    }
  }
}
