// A timer ring tells two true figures: how long the timer lasts in a real TCP, and the game
// seconds left here (slow while segments fly, fast once the wire is empty).
import { describe, expect, it } from "vitest";
import { gameSecondsLeft, realDuration } from "../../client/src/match/timers";

describe("timer ring figures", () => {
  it("give 2MSL as 4 min with the RFC's MSL and 60 s in Linux; FIN_WAIT_2 as Linux's 60 s", () => {
    expect(realDuration("time-wait", "rfc")).toEqual({ n: 4, unit: "min" });
    expect(realDuration("time-wait", "linux")).toEqual({ n: 60, unit: "s" });
    expect(realDuration("fin-wait-2", "linux")).toEqual({ n: 60, unit: "s" });
    expect(realDuration("retransmit", "rfc")).toEqual({ n: 1, unit: "rto" });
  });

  it("count a 60 s network wait on an empty wire at the idle rate: 3 s at 20 TCP ms per ms", () => {
    expect(gameSecondsLeft(0, 60_000, null, { flying: 0.25, idle: 20 })).toBeCloseTo(3, 5);
  });

  it("count the time until the last segment lands at the flying rate, the rest at the idle rate", () => {
    // 200 ms of flight at 0.25 (0.8 s), then 59.8 s at 20 (2.99 s).
    expect(gameSecondsLeft(0, 60_000, 200, { flying: 0.25, idle: 20 })).toBeCloseTo(3.79, 5);
    // A timer that fires before the flight lands runs at the flying rate only.
    expect(gameSecondsLeft(0, 100, 200, { flying: 0.25, idle: 20 })).toBeCloseTo(0.4, 5);
  });

  it("are 0 once the deadline has passed", () => {
    expect(gameSecondsLeft(5000, 4000, null, { flying: 1, idle: 1 })).toBe(0);
  });
});
