// The two clocks of a match. Network time (TCP ms) runs at `rate` TCP ms per wall ms from
// an anchor, and stands still while the network waits for a player.
import type { ClockState } from "./types";

// Float anchors make wall->net conversions inexact by a hair; an event is due at the wall
// time nextWakeAt reports for it, by construction (both use wakeWall).
const EPS = 1e-6;

export function createClock(rate: number): ClockState {
  return { netNow: 0, paused: false, wallAnchor: 0, netAnchor: 0, rate, lastWall: 0 };
}

/** Network time reached at wall time `wall` (ignores pauses: call only while running). */
export function netAt(c: ClockState, wall: number): number {
  return c.netAnchor + Math.floor((wall - c.wallAnchor) * c.rate + EPS);
}

/** The (fractional) wall time at which network time `net` is reached while running. */
export function wallOf(c: ClockState, net: number): number {
  return c.wallAnchor + (net - c.netAnchor) / c.rate;
}

/** The whole wall millisecond at which an event at network time `net` is due. */
export function wakeWall(c: ClockState, net: number): number {
  return Math.max(c.lastWall, Math.ceil(wallOf(c, net) - EPS));
}

/** Moves the anchor to (wall, net), from where time runs at `rate`. */
export function reanchor(c: ClockState, wall: number, net: number, rate: number): void {
  c.wallAnchor = wall;
  c.netAnchor = net;
  c.netNow = net;
  c.rate = rate;
}
