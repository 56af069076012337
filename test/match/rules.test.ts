// The scenario's network rules and scripted events, inside a match.
import { describe, expect, it } from "vitest";
import { playScenario } from "../../shared/bots/local";
import type { MatchEvent } from "../../shared/match/types";
import { scenario } from "./helpers";

const t = { en: "", zh: "" };

describe("network rules and scripts in a match", () => {
  it("hold-until makes two SYNs cross: both leave together and both sides pass SYN_RCVD", () => {
    const m = playScenario(
      scenario({
        A: { role: "peer", start: "CLOSED", task: t, address: "a", port: 1, steps: [{ call: "connect", when: "CLOSED" }] },
        B: { role: "peer", start: "CLOSED", task: t, address: "b", port: 2, steps: [{ call: "connect", when: "CLOSED" }] },
        network: [
          { kind: "hold-until", match: { from: "A", flags: "SYN" }, until: { from: "B", flags: "SYN" } },
          { kind: "hold-until", match: { from: "B", flags: "SYN" }, until: { from: "A", flags: "SYN" } },
        ],
        goal: { kind: "paths", A: ["SYN_RCVD", "ESTABLISHED"], B: ["SYN_RCVD", "ESTABLISHED"] },
      }),
    );
    expect(m.ended?.reason).toBe("goal");
    const syns = m.ladder.flatMap((e) => (e.kind === "segment" && e.segment.flags.syn && !e.segment.flags.ack ? [e] : []));
    expect(syns).toHaveLength(2);
    expect(syns[0]!.departAt).not.toBeNull();
    expect(syns[0]!.departAt).toBe(syns[1]!.departAt);
  });

  it("a scripted close() fires when its side reaches the state, and the FIN it makes is owed by that player", () => {
    const events: MatchEvent[] = [];
    const m = playScenario(
      scenario({
        A: { role: "client", start: "ESTABLISHED", task: t, address: "a", port: 1, steps: [{ call: "close", when: "ESTABLISHED" }] },
        B: { role: "server", start: "ESTABLISHED", task: t, address: "b", port: 2 },
        script: [{ when: { side: "B", state: "CLOSE_WAIT", afterMs: 50 }, action: "close", side: "B" }],
        goal: { kind: "paths", A: ["TIME_WAIT"], B: ["LAST_ACK", "CLOSED"] },
      }),
      { onResult: (_, evs) => events.push(...evs) },
    );
    expect(m.ended?.reason).toBe("goal");
    expect(events).toContainEqual(expect.objectContaining({ type: "script", side: "B", action: "close", audience: "all" }));
    expect(m.ladder.some((e) => e.kind === "segment" && e.from === "B" && e.segment.flags.fin)).toBe(true);
  });

  it("an old duplicate of B's data reaches A in TIME_WAIT and is logged as old", () => {
    const m = playScenario(
      scenario({
        A: {
          role: "client",
          start: "ESTABLISHED",
          task: t,
          address: "a",
          port: 1,
          steps: [{ call: "close", when: "ESTABLISHED", received: 2 }],
        },
        B: {
          role: "server",
          start: "ESTABLISHED",
          task: t,
          address: "b",
          port: 2,
          steps: [
            { call: "send", data: "hi", when: "ESTABLISHED" },
            { call: "close", when: "CLOSE_WAIT" },
          ],
        },
        network: [{ kind: "old-duplicate", match: { from: "B", hasData: true, nth: 1 }, deliverTo: "A", whenState: "TIME_WAIT" }],
        goal: { kind: "paths", A: ["TIME_WAIT", "CLOSED"], B: ["LAST_ACK", "CLOSED"] },
      }),
    );
    expect(m.ended?.reason).toBe("goal");
    const old = m.ladder.find((e) => e.kind === "segment" && e.fate === "old");
    expect(old).toMatchObject({ from: "B", segment: { data: "hi" } });
    expect(m.sides.A.endpoint.received).toBe("hi");
  });
});
