// The adapter between a bot seat and the shared bot policies (shared/bots). Kept apart so
// the driver's timing and the policy's choice stay separate concerns.
import type { MatchState, PlayerAction, Side } from "../../shared/match/types";
import type { BotKind } from "../../shared/protocol";

export interface BotMemory {
  kind: BotKind;
  mistakeRate: number;
}

export function newBotMemory(kind: BotKind, mistakeRate: number): BotMemory {
  return { kind, mistakeRate };
}

export function decideBot(_memory: BotMemory, _match: MatchState, _side: Side): PlayerAction | null {
  return null; // wired to shared/bots when it lands
}
