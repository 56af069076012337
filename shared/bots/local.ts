// The local match: two bots (or scripted players) in-process, time advanced by nextWakeAt.
// Tests and the scenario checks use it; the server runs the same reducer.
import { createMatch } from "../match/create";
import { applyInput, nextWakeAt } from "../match/reducer";
import type { Difficulty, MatchConfig, MatchEvent, MatchState, Rejection } from "../match/types";
import { createRng, nextUint32 } from "../net/rng";
import type { Scenario, Side } from "../scenarios/types";
import { makeTrickster, trickster } from "./trickster";
import { tutor } from "./tutor";
import type { Bot, BotMemory, BotName } from "./types";

export interface LocalOptions {
  difficulty?: Difficulty;
  seed?: number;
  botA?: BotName | Bot;
  botB?: BotName | Bot;
  /** Overrides of the match config (defaults: timeFactor 1, wireDelayMs 100, idle rate 1000). */
  config?: Partial<MatchConfig>;
  /** Wall ms a bot takes to act. */
  thinkMs?: number;
  /** Bound on the number of inputs. */
  maxInputs?: number;
  /** ISNs; default from the seed. */
  isn?: { A: number; B: number };
  /** Called with every result, for tests that watch events. */
  onResult?: (info: { side: Side | null; match: MatchState }, events: MatchEvent[], rejection: Rejection | undefined) => void;
}

/**
 * The memory to keep after the match answered a bot's action: a refused action did not do
 * its task step (the network may have moved first), but the random source moves on.
 */
export function settleMemory(prev: BotMemory, next: BotMemory, rejection: Rejection | undefined): BotMemory {
  return rejection === undefined ? next : { ...prev, rng: next.rng };
}

export function botByName(name: BotName | Bot): Bot {
  if (typeof name === "function") return name;
  return name === "tutor" ? tutor : name === "trickster" ? trickster : makeTrickster(0);
}

export function defaultConfig(scenario: Scenario, difficulty: Difficulty, seed: number): MatchConfig {
  return {
    scenarioId: scenario.id,
    difficulty,
    timeFactor: 1,
    idleTimeFactor: 1000,
    wireDelayMs: 100,
    seed,
    lossRate: 0,
  };
}

/** Plays a scenario to its end (or until nothing can happen, or maxInputs) and returns the match. */
export function playScenario(scenario: Scenario, options: LocalOptions = {}): MatchState {
  const difficulty = options.difficulty ?? "standard";
  const seed = options.seed ?? 1;
  const config = { ...defaultConfig(scenario, difficulty, seed), ...options.config };
  let rng = createRng(seed ^ 0x5eed);
  let isnA: number, isnB: number;
  if (options.isn) ({ A: isnA, B: isnB } = options.isn);
  else {
    [isnA, rng] = nextUint32(rng);
    [isnB, rng] = nextUint32(rng);
  }
  let m = createMatch(config, scenario, isnA, isnB);
  const bots: Record<Side, Bot> = { A: botByName(options.botA ?? "tutor"), B: botByName(options.botB ?? "tutor") };
  const memory: Record<Side, BotMemory> = { A: { step: 0, rng: createRng(seed + 1) }, B: { step: 0, rng: createRng(seed + 2) } };
  const think = options.thinkMs ?? 200;
  const max = options.maxInputs ?? 2000;
  let wall = 0;
  for (let n = 0; n < max && m.ended === null; ) {
    let acted = false;
    for (const side of ["A", "B"] as const) {
      if (m.ended !== null) break;
      const prev = memory[side];
      const d = bots[side](m, side, prev);
      memory[side] = d.memory;
      if (d.action === null) continue;
      wall += think;
      const r = applyInput(m, { type: "action", side, action: d.action, now: wall });
      m = r.match;
      memory[side] = settleMemory(prev, d.memory, r.rejection);
      options.onResult?.({ side, match: m }, r.events, r.rejection);
      acted = true;
      n++;
    }
    if (acted) continue;
    const wake = nextWakeAt(m);
    if (wake === null) break;
    wall = Math.max(wall, wake);
    const r = applyInput(m, { type: "advance", now: wall });
    m = r.match;
    options.onResult?.({ side: null, match: m }, r.events, r.rejection);
    n++;
  }
  return m;
}
