// Small helpers for the load test's figures.
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";

/** The q-quantile (0..1) of `samples` by nearest rank; NaN when empty. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

/**
 * How the load generator (clients.ts) runs: through tsx, its SDK clients on the `ws` package
 * rather than Node's built-in WebSocket (the SDK takes the global one when there is one),
 * which costs the machine the server shares less CPU: the generator stands in for browsers
 * on other machines.
 */
export const GENERATOR_EXEC_ARGV = ["--import", "tsx", "--no-experimental-websocket"];

export const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");

/** Runs `tasks` with at most `limit` in flight; resolves to the results in order. */
export async function pool<T>(count: number, limit: number, task: (i: number) => Promise<T>): Promise<PromiseSettledResult<T>[]> {
  const results: PromiseSettledResult<T>[] = new Array(count);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < count) {
      const i = next++;
      try {
        results[i] = { status: "fulfilled", value: await task(i) };
      } catch (reason) {
        results[i] = { status: "rejected", reason };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
  return results;
}

/** Pauses of one kind of collection: how many, their sum and the longest, in ms. */
export interface PauseTotals {
  count: number;
  totalMs: number;
  maxMs: number;
}

/** Scavenges of the young generation (minor) and mark-compacts of the whole heap (major). */
export interface GcPauses {
  minor: PauseTotals;
  major: PauseTotals;
}

/** Messages between the load test's processes (over Node's IPC channel). */
export type LoadMessage =
  | { type: "ready"; port: number }
  | { type: "usage?" }
  | { type: "profile-start" }
  | { type: "profile-stop" }
  | { type: "profiled"; file: string }
  | {
      type: "usage";
      cpuUs: number;
      /** CPU of the main thread alone (the event loop); the rest is V8's helper threads and workers. */
      mainCpuUs: number;
      /** Garbage collection pauses on the main thread since the previous report. */
      gc: GcPauses;
      rssBytes: number;
      heapBytes: number;
      heapTotalBytes: number;
      externalBytes: number;
      arrayBufferBytes: number;
      elu: number;
      loopDelayP99Ms: number;
      loopDelayMaxMs: number;
    }
  | { type: "joined"; players: number; failed: number; joinSeconds: number; firstError?: string }
  /** To each of several generators (clients.ts --slice), once all have joined. */
  | { type: "go" }
  | { type: "quiet-start" }
  | { type: "quiet-end" }
  | { type: "measure-start" }
  | { type: "measure-end" }
  | { type: "result"; result: LoadResult };

export interface LoadResult {
  players: number;
  /** Players still connected at the end of the window. */
  connected: number;
  actions: number;
  /** Actions whose peer update was seen. */
  samples: number;
  p50: number;
  p99: number;
  p999: number;
  /** Messages the players received in the window. */
  messages: number;
  max: number;
  /** Actions with no peer update within the timeout. */
  unanswered: number;
  matchesFinished: number;
  errors: number;
  firstError?: string;
  windowSeconds: number;
  /** The load generator's own CPU during the window, µs (to see whether it was the bottleneck). */
  clientCpuUs: number;
  /** How long the generator's own event loop was blocked in the window (p99, max), ms. */
  clientLoopDelayP99Ms: number;
  clientLoopDelayMaxMs: number;
  /** --profile: the generator's CPU profile of the window. */
  clientProfile?: string;
  /** Every timed action's latency, ms (Infinity: unanswered), for merging several generators' results. */
  latencies?: number[];
}

/** `--slice g/K` with 0 <= g < K: a generator's share of the pairs; none given: all of them ([0, 1]). */
export function sliceOption(value: string | undefined): [number, number] {
  if (value === undefined) return [0, 1];
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const g = Number(m?.[1]);
  const k = Number(m?.[2]);
  if (!m || k < 1 || g >= k) throw new Error(`--slice: expected g/K with 0 <= g < K, got "${value}"`);
  return [g, k];
}

/**
 * One result for several generator processes that shared the players: counts and CPU added,
 * the percentiles taken over all their latencies together, the worst of their own stalls.
 */
export function mergeResults(results: readonly LoadResult[]): LoadResult {
  if (results.length === 1) return results[0]!;
  const sum = (f: (r: LoadResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const worst = (f: (r: LoadResult) => number) => Math.max(...results.map(f));
  const latencies = results.flatMap((r) => {
    if (!r.latencies) throw new Error("mergeResults: a generator's result has no latencies");
    return r.latencies;
  });
  const firstError = results.find((r) => r.firstError)?.firstError;
  return {
    players: sum((r) => r.players),
    connected: sum((r) => r.connected),
    actions: sum((r) => r.actions),
    samples: sum((r) => r.samples),
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    p999: quantile(latencies, 0.999),
    max: quantile(latencies, 1),
    messages: sum((r) => r.messages),
    unanswered: sum((r) => r.unanswered),
    matchesFinished: sum((r) => r.matchesFinished),
    errors: sum((r) => r.errors),
    ...(firstError ? { firstError } : {}),
    windowSeconds: worst((r) => r.windowSeconds),
    clientCpuUs: sum((r) => r.clientCpuUs),
    clientLoopDelayP99Ms: worst((r) => r.clientLoopDelayP99Ms),
    clientLoopDelayMaxMs: worst((r) => r.clientLoopDelayMaxMs),
    latencies,
  };
}

/** The next IPC message of `type` from a benchmark's child process; rejects on a timeout or an exit. */
export function nextMessage<T extends LoadMessage["type"]>(
  proc: ChildProcess,
  type: T,
  timeoutMs: number,
): Promise<Extract<LoadMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`no "${type}" from ${proc.pid} within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (m: LoadMessage) => m?.type === type && done(null, m as Extract<LoadMessage, { type: T }>);
    const onExit = (code: number | null) => done(new Error(`process ${proc.pid} exited (${code}) before "${type}"`));
    function done(err: Error | null, m?: Extract<LoadMessage, { type: T }>) {
      clearTimeout(timer);
      proc.off("message", onMessage);
      proc.off("exit", onExit);
      if (err) reject(err);
      else resolve(m!);
    }
    proc.on("message", onMessage);
    proc.on("exit", onExit);
  });
}

/** The machine's CPU time so far, all cores (Linux /proc/stat, in clock ticks); null elsewhere. */
export interface MachineTimes {
  total: number;
  idle: number;
  /** Time the hypervisor gave to other guests while this machine had work to run. */
  steal: number;
}

export function machineTimes(): MachineTimes | null {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!;
    // cpu user nice system idle iowait irq softirq steal ...
    const t = line.trim().split(/\s+/).slice(1).map(Number);
    if (t.length < 8 || t.some((n) => !Number.isFinite(n))) return null;
    return { total: t.slice(0, 8).reduce((a, b) => a + b, 0), idle: t[3]! + t[4]!, steal: t[7]! };
  } catch {
    return null;
  }
}

/** "the cores were busy X% (steal Y%)" between two readings, or null when not on Linux. */
export function machineLine(start: MachineTimes | null, end: MachineTimes | null): string | null {
  if (!start || !end || end.total <= start.total) return null;
  const total = end.total - start.total;
  const busy = total - (end.idle - start.idle);
  return `the machine's cores were busy ${fmt((busy / total) * 100)}% of the window, ${fmt(((end.steal - start.steal) / total) * 100)}% taken by the hypervisor (steal)`;
}
