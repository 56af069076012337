// The adapter between a bot seat and the shared bot policies (shared/bots): the same pure
// policies the local runner and the tests use. Kept apart from the driver so timing and
// choice stay separate concerns.
import { makeTrickster, tutor, type Bot, type BotMemory } from "../../shared/bots";
import { createRng } from "../../shared/net/rng";
import type { MatchState, PlayerAction, Side } from "../../shared/match/types";
import type { BotKind } from "../../shared/protocol";

export interface BotBrain {
  bot: Bot;
  memory: BotMemory;
}

export function newBotBrain(kind: BotKind, mistakeRate: number, seed: number): BotBrain {
  return { bot: kind === "tutor" ? tutor : makeTrickster(mistakeRate), memory: { step: 0, rng: createRng(seed) } };
}

/** The bot's next action and the memory it will have once that action is taken. */
export function decideBot(brain: BotBrain, match: MatchState, side: Side): { action: PlayerAction | null; memory: BotMemory } {
  return brain.bot(match, side, brain.memory);
}
