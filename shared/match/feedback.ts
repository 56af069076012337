// Feedback that teaches at the moment of a mistake (outside expert mode): one or two
// sentences that name the concept behind a refused segment or a wrong declared state, and
// after the second wrong try the right answer. Sentences are catalogue keys (`why.*`,
// `note.*`) with parameters, translated by the client.
//
// A wrong state's reasons use only what the player may know already: the event that opened
// the checkpoint (public on the wire, or the player's own call), the state learnt before it
// and the state they declared. They never read the undeclared truth (test/match/hidden-truth).
import type { MistakeCode, Verdict } from "../referee/types";
import { segmentLabel } from "../tcp/format";
import { seqAdd } from "../tcp/seq";
import type { Endpoint, Note, Segment, TcpState } from "../tcp/types";
import type { Checkpoint, Feedback, LadderEntry, Reason, SegmentDraft } from "./types";

const r = (key: string, params: Reason["params"] = {}): Reason => ({ key, params });

function flagsReason(draft: SegmentDraft, expected: Segment): Reason {
  const e = expected.flags;
  if (e.rst) return r("why.flags.rst");
  if (e.syn && e.ack) return r("why.flags.synAck");
  if (e.syn) return r("why.flags.syn");
  if (draft.flags.syn) return r("why.flags.noSyn");
  if (e.fin) return r("why.flags.fin");
  if (e.ack && !draft.flags.ack) return r("why.flags.needAck");
  return r("why.flags.ack");
}

function seqReason(ep: Endpoint, draft: SegmentDraft, expected: Segment): Reason {
  if (ep.irs !== null && (draft.seq === ep.rcvNxt || draft.seq === ep.irs)) return r("why.seq.peer");
  if (expected.flags.syn) return r("why.seq.iss");
  if (ep.finSeq !== null && expected.seq === seqAdd(ep.finSeq, 1)) return r("why.seq.afterFin");
  if (expected.seq === seqAdd(ep.iss, 1)) return r("why.seq.afterSyn");
  if (draft.seq === ep.iss) return r("why.seq.afterSyn");
  return r("why.seq.sndNxt");
}

function ackReason(ep: Endpoint, draft: SegmentDraft, expected: Segment): Reason {
  if (draft.ack === ep.iss || draft.ack === ep.sndNxt || draft.ack === seqAdd(ep.iss, 1)) {
    if (ep.irs === null || (draft.ack !== seqAdd(ep.irs, 1) && draft.ack !== ep.rcvNxt)) return r("why.ack.own");
  }
  if (ep.finReceived && expected.ack === ep.rcvNxt) {
    return draft.ack === seqAdd(ep.rcvNxt, -1) ? r("why.ack.finPlusOne") : r("why.ack.fin");
  }
  if (ep.irs !== null && expected.ack === seqAdd(ep.irs, 1)) {
    return draft.ack === ep.irs ? r("why.ack.synPlusOne") : r("why.ack.syn");
  }
  return r("why.ack.data");
}

function earlyReason(ep: Endpoint, draft: SegmentDraft): Reason {
  const synced = ep.state !== "CLOSED" && ep.state !== "LISTEN" && ep.state !== "SYN_SENT" && ep.state !== "SYN_RCVD";
  if (draft.data.length > 0 && !synced) return r("why.early.data");
  return r("why.early.retransmit");
}

/**
 * Why a segment was refused. `ep` is the endpoint it was built from (no checkpoint is
 * pending when a player builds a segment, so its state is the one the player learnt).
 */
export function segmentFeedback(ep: Endpoint, draft: SegmentDraft, verdict: Verdict, tries: number): Feedback {
  const expected = verdict.expected;
  const reasons: Reason[] = [];
  const order: MistakeCode[] = ["not-needed", "too-early", "wrong-flags", "wrong-seq", "wrong-ack"];
  for (const m of order) {
    if (!verdict.mistakes.includes(m)) continue;
    if (m === "not-needed" || expected === null) reasons.push(r("why.notNeeded"));
    else if (m === "too-early") reasons.push(earlyReason(ep, draft));
    else if (m === "wrong-flags") reasons.push(flagsReason(draft, expected));
    else if (m === "wrong-seq") reasons.push(seqReason(ep, draft, expected));
    else reasons.push(ackReason(ep, draft, expected));
    if (reasons.length >= 2) break;
  }
  let answer: Reason[] | null = null;
  if (tries >= 2) {
    answer = [
      expected !== null && !verdict.mistakes.includes("not-needed")
        ? r("why.answer.segment", { segment: segmentLabel(expected) })
        : r("why.answer.nothing"),
    ];
  }
  return { about: "segment", tries, reasons: dedupe(reasons), answer };
}

function dedupe(rs: Reason[]): Reason[] {
  const seen = new Set<string>();
  return rs.filter((x) => (seen.has(x.key) ? false : (seen.add(x.key), true)));
}

/** The event that opened a checkpoint, told from what the player has seen. */
function eventReason(cp: Checkpoint, ladder: readonly LadderEntry[]): Reason {
  const c = cp.cause;
  const seg = (id: number): string => {
    for (const e of ladder) if (e.kind === "segment" && e.id === id) return segmentLabel(e.segment);
    return "?";
  };
  switch (c.kind) {
    case "received":
      return r("why.event.received", { segment: seg(c.segmentId) });
    case "sent":
      return r("why.event.sent", { segment: seg(c.segmentId) });
    case "call":
      return r("why.event.call", { call: `${c.call}()` });
    case "timer":
      return r("why.event.timer");
    case "script":
      return r("why.event.script", { action: c.action });
    case "start":
      return r("why.event.start");
  }
}

/**
 * A first wrong declaration: what happened (the event), the arrow to look for (from the
 * state learnt before), and what the declared state means. Truth-free by construction.
 */
export function stateFeedback(cp: Checkpoint, before: TcpState | null, declared: TcpState, ladder: readonly LadderEntry[]): Feedback {
  const reasons: Reason[] = [eventReason(cp, ladder)];
  if (before === declared) reasons.push(r("why.state.moved", { from: before }));
  else if (before !== null) reasons.push(r("why.state.from", { from: before }));
  reasons.push(r(`why.meaning.${declared}`));
  return { about: "state", tries: 1, reasons, answer: null };
}

/** After the second wrong try: the answer, and the engine's own why (its notes, not the bare transition). */
export function stateAnswer(first: Feedback | null, truth: TcpState, notes: readonly Note[]): Feedback {
  const why = notes
    .filter((n) => n.code !== "state/transition")
    .slice(0, 2)
    .map((n) => {
      const params: Reason["params"] = {};
      for (const [k, v] of Object.entries(n.params)) params[k] = typeof v === "boolean" ? String(v) : (v as string | number);
      return r(`note.${n.code}`, params);
    });
  return {
    about: "state",
    tries: 2,
    reasons: first?.about === "state" ? first.reasons.slice(0, 1) : [],
    answer: [r("why.answer.state", { state: truth }), ...why, r(`why.meaning.${truth}`)],
  };
}
