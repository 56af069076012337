// Hidden truth: what a player or spectator sees never depends on an undeclared state.
// Checked by non-interference: the view of a match, and of the same match whose pending
// truth is replaced by another state, serialise to the same JSON.
import { describe, expect, it } from "vitest";
import { playScenario } from "../../shared/bots/local";
import { makeTrickster } from "../../shared/bots/trickster";
import { viewFor } from "../../shared/match/view";
import type { MatchEvent, MatchState } from "../../shared/match/types";
import type { Side } from "../../shared/scenarios/types";
import type { TcpState } from "../../shared/tcp/types";
import { scenario } from "./helpers";

const fourWay = scenario({
  A: { role: "client", start: "ESTABLISHED", task: { en: "", zh: "" }, address: "10.0.0.1", port: 40000, steps: [{ call: "close", when: "ESTABLISHED" }] },
  B: { role: "server", start: "ESTABLISHED", task: { en: "", zh: "" }, address: "10.0.0.2", port: 80, steps: [{ call: "close", when: "CLOSE_WAIT" }] },
  network: [{ kind: "drop", match: { from: "B", flags: "FIN,ACK", nth: 1 } }],
  goal: { kind: "paths", A: ["FIN_WAIT_1", "TIME_WAIT"], B: ["CLOSE_WAIT", "LAST_ACK", "CLOSED"] },
});

/** The same match with `side`'s hidden truth replaced by `fake`. */
function withFakeTruth(m: MatchState, side: Side, fake: TcpState): MatchState {
  const copy = structuredClone(m);
  copy.sides[side].checkpoint!.truth = fake;
  copy.sides[side].endpoint.state = fake;
  return copy;
}

describe("hidden truth", () => {
  it("no view (own, peer, spectator) depends on a pending checkpoint's true state", () => {
    let checked = 0;
    playScenario(fourWay, {
      seed: 3,
      onResult: ({ match }) => {
        for (const side of ["A", "B"] as const) {
          const cp = match.sides[side].checkpoint;
          if (cp === null) continue;
          const fake: TcpState = cp.truth === "CLOSING" ? "LISTEN" : "CLOSING";
          const other = withFakeTruth(match, side, fake);
          for (const viewer of ["A", "B", "spectator"] as const) {
            expect(JSON.stringify(viewFor(other, viewer))).toBe(JSON.stringify(viewFor(match, viewer)));
          }
          checked++;
        }
      },
    });
    expect(checked).toBeGreaterThan(5);
  });

  it("no event carries a true state before it is answered, and a player never gets the peer's declarations", () => {
    const events: MatchEvent[] = [];
    const m = playScenario(fourWay, { seed: 3, onResult: (_, evs) => events.push(...evs) });
    expect(m.ended?.reason).toBe("goal");
    for (const e of events) {
      const json = JSON.stringify(e);
      if (e.type === "declared") {
        expect(e.audience).toBe(e.side);
        if (e.truth !== null) expect(e.right || e.truth !== e.declared).toBe(true);
      } else {
        expect(json).not.toContain('"truth"');
      }
      expect(json).not.toContain('"owed"');
    }
  });

  it("the engine's notes (which name the new state) reach a side only after it has answered the checkpoint", () => {
    const events: MatchEvent[] = [];
    playScenario(fourWay, { seed: 3, onResult: (_, evs) => events.push(...evs) });
    const answered = new Set<number>();
    let notes = 0;
    for (const e of events) {
      if (e.type === "declared" && e.truth !== null) answered.add(e.checkpointId);
      if (e.type === "notes") {
        notes++;
        expect(e.audience).toBe(e.side);
        expect(answered.has(e.checkpointId)).toBe(true);
      }
    }
    expect(notes).toBeGreaterThan(3);
  });

  it("outside guided mode the segment TCP wanted is not in the ladder during play, only in the debrief", () => {
    playScenario(fourWay, {
      seed: 8,
      botA: makeTrickster(0.5),
      onResult: ({ match }) => {
        for (const viewer of ["A", "B", "spectator"] as const) {
          for (const e of viewFor(match, viewer).ladder) {
            if ((e.kind === "segment" || e.kind === "refused") && e.verdict && match.ended === null) {
              expect(e.verdict.expected).toBeNull();
            }
          }
        }
      },
    });
  });

  it("owed segments reach a player only as guided mode's hint", () => {
    const hints: MatchEvent[] = [];
    playScenario(fourWay, { seed: 3, difficulty: "standard", onResult: (_, evs) => hints.push(...evs.filter((e) => e.type === "owed-hint")) });
    expect(hints).toHaveLength(0);
    let guidedHints = 0;
    playScenario(fourWay, {
      seed: 3,
      difficulty: "guided",
      onResult: ({ match }, evs) => {
        guidedHints += evs.filter((e) => e.type === "owed-hint").length;
        for (const side of ["A", "B"] as const) {
          if (match.config.difficulty === "guided" && viewFor(match, side).you?.hint?.length) guidedHints++;
        }
      },
    });
    expect(guidedHints).toBeGreaterThan(0);
  });
});

describe("what a player sees of the peer", () => {
  it("a player never sees the peer's learnt state", () => {
    playScenario(fourWay, {
      seed: 3,
      onResult: ({ match }) => {
        if (match.ended !== null) return;
        expect(viewFor(match, "A").B.revealed).toBeNull();
        expect(viewFor(match, "B").A.revealed).toBeNull();
      },
    });
  });

  it("a spectator sees during play only what both players see: no learnt state, declaration, verdict or refusal", () => {
    let checked = 0;
    const m = playScenario(fourWay, {
      seed: 5,
      botB: makeTrickster(0.5),
      onResult: ({ match }) => {
        if (match.ended !== null) return;
        const v = viewFor(match, "spectator");
        expect([v.A.revealed, v.B.revealed]).toEqual([null, null]);
        for (const e of v.ladder) {
          expect(["declaration", "refused", "timer"]).not.toContain(e.kind);
          if (e.kind === "segment") expect(e.verdict).toBeNull();
        }
        checked++;
      },
    });
    // The test means something only if the spectator was asked while there was something to hide.
    expect(checked).toBeGreaterThan(5);
    expect(m.ladder.some((e) => e.kind === "declaration")).toBe(true);
    expect(viewFor(m, "spectator").ladder).toEqual(m.ladder);
  });
});

describe("after the match", () => {
  it("every view shows the whole ladder: the peer's declarations, verdicts and the expected segments", () => {
    const m = playScenario(fourWay, { seed: 8, botB: makeTrickster(0.5) });
    expect(m.ended).not.toBeNull();
    const v = viewFor(m, "A");
    expect(v.ladder).toEqual(m.ladder);
    expect(v.ladder.some((e) => e.kind === "declaration" && e.side === "B")).toBe(true);
    expect(v.B.revealed).toBe(m.sides.B.revealed);
  });
});
