// The two true figures of a timer ring: how long the timer lasts in a real TCP, and how many
// game seconds are left here. Network time runs at `rates.flying` while segments are in
// flight and at `rates.idle` once the wire is empty (docs/ARCHITECTURE.md "Two clocks").
import type { Profile, TimerName } from "../../../shared/tcp/types";
import { LINUX_FIN_WAIT_2_MS, LINUX_TIME_WAIT_MS } from "../../../shared/tcp/profile";

/** RFC 9293 3.4.2: MSL is 2 minutes (the scenarios shorten it; a real stack does not). */
export const RFC_MSL_MS = 120_000;
/** RFC 6298 2.4: an RTO below 1 second is rounded up to 1 second. */
export const MIN_RTO_MS = 1000;

export function realDuration(timer: TimerName, profile: Profile): { n: number; unit: "min" | "s" | "rto" } {
  const ms =
    timer === "time-wait"
      ? profile === "linux"
        ? LINUX_TIME_WAIT_MS
        : 2 * RFC_MSL_MS
      : timer === "fin-wait-2"
        ? LINUX_FIN_WAIT_2_MS
        : MIN_RTO_MS;
  if (timer === "retransmit") return { n: ms / 1000, unit: "rto" };
  return ms % 60_000 === 0 && ms > 60_000 ? { n: ms / 60_000, unit: "min" } : { n: ms / 1000, unit: "s" };
}

/**
 * Wall seconds until network time reaches `at` from `net`: at the flying rate until the last
 * segment in flight lands (`busyUntil`), at the idle rate after that.
 */
export function gameSecondsLeft(net: number, at: number, busyUntil: number | null, rates: { flying: number; idle: number }): number {
  const left = Math.max(0, at - net);
  if (left === 0) return 0;
  const busy = busyUntil === null ? 0 : Math.min(left, Math.max(0, busyUntil - net));
  const wall = busy / Math.max(rates.flying, 1e-9) + (left - busy) / Math.max(rates.idle, 1e-9);
  return wall / 1000;
}

/** When the last segment now in flight lands (network ms): until then network time runs slowly. */
export function busyUntil(wire: readonly { arriveAt: number | null }[]): number | null {
  let last: number | null = null;
  for (const w of wire) if (w.arriveAt !== null && (last === null || w.arriveAt > last)) last = w.arriveAt;
  return last;
}
