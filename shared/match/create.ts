// Creating a match: two endpoints in their starting states, an empty wire, the clocks.
import { createRng } from "../net/rng";
import { createWire } from "../net/wire";
import type { Scenario, Side } from "../scenarios/types";
import { createEndpoint, step } from "../tcp/index";
import type { Endpoint } from "../tcp/types";
import { createClock } from "./clock";
import { afterChange, type Ctx } from "./context";
import { emptySheet } from "./scoring";
import type { MatchConfig, MatchState, SideState } from "./types";

/**
 * The retransmission timeout, from the wire: RTO > RTT (2 one-way delays), with room for a
 * scripted delay, so the picture is the one of real TCP, scaled.
 */
export function rtoFor(config: MatchConfig): number {
  return Math.max(6 * config.wireDelayMs, 1);
}

function endpointFor(config: MatchConfig, scenario: Scenario, side: Side, iss: number): Endpoint {
  const me = scenario[side];
  const peer = scenario[side === "A" ? "B" : "A"];
  return createEndpoint({
    localPort: me.port,
    remotePort: peer.port,
    iss,
    profile: config.profile ?? scenario.profile,
    msl: scenario.msl,
    rtoMs: rtoFor(config),
    linux: { ...scenario.linux, ...config.linux },
  });
}

/**
 * Two ESTABLISHED endpoints, made by a silent handshake through the engine at time 0 (A is
 * the active opener): not on the wire, not scored, not counted by network rules.
 */
function silentHandshake(a: Endpoint, b: Endpoint): { A: Endpoint; B: Endpoint } {
  let B = step(b, { type: "open", passive: true }, 0).endpoint;
  const synSent = step(a, { type: "open", passive: false }, 0);
  let A = synSent.endpoint;
  let toB = synSent.segments;
  // Bounded: a handshake is three segments; the loop stops when nobody has anything to say.
  for (let i = 0; i < 8 && toB.length > 0; i++) {
    const toA: typeof toB = [];
    for (const seg of toB) {
      const r = step(B, { type: "segment", segment: seg }, 0);
      B = r.endpoint;
      toA.push(...r.segments);
    }
    toB = [];
    for (const seg of toA) {
      const r = step(A, { type: "segment", segment: seg }, 0);
      A = r.endpoint;
      toB.push(...r.segments);
    }
  }
  return { A, B };
}

function sideState(side: Side, endpoint: Endpoint, nextIss: number): SideState {
  return {
    side,
    endpoint,
    owed: [],
    strayed: false,
    checkpoint: null,
    revealed: endpoint.state,
    history: [endpoint.state],
    pathDone: false,
    nextIss,
    score: emptySheet(),
    streak: 0,
    lastClientSeq: 0,
  };
}

/**
 * A new match. isnA and isnB are the initial sequence numbers (random numbers come in as
 * arguments). The starting states are shown to the players: nothing happened yet.
 */
export function createMatch(config: MatchConfig, scenario: Scenario, isnA: number, isnB: number): MatchState {
  let A = endpointFor(config, scenario, "A", isnA);
  let B = endpointFor(config, scenario, "B", isnB);
  if (scenario.A.start === "ESTABLISHED" || scenario.B.start === "ESTABLISHED") {
    ({ A, B } = silentHandshake(A, B));
  }
  if (scenario.A.start === "LISTEN") A = step(A, { type: "open", passive: true }, 0).endpoint;
  if (scenario.B.start === "LISTEN") B = step(B, { type: "open", passive: true }, 0).endpoint;
  const m: MatchState = {
    config,
    scenario,
    isn: { A: isnA, B: isnB },
    sides: { A: sideState("A", A, isnA), B: sideState("B", B, isnB) },
    wire: createWire(config.wireDelayMs, config.lossRate, scenario.network),
    clock: createClock(config.timeFactor),
    rng: createRng(config.seed),
    script: scenario.script.map(() => ({ armedAt: null, fired: false })),
    inputs: [],
    ladder: [],
    nextCheckpointId: 1,
    goalReachedAt: null,
    goalReachedWall: null,
    ended: null,
  };
  // Scripts whose condition holds from the start are armed now.
  const ctx: Ctx = { m, events: [], wall: 0 };
  afterChange(ctx);
  return m;
}
