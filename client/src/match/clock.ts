// Network time on the client. The server's view carries its clock (anchor, rate, paused)
// and the wall time it was made at; the client maps its own monotonic clock onto the
// match's wall time once per view, then network time is computed every frame, so segments
// fly at the network delay exactly as the reducer will deliver them.
import type { PlayerView } from "../../../shared/match/types";

export interface NetClockState {
  netNow: number;
  paused: boolean;
  wallAnchor: number;
  netAnchor: number;
  rate: number;
}

export class NetClock {
  /** localMs - matchWallMs, from the last sync. */
  private offset = 0;
  private clock: NetClockState = { netNow: 0, paused: true, wallAnchor: 0, netAnchor: 0, rate: 0 };

  constructor(private readonly localNow: () => number = () => performance.now()) {}

  /** `wallNow`: the match wall time the view was made at. */
  sync(view: Pick<PlayerView, "clock">, wallNow: number): void {
    this.offset = this.localNow() - wallNow;
    this.clock = { ...view.clock };
  }

  /** The match's wall time now, as the server would say it. */
  wall(): number {
    return this.localNow() - this.offset;
  }

  /** Network (TCP) ms now. While paused it stands still: "the network waits for you". */
  net(): number {
    const c = this.clock;
    if (c.paused) return c.netNow;
    return Math.max(c.netNow, c.netAnchor + (this.wall() - c.wallAnchor) * c.rate);
  }

  get paused(): boolean {
    return this.clock.paused;
  }

  /** Network ms per wall ms while running (to show game time next to TCP time). */
  get rate(): number {
    return this.clock.rate;
  }
}
