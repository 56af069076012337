// A scripted player: it reacts to each view it receives by sending the next action through
// the SDK, like a person at the keyboard. The choice comes from shared/bots' tutor, asked
// with the authoritative match as its oracle: the tutor reads its own TCB, which a view never
// carries by design (that is the hidden truth). Everything the player does still goes
// through the room's boundary as an ordinary message.
import type { ColyseusTestServer } from "@colyseus/testing";
import { tutor, type Bot, type BotMemory } from "../../shared/bots";
import { createRng } from "../../shared/net/rng";
import { actionToMessage } from "../../shared/protocol";
import type { PlayerView, Side } from "../../shared/match/types";
import { serverMatch, type Player } from "./harness";
import type { Scenario } from "../../shared/scenarios/types";
import { decide, newViewPlayerMemory, onRejected, type ViewPlayerMemory } from "../../bench/loadtest/view-player";

export interface Autoplay {
  /** Resolves with the last view once the match has ended. */
  finished: Promise<PlayerView>;
  actions: () => number;
  stop: () => void;
}

export function autoplay(
  server: ColyseusTestServer,
  player: Player,
  side: Side,
  options: { bot?: Bot; maxActions?: number; timeoutMs?: number; seed?: number; onAction?: () => void } = {},
): Autoplay {
  const bot = options.bot ?? tutor;
  const maxActions = options.maxActions ?? 300;
  let memory: BotMemory = { step: 0, rng: createRng(options.seed ?? (side === "A" ? 11 : 22)) };
  let pending: { memory: BotMemory; eventsAt: number; clientSeq: number } | null = null;
  let sent = 0;
  let stopped = false;
  let lastViewSeen = -1;

  const react = () => {
    if (stopped) return;
    const index = player.views.length - 1;
    if (index <= lastViewSeen) return;
    lastViewSeen = index;
    const view = player.view!;
    if (view.ended) return;
    if (pending) {
      // Our last action is settled once the view shows its clientSeq processed; the bot's
      // memory moves on unless a `rejected` event for us came with it. A view that crossed
      // our message on the way settles nothing: wait for the next one.
      const processed = (view.you?.nextClientSeq ?? 0) > pending.clientSeq;
      const rejected = player.events.slice(pending.eventsAt).some((e) => e.type === "rejected" && e.side === side);
      if (!processed && !rejected) return;
      if (processed && !rejected) memory = pending.memory;
      pending = null;
    }
    const match = serverMatch(server, player);
    if (!match || match.ended || sent >= maxActions) return;
    const decision = bot(match, side, memory);
    if (!decision.action) return;
    const clientSeq = view.you?.nextClientSeq ?? 0;
    const message = actionToMessage(decision.action, clientSeq);
    pending = { memory: decision.memory, eventsAt: player.events.length, clientSeq };
    sent++;
    options.onAction?.();
    player.send(message.type, message.payload);
  };

  player.onReceive((type) => {
    if (type === "view") queueMicrotask(react);
  });
  queueMicrotask(react);

  const finished = player.waitFor("the end of the match", () => (player.view?.ended ? player.view : null), options.timeoutMs ?? 20_000);
  return {
    finished,
    actions: () => sent,
    stop: () => {
      stopped = true;
    },
  };
}

/**
 * A player that sees only what a real client sees (its merged view), in guided mode: the
 * load test's view player (bench/loadtest/view-player.ts) decides, this drives it. For
 * servers in other processes, where no oracle is at hand.
 */
export function viewAutoplay(player: Player, scenario: Scenario, options: { maxActions?: number; timeoutMs?: number } = {}): Autoplay {
  const maxActions = options.maxActions ?? 300;
  let memory: ViewPlayerMemory = newViewPlayerMemory();
  let pending: { eventsAt: number; clientSeq: number; finMode?: "shutdown" | "close" } | null = null;
  let sent = 0;
  let stopped = false;
  let lastSeen = -1;
  const react = () => {
    const index = player.views.length - 1;
    if (stopped || index <= lastSeen) return;
    lastSeen = index;
    const view = player.view!;
    if (view.ended || !view.you) return;
    if (pending) {
      const rejected = player.events.slice(pending.eventsAt).find((e) => e.type === "rejected" && e.side === view.you!.side);
      const processed = view.you.nextClientSeq > pending.clientSeq;
      if (!processed && !rejected) return;
      if (rejected && rejected.type === "rejected") memory = onRejected(memory, rejected.rejection, pending.finMode);
      pending = null;
    }
    if (sent >= maxActions) return;
    const decision = decide(view, scenario, memory);
    memory = decision.memory;
    if (!decision.action) return;
    const clientSeq = view.you.nextClientSeq;
    const message = actionToMessage(decision.action, clientSeq);
    const finMode = decision.action.type === "segment" ? decision.action.finMode : undefined;
    pending = { eventsAt: player.events.length, clientSeq, ...(finMode ? { finMode } : {}) };
    sent++;
    player.send(message.type, message.payload);
  };
  player.onReceive((type) => {
    if (type === "view") queueMicrotask(react);
  });
  queueMicrotask(react);
  const finished = player.waitFor("the end of the match", () => (player.view?.ended ? player.view : null), options.timeoutMs ?? 20_000);
  return { finished, actions: () => sent, stop: () => void (stopped = true) };
}
