// Hidden truth: what a player or spectator sees never depends on an undeclared state.
// Checked by non-interference: the view of a match, and of the same match whose pending
// truth is replaced by another state, serialise to the same JSON.
import { describe, expect, it } from "vitest";
import { playScenario } from "../../shared/bots/local";
import { makeTrickster } from "../../shared/bots/trickster";
import { shownEvent, stateChoices, viewFor } from "../../shared/match/view";
import { TCP_STATES } from "../../shared/tcp/types";
import type { MatchEvent, MatchState } from "../../shared/match/types";
import type { Side } from "../../shared/scenarios/types";
import type { TcpState } from "../../shared/tcp/types";
import { scenario } from "./helpers";

const fourWay = scenario({
  A: {
    role: "client",
    start: "ESTABLISHED",
    task: { en: "", zh: "" },
    address: "10.0.0.1",
    port: 40000,
    steps: [{ call: "close", when: "ESTABLISHED" }],
  },
  B: {
    role: "server",
    start: "ESTABLISHED",
    task: { en: "", zh: "" },
    address: "10.0.0.2",
    port: 80,
    steps: [{ call: "close", when: "CLOSE_WAIT" }],
  },
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
    playScenario(fourWay, {
      seed: 3,
      difficulty: "standard",
      onResult: (_, evs) => hints.push(...evs.filter((e) => e.type === "owed-hint")),
    });
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

describe("guided mode's short list", () => {
  it("holds the truth and three other states, in TCP_STATES order", () => {
    for (const truth of TCP_STATES) {
      for (let id = 0; id < 12; id++) {
        const list = stateChoices(truth, id, 12345);
        expect(list).toHaveLength(4);
        expect(new Set(list).size).toBe(4);
        expect(list).toContain(truth);
        expect([...list].sort((x, y) => TCP_STATES.indexOf(x) - TCP_STATES.indexOf(y))).toEqual(list);
      }
    }
  });

  it("for any checkpoint id, each entry of a list is the truth for some seed: the list and the id do not tell which", () => {
    for (let id = 0; id < 20; id++) {
      const truthsBehind = new Map<string, Set<TcpState>>();
      for (const truth of TCP_STATES) {
        for (let seed = 0; seed < 64; seed++) {
          const key = stateChoices(truth, id, seed).join(",");
          if (!truthsBehind.has(key)) truthsBehind.set(key, new Set());
          truthsBehind.get(key)!.add(truth);
        }
      }
      for (const [key, truths] of truthsBehind) expect([...truths].sort()).toEqual(key.split(",").sort());
    }
  });

  it("a script that answers by position (the entry at the checkpoint id mod 4) is right about a quarter of the time, not most", () => {
    let right = 0;
    let asked = 0;
    for (let seed = 1; seed <= 30; seed++) {
      playScenario(fourWay, {
        seed,
        difficulty: "guided",
        onResult: ({ match }) => {
          for (const side of ["A", "B"] as const) {
            const cp = match.sides[side].checkpoint;
            const choices = viewFor(match, side).you?.stateChoices;
            if (!cp || !choices) continue;
            asked++;
            if (choices[cp.id % 4] === cp.truth) right++;
          }
        },
      });
    }
    expect(asked).toBeGreaterThan(100);
    expect(right / asked).toBeLessThan(0.4);
  });
});

describe("checkpoint causes", () => {
  it("during play a checkpoint's cause reaches only its side; the peer and spectators learn only that it opened", () => {
    let hidden = 0;
    playScenario(fourWay, {
      seed: 3,
      onResult: ({ match }, events) => {
        for (const e of events) {
          if (e.type !== "checkpoint") continue;
          expect(shownEvent(match, e.side, e)).toEqual(e);
          expect(e.cause).not.toBeNull();
          for (const viewer of ["A", "B", "spectator"] as const) {
            if (viewer === e.side) continue;
            const shown = shownEvent(match, viewer, e);
            expect(shown).toEqual({ ...e, cause: null });
            hidden++;
          }
        }
      },
    });
    expect(hidden).toBeGreaterThan(5);
  });

  it("once the match has ended, every cause may be told", () => {
    const m = playScenario(fourWay, { seed: 3 });
    const e = { type: "checkpoint", audience: "all", side: "A", checkpointId: 1, cause: { kind: "timer" } } as const;
    expect(shownEvent(m, "B", e)).toEqual(e);
  });
});
