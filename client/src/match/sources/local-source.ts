// The local source: a practice match against a bot that runs entirely in the browser (the
// very same reducer and bot policies as the server, shared/match and shared/bots), so it
// plays with no server at all, offline. The player takes side A, the bot side B.
import { createMatch, applyInput, eventsFor, nextWakeAt, viewFor } from "../../../../shared/match";
import type { Difficulty, MatchInput, MatchState, PlayerAction, Side } from "../../../../shared/match/types";
import { botByName, settleMemory } from "../../../../shared/bots";
import type { Bot, BotMemory } from "../../../../shared/bots";
import { makeTrickster } from "../../../../shared/bots/trickster";
import { createRng } from "../../../../shared/net/rng";
import { getScenario } from "../../../../shared/scenarios";
import type { MatchSource, MatchSourceListener } from "./source";

/** The server's settings (server/rooms/lobby.ts), so a local match feels the same. */
const TIME_FACTOR = 0.25;
const IDLE_TIME_FACTOR = 20;
const WIRE_DELAY_MS = 200;
/** Wall ms the bot takes to act: a person can follow what it does. */
const BOT_THINK_MS = 700;

const ME: Side = "A";
const BOT: Side = "B";

function randomU32(): number {
  const a = new Uint32Array(1);
  globalThis.crypto.getRandomValues(a);
  return a[0]!;
}

export class LocalSource implements MatchSource {
  readonly kind = "local";
  readonly code = null;
  private match: MatchState | null = null;
  private listener: MatchSourceListener | null = null;
  private wake: ReturnType<typeof setTimeout> | null = null;
  private botTimer: ReturnType<typeof setTimeout> | null = null;
  private memory: BotMemory;
  private readonly bot: Bot;
  private t0 = 0;
  private lastNow = 0;

  constructor(
    private readonly scenarioId: string,
    private readonly difficulty: Difficulty,
    botName: "tutor" | "trickster",
  ) {
    this.bot = botName === "tutor" ? botByName("tutor") : makeTrickster(0.3);
    this.memory = { step: 0, rng: createRng(randomU32()) };
  }

  start(l: MatchSourceListener): void {
    const scenario = getScenario(this.scenarioId);
    if (!scenario) {
      l.error({ code: "room/unknown-scenario" });
      return;
    }
    this.listener = l;
    this.t0 = performance.now();
    this.match = createMatch(
      {
        scenarioId: scenario.id,
        difficulty: this.difficulty,
        timeFactor: TIME_FACTOR,
        idleTimeFactor: IDLE_TIME_FACTOR,
        wireDelayMs: WIRE_DELAY_MS,
        seed: randomU32(),
        lossRate: 0,
      },
      scenario,
      randomU32(),
      randomU32(),
    );
    l.peer({ kind: "bot", name: "bot", connected: true, reconnecting: false });
    l.view(viewFor(this.match, ME), 0, 1);
    this.afterChange();
  }

  act(action: PlayerAction): void {
    this.apply({ type: "action", side: ME, action, now: this.now() });
  }

  rematch(): void {}

  matchId(): string | null {
    return null;
  }

  stop(): void {
    if (this.wake) clearTimeout(this.wake);
    if (this.botTimer) clearTimeout(this.botTimer);
    this.wake = this.botTimer = null;
    this.listener = null;
  }

  private now(): number {
    this.lastNow = Math.max(this.lastNow, Math.round(performance.now() - this.t0));
    return this.lastNow;
  }

  private apply(input: MatchInput): void {
    const m = this.match;
    const l = this.listener;
    if (!m || !l) return;
    const r = applyInput(m, input);
    this.match = r.match;
    const mine = eventsFor(r.match, ME, r.events);
    if (mine.length > 0) l.events(mine, input.now);
    // A refusal the reducer does not announce itself (stale, time-backwards, match over).
    if (r.rejection && input.type === "action" && input.side === ME && !mine.some((e) => e.type === "rejected")) {
      l.error({ code: "action/rejected", detail: r.rejection.code });
    }
    l.view(viewFor(this.match, ME), input.now, 1);
    this.afterChange();
  }

  /** One wake-up timer for the network, and the bot's next move after a pause. */
  private afterChange(): void {
    const m = this.match;
    if (!m || !this.listener) return;
    if (this.wake) clearTimeout(this.wake);
    this.wake = null;
    const at = m.ended ? null : nextWakeAt(m);
    if (at !== null) {
      this.wake = setTimeout(
        () => {
          this.wake = null;
          this.lastNow = Math.max(at, this.now());
          this.apply({ type: "advance", now: this.lastNow });
        },
        Math.max(0, at - this.now()),
      );
    }
    if (this.botTimer === null && !m.ended) {
      this.botTimer = setTimeout(() => {
        this.botTimer = null;
        this.botMove();
      }, BOT_THINK_MS);
    }
  }

  private botMove(): void {
    const m = this.match;
    if (!m || m.ended) return;
    const prev = this.memory;
    const d = this.bot(m, BOT, prev);
    if (d.action === null) {
      this.memory = d.memory;
      return;
    }
    const r = applyInput(m, { type: "action", side: BOT, action: d.action, now: this.now() });
    this.memory = settleMemory(prev, d.memory, r.rejection);
    this.match = r.match;
    const mine = eventsFor(r.match, ME, r.events);
    if (mine.length > 0) this.listener?.events(mine, this.lastNow);
    this.listener?.view(viewFor(this.match, ME), this.lastNow, 1);
    this.afterChange();
  }
}
