// A server-side bot in a seat: after every change it asks the shared bot policy (the same
// code tests and the offline client use) what to do, waits a think time, and acts through
// the room like a player. One timer per bot; a newer change re-plans.
import type { Room } from "@colyseus/core";
import type { MatchState, PlayerAction, Side } from "../../shared/match/types";
import type { BotKind } from "../../shared/protocol";
import { decideBot, type BotMemory, newBotMemory } from "./bot-policy";

type Clock = Room["clock"];
type Delayed = ReturnType<Clock["setTimeout"]>;

/** A human-like pause before each action; BOT_THINK_MS overrides it (tests use a few ms). */
export function thinkTimeMs(): number {
  const env = Number(process.env.BOT_THINK_MS);
  return Number.isFinite(env) && env >= 0 && process.env.BOT_THINK_MS !== undefined ? env : 700;
}

export class BotDriver {
  private timer: Delayed | null = null;
  private memory: BotMemory;

  constructor(
    readonly side: Side,
    readonly kind: BotKind,
    readonly mistakeRate: number,
    private readonly clock: Clock,
    private readonly act: (side: Side, action: PlayerAction) => void,
    memory?: BotMemory,
  ) {
    this.memory = memory ?? newBotMemory(kind, mistakeRate);
  }

  /** Called after every change of the match: plan the next action, if any. */
  poke(match: MatchState): void {
    this.timer?.clear();
    this.timer = null;
    if (match.ended) return;
    const action = decideBot(this.memory, match, this.side);
    if (!action) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.act(this.side, action);
    }, thinkTimeMs());
  }

  /** The same bot in the other seat (a rematch swaps roles). */
  moveTo(side: Side): BotDriver {
    this.dispose();
    return new BotDriver(side, this.kind, this.mistakeRate, this.clock, this.act, newBotMemory(this.kind, this.mistakeRate));
  }

  dispose(): void {
    this.timer?.clear();
    this.timer = null;
  }
}
