// The timers a room uses: the match's wake-up and the bots' think time. Plain Node timers
// rather than the room's Colyseus clock: that clock only moves when Colyseus ticks it, every
// 16 ms per room without a patch timer, which cost 14% of a core with 2,000 idle rooms
// (npm run loadtest). A Node timer costs nothing until it fires.
import { log } from "../log";

export interface Timer {
  clear(): void;
}

export interface Scheduler {
  setTimeout(callback: () => void, ms: number): Timer;
}

/** Node timers; a throwing callback is logged, never allowed to take the process down. */
export const nodeScheduler: Scheduler = {
  setTimeout(callback, ms) {
    const handle = setTimeout(() => {
      try {
        callback();
      } catch (error) {
        log.error("timer.exception", { error: (error as Error).message });
      }
    }, ms);
    return { clear: () => clearTimeout(handle) };
  },
};
