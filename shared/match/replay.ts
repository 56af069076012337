// Replays: a match is its config, scenario, ISNs and input log; replaying the inputs
// through the same reducer rebuilds the identical match.
import type { Scenario } from "../scenarios/types";
import { createMatch } from "./create";
import { applyInput } from "./reducer";
import type { MatchConfig, MatchInput, MatchState } from "./types";

export function replayMatch(
  config: MatchConfig,
  scenario: Scenario,
  isns: { A: number; B: number },
  inputs: readonly MatchInput[],
): MatchState {
  let m = createMatch(config, scenario, isns.A, isns.B);
  for (const input of inputs) m = applyInput(m, input).match;
  return m;
}

/** What a replay file holds (JSON export and GET /api/matches/:id/replay.json). */
export interface ReplayRecord {
  config: MatchConfig;
  scenarioId: string;
  isn: { A: number; B: number };
  inputs: MatchInput[];
}

export function replayRecord(m: MatchState): ReplayRecord {
  return { config: m.config, scenarioId: m.scenario.id, isn: { ...m.isn }, inputs: [...m.inputs] };
}
