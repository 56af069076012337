// The one short line that tells a newcomer what to do now. It reads only what the view
// shows anyway (a pending checkpoint, whom the network waits for, segments in flight), so it
// never hints at the hidden state.
import type { PlayerView, Side } from "../../../shared/match/types";

export type NextStep = "ended" | "watching" | "declare" | "owe" | "peer" | "flying" | "yourMove";

export function nextStep(view: PlayerView, me: Side | null, inFlight: boolean): NextStep {
  if (view.ended) return "ended";
  if (me === null) return "watching";
  if (view.you?.checkpoint) return "declare";
  // The network waits for me without a checkpoint: TCP owes a segment I must build.
  if (view.waitingFor.includes(me)) return "owe";
  if (view.waitingFor.length > 0) return "peer";
  if (inFlight || view.wire.length > 0) return "flying";
  return "yourMove";
}
