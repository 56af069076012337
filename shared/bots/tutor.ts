// The tutor: always right. It declares the state the engine computed for its own TCB,
// sends what TCP owes, and makes the scenario's task calls (SideSetup.steps) in order.
import { legalActions, type LegalAction } from "../referee/legal";
import { isPureAck } from "../referee/segments";
import type { TaskStep } from "../scenarios/types";
import type { MatchState, PlayerAction, SideState } from "../match/types";
import type { Side } from "../scenarios/types";
import type { Bot, BotMemory } from "./types";

/** The scenario step due now for this side, if any (all earlier done, `when` and `received` hold). */
export function dueStep(m: MatchState, side: Side, memory: BotMemory): TaskStep | null {
  const step = m.scenario[side].steps?.[memory.step];
  if (step === undefined) return null;
  const ep = m.sides[side].endpoint;
  if (ep.state !== step.when) return null;
  if (step.received !== undefined && ep.received.length < step.received) return null;
  return step;
}

/** The legal action that carries out a task step, if the engine allows it now. */
export function actionForStep(legal: readonly LegalAction[], step: TaskStep): PlayerAction | null {
  const pick = (pred: (a: LegalAction) => boolean) => legal.find(pred) ?? null;
  let a: LegalAction | null = null;
  switch (step.call) {
    case "listen":
      a = pick((x) => x.kind === "call" && x.call === "listen");
      break;
    case "connect":
      a = pick((x) => x.kind === "segment" && x.stands === "open");
      break;
    case "send":
      a = pick((x) => x.kind === "segment" && x.stands === "send");
      break;
    case "shutdown":
    case "close":
      a = pick((x) => x.kind === "segment" && x.stands === step.call);
      break;
    case "abort":
      a = pick((x) => (x.kind === "segment" && x.stands === "abort") || (x.kind === "call" && x.call === "abort"));
      break;
  }
  return a === null ? null : toAction(a);
}

export function toAction(a: LegalAction): PlayerAction {
  if (a.kind === "call") return { type: "call", call: a.call };
  const segment = { seq: a.segment.seq, ack: a.segment.ack, flags: { ...a.segment.flags }, data: a.segment.data };
  return a.finMode ? { type: "segment", segment, finMode: a.finMode } : { type: "segment", segment };
}

export function legalFor(m: MatchState, s: SideState, data = "hello"): LegalAction[] {
  return legalActions(s.endpoint, s.owed, m.clock.netNow, data, s.nextIss);
}

/** A client gives up after this many connection attempts. */
export const MAX_OPENS = 4;

function opens(m: MatchState, side: Side): number {
  let n = 0;
  for (const e of m.ladder) if (e.kind === "segment" && e.from === side && e.verdict?.stands === "open") n++;
  return n;
}

/** The right next action for `side`, and the index of the task step to do next. */
export function rightAction(m: MatchState, side: Side, memory: BotMemory): { action: PlayerAction | null; nextStep: number } {
  const s = m.sides[side];
  const stay = memory.step;
  if (s.checkpoint !== null) return { action: { type: "declare", state: s.endpoint.state }, nextStep: stay };
  const step = dueStep(m, side, memory);
  const legal = legalFor(m, s, step?.data ?? "hello");
  // A piggyback step is made while a pure ACK is owed, so its segment carries that ACK.
  if (step !== null && step.piggyback === true && s.owed.some(isPureAck)) {
    const action = actionForStep(legal, step);
    if (action !== null) return { action, nextStep: stay + 1 };
  }
  const reply = legal.find((a) => a.kind === "segment" && a.stands === "reply");
  if (reply) return { action: toAction(reply), nextStep: stay };
  if (step !== null) {
    const action = actionForStep(legal, step);
    if (action !== null) return { action, nextStep: stay + 1 };
  }
  // A connection this side opened was reset before the goal (an expert peer's mistakes):
  // the application connects again, as a real client would, and redoes what followed.
  const steps = m.scenario[side].steps ?? [];
  const connectAt = steps.findIndex((st, i) => i < stay && st.call === "connect");
  const lost = s.endpoint.closedBy === "reset" || s.endpoint.closedBy === "aborted";
  if (connectAt >= 0 && m.goalReachedAt === null && s.endpoint.state === "CLOSED" && lost && opens(m, side) < MAX_OPENS) {
    const again = actionForStep(legal, steps[connectAt]!);
    if (again !== null) return { action: again, nextStep: connectAt + 1 };
  }
  return { action: null, nextStep: stay };
}

export const tutor: Bot = (match, side, memory) => {
  const { action, nextStep } = rightAction(match, side, memory);
  return { action, memory: nextStep === memory.step ? memory : { ...memory, step: nextStep } };
};
