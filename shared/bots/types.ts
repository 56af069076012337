// A bot is a pure policy: from the match and its own memory, the next action (or none).
import type { RngState } from "../net/rng";
import type { MatchState, PlayerAction } from "../match/types";
import type { Side } from "../scenarios/types";

/** A bot's memory between decisions: plain JSON, kept by whoever runs the bot. */
export interface BotMemory {
  /** How many of the scenario's task steps this side has done. */
  step: number;
  rng: RngState;
}

export interface BotDecision {
  action: PlayerAction | null;
  memory: BotMemory;
}

/**
 * A bot reads its own side only (its TCB and what it owes, through legalActions and the
 * referee), never the peer's endpoint.
 */
export type Bot = (match: MatchState, side: Side, memory: BotMemory) => BotDecision;

export type BotName = "tutor" | "trickster";
