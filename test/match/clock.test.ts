// Two clocks: network time runs at timeFactor while segments fly, at idleTimeFactor while
// only timers are pending, and stands still while the network waits for a player.
import { describe, expect, it } from "vitest";
import { nextWakeAt } from "../../shared/match/reducer";
import { playScenario } from "../../shared/bots/local";
import { Driver, ISN_A, ISN_B, newMatch, plus, scenario } from "./helpers";

describe("clocks", () => {
  it("nothing scheduled: nextWakeAt is null until a player acts", () => {
    expect(nextWakeAt(newMatch())).toBeNull();
  });

  it("the network waits while a checkpoint is undeclared, then a segment lands one delay later", () => {
    const d = new Driver(newMatch({}, { timeFactor: 0.5, wireDelayMs: 100 }));
    d.send("A", `S seq=${ISN_A}`);
    expect(d.m.clock.paused).toBe(true);
    expect(nextWakeAt(d.m)).toBeNull();
    d.wall = 5000;
    d.declare("A", "SYN_SENT");
    // 100 TCP ms at 0.5 TCP ms per wall ms: 200 wall ms after the declaration.
    expect(nextWakeAt(d.m)).toBe(5010 + 200);
  });

  it("a slow player never causes a retransmission: the SYN timer does not fire while B owes its SYN,ACK", () => {
    const d = new Driver(newMatch());
    d.send("A", `S seq=${ISN_A}`);
    d.declare("A", "SYN_SENT");
    d.advanceTo(nextWakeAt(d.m)!);
    d.declare("B", "SYN_RCVD");
    expect(d.m.sides.B.owed).toHaveLength(1);
    // B thinks for a long time (wall); network time must not move.
    const before = d.m.clock.netNow;
    d.advanceTo(10_000_000);
    expect(d.m.clock.netNow).toBe(before);
    expect(d.m.ladder.filter((e) => e.kind === "timer")).toHaveLength(0);
    expect(d.m.sides.A.owed).toHaveLength(0);
    d.send("B", `SA seq=${ISN_B} ack=${plus(ISN_A, 1)}`);
    expect(d.m.clock.paused).toBe(false);
  });

  it("a lost SYN is retransmitted by the timer and owed again by its player", () => {
    const d = new Driver(newMatch({ network: [{ kind: "drop", match: { from: "A", flags: "SYN", nth: 1 } }] }));
    d.send("A", `S seq=${ISN_A}`);
    d.declare("A", "SYN_SENT");
    for (let i = 0; i < 5 && d.m.sides.A.owed.length === 0; i++) d.advanceTo(nextWakeAt(d.m)!);
    expect(d.m.ladder.some((e) => e.kind === "segment" && e.fate === "dropped")).toBe(true);
    expect(d.m.ladder.some((e) => e.kind === "timer" && e.timer === "retransmit")).toBe(true);
    expect(d.m.sides.A.owed[0]).toMatchObject({ seq: ISN_A, flags: { syn: true, ack: false } });
  });

  it("while only a timer is pending, time runs at the idle rate (2MSL in a few wall seconds)", () => {
    const sc = scenario({
      msl: 30_000,
      A: {
        role: "client",
        start: "ESTABLISHED",
        task: { en: "", zh: "" },
        address: "a",
        port: 1,
        steps: [{ call: "close", when: "ESTABLISHED" }],
      },
      B: {
        role: "server",
        start: "ESTABLISHED",
        task: { en: "", zh: "" },
        address: "b",
        port: 2,
        steps: [{ call: "close", when: "CLOSE_WAIT" }],
      },
      goal: { kind: "none" },
    });
    let last = { wall: 0, net: 0 };
    let expiry: { wall: number; net: number } | null = null;
    const m = playScenario(sc, {
      config: { timeFactor: 1, idleTimeFactor: 100 },
      onResult: ({ match }) => {
        const wall = match.inputs[match.inputs.length - 1]!.now;
        if (match.ladder.some((e) => e.kind === "timer" && e.timer === "time-wait") && expiry === null) {
          expiry = { wall: wall - last.wall, net: match.clock.netNow - last.net };
        }
        last = { wall, net: match.clock.netNow };
      },
    });
    expect(m.ended?.reason).toBe("closed");
    // The last stretch before TIME_WAIT expired: TCP time at 100 TCP ms per wall ms.
    expect(expiry).not.toBeNull();
    const { wall, net } = expiry!;
    expect(net).toBeGreaterThan(1000);
    expect(Math.abs(net / wall - 100)).toBeLessThan(1);
  });
});
