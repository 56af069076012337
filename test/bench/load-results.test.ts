// The load test's merging of several generator processes' results (bench/loadtest/stats.ts)
// and the generator's --slice option.
import { describe, expect, it } from "vitest";
import { mergeResults, quantile, sliceOption, type LoadResult } from "../../bench/loadtest/stats";

function result(latencies: number[], over: Partial<LoadResult> = {}): LoadResult {
  const unanswered = latencies.filter((v) => v === Number.POSITIVE_INFINITY).length;
  return {
    players: 2_000,
    connected: 2_000,
    actions: latencies.length,
    samples: latencies.length - unanswered,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    p999: quantile(latencies, 0.999),
    max: quantile(latencies, 1),
    messages: latencies.length * 3,
    unanswered,
    matchesFinished: 10,
    errors: 0,
    windowSeconds: 30,
    clientCpuUs: 1_000_000,
    clientLoopDelayP99Ms: 5,
    clientLoopDelayMaxMs: 20,
    latencies,
    ...over,
  };
}

describe("mergeResults", () => {
  it("gives a single generator's result as it is", () => {
    const one = result([1, 2, 3]);
    expect(mergeResults([one])).toBe(one);
  });

  it("adds the counts and CPU, takes the worst stall and the percentiles over all latencies together", () => {
    // 900 fast actions in one process, 100 slow ones in the other: the merged p99 is one of
    // the slow ones, the merged p50 one of the fast.
    const fast = Array.from({ length: 900 }, (_, i) => 1 + i / 1000);
    const slow = Array.from({ length: 100 }, (_, i) => 200 + i);
    const merged = mergeResults([
      result(fast, { clientLoopDelayMaxMs: 45, windowSeconds: 30.01 }),
      result(slow, { errors: 2, firstError: "room/x: y", clientLoopDelayP99Ms: 9 }),
    ]);
    expect(merged.players).toBe(4_000);
    expect(merged.connected).toBe(4_000);
    expect(merged.actions).toBe(1_000);
    expect(merged.messages).toBe(3_000);
    expect(merged.matchesFinished).toBe(20);
    expect(merged.errors).toBe(2);
    expect(merged.firstError).toBe("room/x: y");
    expect(merged.clientCpuUs).toBe(2_000_000);
    expect(merged.clientLoopDelayP99Ms).toBe(9);
    expect(merged.clientLoopDelayMaxMs).toBe(45);
    expect(merged.windowSeconds).toBe(30.01);
    expect(merged.p50).toBeCloseTo(1.499, 6);
    expect(merged.p99).toBe(289);
    expect(merged.max).toBe(299);
    expect(merged.latencies).toHaveLength(1_000);
  });

  it("counts an action nobody answered as slower than any sample, whichever process timed it", () => {
    const merged = mergeResults([result([1, 2, 3]), result([4, Number.POSITIVE_INFINITY])]);
    expect(merged.unanswered).toBe(1);
    expect(merged.samples).toBe(4);
    expect(merged.max).toBe(Number.POSITIVE_INFINITY);
    expect(merged.p50).toBe(3);
  });

  it("refuses a result without its latencies, which it could not merge", () => {
    const { latencies: _, ...without } = result([1, 2]);
    expect(() => mergeResults([result([1]), without])).toThrow("mergeResults: a generator's result has no latencies");
  });
});

describe("sliceOption", () => {
  it("takes g/K with 0 <= g < K, and all the pairs when not given", () => {
    expect(sliceOption(undefined)).toEqual([0, 1]);
    expect(sliceOption("0/1")).toEqual([0, 1]);
    expect(sliceOption("1/2")).toEqual([1, 2]);
  });

  it.each(["2/2", "0/0", "-1/2", "1", "a/b", "1/2/3", ""])("refuses %j with an error naming the option", (value) => {
    expect(() => sliceOption(value)).toThrow(`--slice: expected g/K with 0 <= g < K, got "${value}"`);
  });
});
