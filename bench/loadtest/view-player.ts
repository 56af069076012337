// A load-test player that sees only what a real client sees: its PlayerView. The shared
// tutor reads its side's TCB, which a client never receives, so this player plays guided
// mode like a diligent human: it sends the segments the guided hint shows, makes the
// scenario's task calls (SideSetup.steps) when its revealed state says they are due, takes
// the referee's hint when a hand-made segment is blocked, and declares from the guided
// short list (one of which is the truth; after two wrong tries the answer is shown).
import type { PlayerAction, PlayerView, Rejection } from "../../shared/match/types";
import type { Scenario, Side } from "../../shared/scenarios/types";
import type { Segment } from "../../shared/tcp/types";
import { TCP_STATES, type TcpState } from "../../shared/tcp/types";

export interface ViewPlayerMemory {
  /** Task steps done. */
  step: number;
  /** States already tried at the current checkpoint. */
  tried: { checkpointId: number; states: TcpState[] };
  /** The segment the referee said TCP would send, after a blocked one. */
  retry: { segment: Segment; finMode?: "shutdown" | "close" } | null;
  /** SND.NXT and RCV.NXT as the player last learnt them (from hints and its own segments). */
  sndNxt: number | null;
  rcvNxt: number | null;
  /** The last action was a task step (undone if the match refuses it without a hint). */
  lastWasStep: boolean;
}

export const newViewPlayerMemory = (): ViewPlayerMemory => ({
  step: 0,
  tried: { checkpointId: -1, states: [] },
  retry: null,
  sndNxt: null,
  rcvNxt: null,
  lastWasStep: false,
});

const len = (s: Pick<Segment, "data" | "flags">) => s.data.length + (s.flags.syn ? 1 : 0) + (s.flags.fin ? 1 : 0);
const isPureAck = (s: Segment) => s.flags.ack && !s.flags.syn && !s.flags.fin && !s.flags.rst && s.data.length === 0;
const noFlags = { syn: false, ack: false, fin: false, rst: false, psh: false };

function segmentAction(s: Pick<Segment, "seq" | "ack" | "flags" | "data">, finMode?: "shutdown" | "close"): PlayerAction {
  const segment = { seq: s.seq >>> 0, ack: s.ack >>> 0, flags: { ...s.flags }, data: s.data };
  return finMode && s.flags.fin ? { type: "segment", segment, finMode } : { type: "segment", segment };
}

/** Remembers the numbers a sent segment implies (the player's own bookkeeping). */
function noteSent(mem: ViewPlayerMemory, action: PlayerAction): ViewPlayerMemory {
  if (action.type !== "segment") return mem;
  const s = action.segment;
  return { ...mem, sndNxt: (s.seq + len(s)) >>> 0, rcvNxt: s.flags.ack ? s.ack : mem.rcvNxt };
}

/** The player's next action from its view, or null (nothing to do now). */
export function decide(
  view: PlayerView,
  scenario: Scenario,
  mem: ViewPlayerMemory,
): { action: PlayerAction | null; memory: ViewPlayerMemory } {
  const you = view.you;
  if (you === null || view.ended !== null) return { action: null, memory: mem };
  const side: Side = you.side;

  // At a checkpoint: declare, trying the short list in order.
  if (you.checkpoint !== null) {
    const tried = mem.tried.checkpointId === you.checkpoint.id ? mem.tried.states : [];
    const choices = you.stateChoices ?? [...TCP_STATES];
    const state = choices.find((c) => !tried.includes(c)) ?? choices[0]!;
    return {
      action: { type: "declare", state },
      memory: { ...mem, tried: { checkpointId: you.checkpoint.id, states: [...tried, state] }, lastWasStep: false },
    };
  }

  if (mem.retry !== null) {
    const action = segmentAction(mem.retry.segment, mem.retry.finMode);
    return { action, memory: noteSent({ ...mem, retry: null, lastWasStep: false }, action) };
  }

  // What the player knows of its numbers: an owed segment's seq/ack are SND.NXT/RCV.NXT.
  const hint = you.hint ?? [];
  let known = mem;
  const first = hint[0];
  if (first) known = { ...known, sndNxt: first.seq, rcvNxt: first.flags.ack ? first.ack : known.rcvNxt };

  const setup = scenario[side];
  const state: TcpState = view[side].revealed ?? setup.start;
  const step = setup.steps?.[mem.step];
  const due =
    step !== undefined && step.when === state && (step.received === undefined || you.received.length >= step.received) ? step : null;

  const stepAction = (): PlayerAction | null => {
    if (due === null) return null;
    // A player's own ISS is always in its view (only the peer's waits for its SYN).
    const iss = view[side].iss!;
    const seq = known.sndNxt ?? iss;
    const ack = known.rcvNxt ?? 0;
    switch (due.call) {
      case "listen":
        return { type: "call", call: "listen" };
      case "connect":
        return segmentAction({ seq: iss, ack: 0, flags: { ...noFlags, syn: true }, data: "" });
      case "send":
        return segmentAction({ seq, ack, flags: { ...noFlags, ack: true, psh: true }, data: due.data ?? "hello" });
      case "shutdown":
      case "close":
        return segmentAction({ seq, ack, flags: { ...noFlags, ack: true, fin: true }, data: "" }, due.call);
      case "abort":
        return { type: "call", call: "abort" };
    }
  };

  // A piggyback step goes while the pure ACK is still owed, so its FIN carries that ACK.
  if (due?.piggyback && first && isPureAck(first)) {
    const action = stepAction();
    if (action) return { action, memory: noteSent({ ...known, step: mem.step + 1, lastWasStep: true }, action) };
  }
  if (first) {
    const action = segmentAction(first);
    return { action, memory: noteSent({ ...known, lastWasStep: false }, action) };
  }
  const action = stepAction();
  if (action) return { action, memory: noteSent({ ...known, step: mem.step + 1, lastWasStep: true }, action) };
  return { action: null, memory: known };
}

/** After a `rejected` event: take the referee's hint, or undo a refused task step to retry it. */
export function onRejected(mem: ViewPlayerMemory, rejection: Rejection, finMode?: "shutdown" | "close"): ViewPlayerMemory {
  if (rejection.hint) return { ...mem, retry: finMode ? { segment: rejection.hint, finMode } : { segment: rejection.hint } };
  if (mem.lastWasStep) return { ...mem, step: Math.max(0, mem.step - 1), lastWasStep: false };
  return mem;
}
