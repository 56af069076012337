// A server-side bot in a seat: after every change it asks the shared bot policy what to do,
// waits a think time, and acts through the match session like a player. One timer per
// bot; a newer change re-plans from the bot's committed memory.
import type { Scheduler, Timer } from "./scheduler";
import type { ApplyResult, MatchState, PlayerAction, Side } from "../../shared/match/types";
import type { BotKind } from "../../shared/protocol";
import type { BotMemory } from "../../shared/bots";
import { decideBot, newBotBrain, type BotBrain } from "./bot-policy";

type Act = (side: Side, action: PlayerAction) => ApplyResult | null;

/** A human-like pause before each action; BOT_THINK_MS overrides it (tests use a few ms). */
export function thinkTimeMs(): number {
  const env = process.env.BOT_THINK_MS;
  const n = env === undefined ? NaN : Number(env);
  return Number.isFinite(n) && n >= 0 ? n : 700;
}

export class BotDriver {
  private timer: Timer | null = null;
  private brain: BotBrain;

  constructor(
    readonly side: Side,
    readonly kind: BotKind,
    readonly mistakeRate: number,
    private readonly seed: number,
    private readonly timers: Scheduler,
    private readonly act: Act,
  ) {
    this.brain = newBotBrain(kind, mistakeRate, seed);
  }

  /** Called after every change of the match: plan the next action, if any. */
  poke(match: MatchState): void {
    this.timer?.clear();
    this.timer = null;
    if (match.ended) return;
    const { action, memory } = decideBot(this.brain, match, this.side);
    if (!action) return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      this.commit(this.act(this.side, action), memory);
    }, thinkTimeMs());
  }

  /** A new match (rematch): fresh memory, possibly in the other seat. */
  reset(side: Side): BotDriver {
    this.dispose();
    return new BotDriver(side, this.kind, this.mistakeRate, this.seed + 1, this.timers, this.act);
  }

  dispose(): void {
    this.timer?.clear();
    this.timer = null;
  }

  private commit(result: ApplyResult | null, memory: BotMemory): void {
    // The step counter advances only when the reducer took the action.
    if (result && !result.rejection) this.brain = { ...this.brain, memory };
  }
}
