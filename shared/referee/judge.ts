// The referee: judges a hand-made segment against what TCP would send, using the engine's
// own step for every "what would TCP do" (the rules are never written twice).
import { CALL_REFUSED, CALL_WAITS, callEvent, step } from "../tcp/index";
import type { Endpoint, Segment, StepResult, TcpEvent, TcpState } from "../tcp/types";
import type { FinMode, SegmentDraft } from "../match/types";
import { isPureAck, mergeContiguous, sameFlags, sameSegment } from "./segments";
import type { Judgement, MistakeCode, StateJudgement, Stands, Verdict } from "./types";

export { CALL_REFUSED };

/** The user call(s) a segment built on the player's own initiative stands for. */
export function callFor(draft: SegmentDraft, finMode: FinMode = "shutdown", iss?: number): { stands: Stands; events: TcpEvent[] } | null {
  const f = draft.flags;
  // RFC 9293 3.10.5: ABORT in a synchronized state sends a RST.
  if (f.rst) return { stands: "abort", events: [callEvent("abort")] };
  // RFC 9293 3.10.1: an active OPEN sends a SYN (no ACK: nothing to acknowledge yet).
  if (f.syn && !f.ack && !f.fin) {
    return { stands: "open", events: [callEvent("connect", { iss })] };
  }
  if (f.syn) return null;
  // RFC 9293 3.10.4: CLOSE queues a FIN after any data (shutdown keeps reading; close lets go).
  if (f.fin) {
    const fin = callEvent(finMode);
    const events: TcpEvent[] = draft.data.length > 0 ? [callEvent("send", { data: draft.data }), fin] : [fin];
    return { stands: finMode, events };
  }
  // RFC 9293 3.10.2: SEND puts data on the wire once synchronized.
  if (draft.data.length > 0) return { stands: "send", events: [callEvent("send", { data: draft.data })] };
  return null;
}

/** Runs user calls through the engine, one after the other, collecting what it emits. */
export function runCalls(endpoint: Endpoint, events: readonly TcpEvent[], now: number): StepResult {
  let ep = endpoint;
  const segments: Segment[] = [];
  const notes: StepResult["notes"] = [];
  for (const ev of events) {
    const r = step(ep, ev, now);
    ep = r.endpoint;
    segments.push(...r.segments);
    notes.push(...r.notes);
  }
  return { endpoint: ep, segments, notes };
}

/** Owed pure ACKs that `draft` covers by carrying the same acknowledgment (piggybacking). */
function piggybacked(owed: readonly Segment[], draft: SegmentDraft, except: number): number[] {
  if (!draft.flags.ack) return [];
  const out: number[] = [];
  owed.forEach((o, i) => {
    if (i !== except && isPureAck(o) && o.ack === draft.ack) out.push(i);
  });
  return out;
}

function mistakesAgainst(draft: SegmentDraft, target: Segment): MistakeCode[] {
  const m: MistakeCode[] = [];
  if (!sameFlags(draft, target)) m.push("wrong-flags");
  // A retransmission must carry the same bytes at the same sequence number.
  if (draft.seq !== target.seq || (sameFlags(draft, target) && draft.data !== target.data)) m.push("wrong-seq");
  if (draft.flags.ack && target.flags.ack && draft.ack !== target.ack) m.push("wrong-ack");
  return m;
}

/**
 * Whether the draft repeats, with the right ack, something still in the retransmission
 * queue that is not owed now (its timer has not fired).
 */
function isEarlyRetransmission(endpoint: Endpoint, owed: readonly Segment[], draft: SegmentDraft): boolean {
  if (owed.some((o) => o.seq === draft.seq && sameFlags(o, draft))) return false;
  if (draft.flags.ack && draft.ack !== endpoint.rcvNxt) return false;
  return endpoint.retransmitQueue.some(
    (e) => e.seq === draft.seq && e.syn === draft.flags.syn && e.fin === draft.flags.fin && e.data === draft.data,
  );
}

/**
 * Judges a hand-made segment from `endpoint`, given the segments the engine owes.
 * A segment is right when it is an owed segment, or the exact segment of the user call it
 * stands for (SYN = open, data = send, FIN = shutdown/close, RST = abort).
 */
export function judgeSegment(
  endpoint: Endpoint,
  owed: readonly Segment[],
  draft: SegmentDraft,
  finMode?: FinMode,
  now = 0,
  iss?: number,
): Judgement {
  const replyIndex = owed.findIndex((o) => sameSegment(draft, o));
  if (replyIndex >= 0) {
    const verdict: Verdict = {
      ok: true,
      stands: "reply",
      mistakes: [],
      expected: owed[replyIndex]!,
      satisfies: [replyIndex, ...piggybacked(owed, draft, replyIndex)],
    };
    return { verdict, call: null };
  }

  const call = callFor(draft, finMode, iss);
  const result = call === null ? null : runCalls(endpoint, call.events, now);
  const emitted = result === null ? null : result.segments.length > 1 ? mergeContiguous(result.segments) : (result.segments[0] ?? null);
  const refused = result?.notes.some((n) => CALL_REFUSED.includes(n.code));
  if (call !== null && result !== null && emitted !== null && !refused && sameSegment(draft, emitted)) {
    const verdict: Verdict = { ok: true, stands: call.stands, mistakes: [], expected: emitted, satisfies: piggybacked(owed, draft, -1) };
    return { verdict, call: result };
  }

  const fail = (mistakes: MistakeCode[], expected: Segment | null): Judgement => ({
    verdict: { ok: false, stands: call?.stands ?? null, mistakes, expected, satisfies: [] },
    call: call !== null && result !== null && !refused && emitted !== null ? result : null,
  });
  const firstOwed = owed[0] ?? null;

  if (isEarlyRetransmission(endpoint, owed, draft)) return fail(["too-early"], firstOwed);
  const waits = result !== null && emitted === null && result.notes.some((n) => CALL_WAITS.includes(n.code));
  if (waits && !refused) return fail(["too-early"], firstOwed);

  // Compare against the closest thing TCP would send: same flags first, then what is owed.
  // The call's own segment comes first: a data segment is compared with send()'s, not with an owed ACK.
  const candidates: Segment[] = [...(emitted !== null && !refused ? [emitted] : []), ...owed];
  const target = candidates.find((c) => sameFlags(draft, c)) ?? candidates[0];
  if (target === undefined) return fail(["not-needed"], null);
  const mistakes = mistakesAgainst(draft, target);
  return fail(mistakes.length > 0 ? mistakes : ["not-needed"], target);
}

/** Judges a declared state against the truth. */
export function judgeState(endpoint: Endpoint, declared: TcpState): StateJudgement {
  return { right: endpoint.state === declared, truth: endpoint.state };
}
