// What an endpoint can know about its peer. A real endpoint learns the peer's ISS only from
// the peer's SYN (RFC 9293 3.4: IRS is set from SEG.SEQ of the SYN received), so the host box
// shows "?" until one has arrived; a side that starts ESTABLISHED did its handshake before
// the scenario began, and once the match has ended everything is shown.
import type { PlayerView, Side } from "../../../shared/match/types";
import { getScenario } from "../../../shared/scenarios";
import { seqAdd, seqGt } from "../../../shared/tcp/seq";

export function peerIssKnown(view: PlayerView, me: Side): boolean {
  if (view.ended) return true;
  const peer: Side = me === "A" ? "B" : "A";
  if (getScenario(view.scenarioId)?.[me].start === "ESTABLISHED") return true;
  const iss = view[peer].iss;
  // After a reboot the peer has a new ISS: only a SYN that carries it tells it.
  return view.ladder.some(
    (e) => e.kind === "segment" && e.from === peer && e.arrivedAt !== null && e.segment.flags.syn && e.segment.seq === iss,
  );
}

/** What a player has learnt of its own connection from the wire: the numbers it needs next. */
export interface Learnt {
  /** The seq of the next new byte I would send: past my SYN, my data and my FIN. */
  nextSeq: number;
  /** The ack of the last segment from the peer that reached me (null before any). */
  lastAck: number | null;
}

/**
 * Read from the public ladder only (my own segments, the peer's segments that arrived), so it
 * never depends on an undeclared state. `iss` is my ISS as the view shows it (fresh after a
 * return to CLOSED). A side that starts ESTABLISHED has used one number for its SYN already.
 */
export function learnt(view: PlayerView, me: Side, iss: number): Learnt {
  const startedEstablished = getScenario(view.scenarioId)?.[me].start === "ESTABLISHED";
  let next: number | null = null;
  let lastAck: number | null = null;
  for (const e of view.ladder) {
    if (e.kind !== "segment" || e.copyOf !== null) continue;
    const s = e.segment;
    if (e.from === me) {
      // A SYN with this ISS opens the connection in use; earlier segments belong to an older one.
      if (s.flags.syn && s.seq === iss) next = null;
      const end = seqAdd(s.seq, s.data.length + (s.flags.syn ? 1 : 0) + (s.flags.fin ? 1 : 0));
      if (s.flags.rst) continue;
      if (next === null || seqGt(end, next)) next = end;
    } else if (e.arrivedAt !== null && e.fate !== "dropped" && s.flags.ack) {
      lastAck = s.ack;
    }
  }
  const sentSyn = view.ladder.some((e) => e.kind === "segment" && e.from === me && e.segment.flags.syn && e.segment.seq === iss);
  if (!sentSyn && !startedEstablished) next = iss;
  return { nextSeq: next ?? (startedEstablished ? seqAdd(iss, 1) : iss), lastAck };
}

/** The ISS values a player was last shown: its own, and the peer's once known. */
export interface ShownIss {
  mine: number | null;
  peer: number | null;
}

/**
 * After a restart both sides use new ISS values (RFC 9293 3.4.1): the change to announce,
 * if any (a catalogue key and the new ISS), and the values shown from now on.
 */
export function issChange(view: PlayerView, me: Side, before: ShownIss): { shown: ShownIss; note: { key: string; iss: number } | null } {
  const peerSide: Side = me === "A" ? "B" : "A";
  const mine = view[me].iss;
  const peer = peerIssKnown(view, me) ? view[peerSide].iss : null;
  const shown = { mine, peer: peer ?? before.peer };
  if (before.mine !== null && mine !== null && mine !== before.mine) return { shown, note: { key: "match:host.issChanged", iss: mine } };
  if (before.peer !== null && peer !== null && peer !== before.peer)
    return { shown, note: { key: "match:host.peerIssChanged", iss: peer } };
  return { shown, note: null };
}
