// Nothing a player can do throws: random actions, numbers near the right ones and random
// declarations, on every scenario and difficulty. The match stays consistent.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMatch } from "../../shared/match/create";
import { applyInput, nextWakeAt } from "../../shared/match/reducer";
import type { MatchState, PlayerAction } from "../../shared/match/types";
import { DIFFICULTIES } from "../../shared/match/types";
import { viewFor } from "../../shared/match/view";
import { SCENARIOS } from "../../shared/scenarios/index";
import { seqAdd, TCP_STATES } from "../../shared/tcp/index";
import { config, ISN_A, ISN_B } from "./helpers";

type Move =
  | {
      kind: "segment";
      side: "A" | "B";
      syn: boolean;
      ack: boolean;
      fin: boolean;
      rst: boolean;
      dSeq: number;
      dAck: number;
      data: string;
      close: boolean;
    }
  | { kind: "call"; side: "A" | "B"; call: "listen" | "close" | "abort" }
  | { kind: "declare"; side: "A" | "B"; state: number; right: boolean }
  | { kind: "advance"; ms: number };

const side = fc.constantFrom("A" as const, "B" as const);
const move: fc.Arbitrary<Move> = fc.oneof(
  fc.record({
    kind: fc.constant("segment" as const),
    side,
    syn: fc.boolean(),
    ack: fc.boolean(),
    fin: fc.boolean(),
    rst: fc.boolean(),
    dSeq: fc.integer({ min: -2, max: 2 }),
    dAck: fc.integer({ min: -2, max: 2 }),
    data: fc.constantFrom("", "", "x", "hello"),
    close: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("call" as const), side, call: fc.constantFrom("listen" as const, "close" as const, "abort" as const) }),
  fc.record({ kind: fc.constant("declare" as const), side, state: fc.integer({ min: 0, max: 10 }), right: fc.boolean() }),
  fc.record({ kind: fc.constant("advance" as const), ms: fc.integer({ min: 0, max: 5000 }) }),
);

function toAction(m: MatchState, mv: Exclude<Move, { kind: "advance" }>): PlayerAction {
  const s = m.sides[mv.side];
  if (mv.kind === "call") return { type: "call", call: mv.call };
  if (mv.kind === "declare") return { type: "declare", state: mv.right && s.checkpoint ? s.checkpoint.truth : TCP_STATES[mv.state]! };
  const ep = s.endpoint;
  return {
    type: "segment",
    segment: {
      seq: seqAdd(ep.sndNxt, mv.dSeq),
      ack: seqAdd(ep.rcvNxt, mv.dAck),
      flags: { syn: mv.syn, ack: mv.ack, fin: mv.fin, rst: mv.rst, psh: mv.data !== "" },
      data: mv.data,
    },
    finMode: mv.close ? "close" : "shutdown",
  };
}

describe("fuzz", () => {
  it("random actions on every scenario and difficulty never throw, keep scores consistent, and never run the network past a checkpoint", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SCENARIOS.length - 1 }),
        fc.constantFrom(...DIFFICULTIES),
        fc.array(move, { minLength: 1, maxLength: 60 }),
        (si, difficulty, moves) => {
          const sc = SCENARIOS[si]!;
          const m = createMatch(config({ difficulty, scenarioId: sc.id, lossRate: 0.1 }), sc, ISN_A, ISN_B);
          let wall = 0;
          let net = 0;
          for (const mv of moves) {
            wall += mv.kind === "advance" ? mv.ms : 50;
            const wake = nextWakeAt(m);
            if (wake !== null) expect(wake).toBeGreaterThanOrEqual(m.clock.lastWall);
            const r =
              mv.kind === "advance"
                ? applyInput(m, { type: "advance", now: wall })
                : applyInput(m, { type: "action", side: mv.side, action: toAction(m, mv), now: wall });
            for (const s of [r.match.sides.A, r.match.sides.B]) {
              const sc2 = s.score;
              expect(sc2.total).toBe(sc2.segments + sc2.declarations + sc2.streak + sc2.speed + sc2.goal + sc2.penalties);
            }
            // Network time never goes back, and never runs while a checkpoint waits.
            expect(r.match.clock.netNow).toBeGreaterThanOrEqual(net);
            net = r.match.clock.netNow;
            const pending = r.match.sides.A.checkpoint !== null || r.match.sides.B.checkpoint !== null;
            if (pending && r.match.ended === null) expect(r.match.clock.paused).toBe(true);
            viewFor(r.match, "A");
            viewFor(r.match, "spectator");
          }
        },
      ),
      { numRuns: 150, seed: 1234 },
    );
  });
});
