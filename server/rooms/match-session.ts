// One match in a room: the reducer's state, the wall clock it is fed with, and the single
// wake-up timer at nextWakeAt. No rule lives here: every change is applyInput's.
import type { Scheduler, Timer } from "./scheduler";
import { applyInput, createMatch, nextWakeAt, viewParts } from "../../shared/match";
import type { BuiltView } from "./views";
import type { ApplyResult, MatchConfig, MatchInput, MatchState, PlayerAction, Side, Viewer } from "../../shared/match/types";
import type { Scenario } from "../../shared/scenarios/types";

export interface SessionHooks {
  /** Called after every accepted or refused input with the reducer's result. */
  onResult(result: ApplyResult, input: MatchInput): void;
}

export class MatchSession {
  match: MatchState;
  private startedAt = performance.now();
  /** A match brought back from the journal waits, clock stopped, until begin(). */
  private paused = false;
  private wake: Timer | null = null;
  private wakeAt: number | null = null;
  private lastNow = 0;

  constructor(
    config: MatchConfig,
    scenario: Scenario,
    isn: { A: number; B: number },
    private readonly timers: Scheduler,
    private readonly hooks: SessionHooks,
    resumed?: MatchState,
  ) {
    this.match = resumed ?? createMatch(config, scenario, isn.A, isn.B);
    if (resumed) {
      // Its wall clock goes on from the last input replayed; the time the server was down
      // does not count.
      this.lastNow = resumed.clock.lastWall;
      this.paused = true;
    }
  }

  /** A match rebuilt by replaying its journaled inputs (see rooms/recovery.ts). */
  static resume(match: MatchState, timers: Scheduler, hooks: SessionHooks): MatchSession {
    return new MatchSession(match.config, match.scenario, match.isn, timers, hooks, match);
  }

  /** Wall ms since the match began, never decreasing (the reducer refuses time going back). */
  now(): number {
    if (this.paused) return this.lastNow;
    this.lastNow = Math.max(this.lastNow, Math.round(performance.now() - this.startedAt));
    return this.lastNow;
  }

  get ended(): boolean {
    return this.match.ended !== null;
  }

  act(side: Side, action: PlayerAction, clientSeq?: number): ApplyResult {
    const input: MatchInput = { type: "action", side, action, now: this.now() };
    if (clientSeq !== undefined) input.clientSeq = clientSeq;
    return this.apply(input);
  }

  end(): ApplyResult {
    return this.apply({ type: "end", now: this.now() });
  }

  /** The viewer's view without its ladder, and the entries it may see (see ViewTracker). */
  view(viewer: Viewer): BuiltView {
    const { view, sources } = viewParts(this.match, viewer);
    return { match: this.match, viewer, view, sources };
  }

  dispose(): void {
    this.wake?.clear();
    this.wake = null;
    this.wakeAt = null;
  }

  /** Starts the clock: the first wake-up (a scripted event or a timer may be due at once). */
  begin(): void {
    if (this.paused) {
      this.paused = false;
      this.startedAt = performance.now() - this.lastNow;
    }
    this.schedule();
  }

  private apply(input: MatchInput): ApplyResult {
    const result = applyInput(this.match, input);
    this.match = result.match;
    this.schedule();
    this.hooks.onResult(result, input);
    return result;
  }

  /** One timer per match, always for the earliest moment something will happen. */
  private schedule(): void {
    if (this.paused) return;
    const at = this.match.ended ? null : nextWakeAt(this.match);
    // Most inputs leave the next wake-up where it was: keep that timer.
    if (at !== null && at === this.wakeAt && this.wake !== null) return;
    this.wake?.clear();
    this.wake = null;
    this.wakeAt = at;
    if (at === null) return;
    const delay = Math.max(0, at - this.now());
    this.wake = this.timers.setTimeout(() => {
      this.wake = null;
      this.wakeAt = null;
      // Timers may fire a hair early: the reducer gets `at` at least, and our wall clock
      // never reports less afterwards.
      this.lastNow = Math.max(at, this.now());
      this.apply({ type: "advance", now: this.lastNow });
    }, delay);
  }
}
