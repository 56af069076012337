// What an endpoint can know about its peer. A real endpoint learns the peer's ISS only from
// the peer's SYN (RFC 9293 3.4: IRS is set from SEG.SEQ of the SYN received), so the host box
// shows "?" until one has arrived; a side that starts ESTABLISHED did its handshake before
// the scenario began, and once the match has ended everything is shown.
import type { PlayerView, Side } from "../../../shared/match/types";
import { getScenario } from "../../../shared/scenarios";

export function peerIssKnown(view: PlayerView, me: Side): boolean {
  if (view.ended) return true;
  const peer: Side = me === "A" ? "B" : "A";
  if (getScenario(view.scenarioId)?.[me].start === "ESTABLISHED") return true;
  const iss = view[peer].iss;
  // After a reboot the peer has a new ISS: only a SYN that carries it tells it.
  return view.ladder.some((e) => e.kind === "segment" && e.from === peer && e.arrivedAt !== null && e.segment.flags.syn && e.segment.seq === iss);
}
