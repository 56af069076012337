// How long the event loop was blocked. Node's monitorEventLoopDelay records the whole time
// between two runs of its sampling timer, the timer's own period included: an idle loop
// sampled every 5 ms shows about 5 ms at every percentile, and a 20 ms block shows as about
// 25. What a run came late by, the interval less the period, is the block.
import { monitorEventLoopDelay } from "node:perf_hooks";

/** The sampling timer's period. */
const LOOP_SAMPLE_MS = 5;

export interface LoopBlocks {
  /** p99 and longest block since the last reset, in ms. */
  p99Ms(): number;
  maxMs(): number;
  reset(): void;
  disable(): void;
}

export function loopBlocks(): LoopBlocks {
  const histogram = monitorEventLoopDelay({ resolution: LOOP_SAMPLE_MS });
  histogram.enable();
  const late = (ns: number) => Math.max(0, ns / 1e6 - LOOP_SAMPLE_MS);
  return {
    p99Ms: () => late(histogram.percentile(99)),
    maxMs: () => late(histogram.max),
    reset: () => histogram.reset(),
    disable: () => histogram.disable(),
  };
}
