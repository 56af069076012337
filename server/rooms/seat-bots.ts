// The bots in a match room's seats: a tutor or trickster for practice, a classroom seat, a
// student who has not come, or a player who left mid-match. Each plays through the match
// session like a player (bot-driver.ts); the journal keeps each seat's plan (recovery.ts).
import { randomInt } from "node:crypto";
import type { ApplyResult, MatchState, PlayerAction, Side } from "../../shared/match/types";
import { BotDriver } from "./bot-driver";
import { nodeScheduler } from "./scheduler";

export type BotPlan = { bot: "tutor" | "trickster"; mistakeRate: number };

const DEFAULT_MISTAKE_RATE = 0.3;
const SIDES: readonly Side[] = ["A", "B"];

export class SeatBots {
  private bots: Partial<Record<Side, BotDriver>> = {};
  private plans: Partial<Record<Side, BotPlan>> = {};

  /** `act` plays a bot's action in the current match, or returns null when none is running. */
  constructor(private readonly act: (side: Side, action: PlayerAction) => ApplyResult | null) {}

  /** Puts a bot in the seat (replacing any) and remembers its plan. */
  seat(side: Side, kind: BotPlan["bot"], mistakeRate = DEFAULT_MISTAKE_RATE): void {
    this.plans[side] = { bot: kind, mistakeRate };
    this.bots[side] = new BotDriver(side, kind, mistakeRate, randomInt(0x7fffffff), nodeScheduler, (botSide, action) =>
      this.act(botSide, action),
    );
  }

  /** A student takes the seat back from the bot that stood in (its plan stays on record). */
  remove(side: Side): void {
    this.bots[side]?.dispose();
    delete this.bots[side];
  }

  plan(side: Side): BotPlan | undefined {
    return this.plans[side];
  }

  /** After every change of the match: each bot plans its next action. */
  poke(match: MatchState, side?: Side): void {
    if (side) return this.bots[side]?.poke(match);
    for (const s of SIDES) this.bots[s]?.poke(match);
  }

  /** A rematch swaps the roles: each bot moves to the other seat with a fresh memory. */
  swap(): void {
    const { A, B } = this.bots;
    this.bots = {};
    const plans = this.plans;
    this.plans = { ...(plans.A ? { B: plans.A } : {}), ...(plans.B ? { A: plans.B } : {}) };
    if (A) this.bots.B = A.reset("B");
    if (B) this.bots.A = B.reset("A");
  }

  dispose(): void {
    for (const bot of Object.values(this.bots)) bot?.dispose();
  }
}
