// SEGMENT ARRIVES, synchronized states, fifth step: the ACK field (RFC 9293 3.10.7.4).
import { note, type Ctx } from "../core/context";
import { removeAcked, segLen, sendOowAck, sendResetFor } from "../core/output";
import { seqAdd, seqDiff, seqInHalfOpenAbove, seqLe, seqLt } from "../seq";
import { finAcked } from "./text";
import { enterState } from "../core/transition";
import type { Segment } from "../types";

/** Processes SEG.ACK. Returns false when the segment is dropped here. */
export function processAck(ctx: Ctx, seg: Segment): boolean {
  const ep = ctx.ep;
  const ack = seg.ack;

  // SYN_RCVD: SND.UNA < SEG.ACK =< SND.NXT enters ESTABLISHED (with SND.WND = SEG.WND,
  // SND.WL1 = SEG.SEQ, SND.WL2 = SEG.ACK); otherwise <SEQ=SEG.ACK><CTL=RST>.
  if (ep.state === "SYN_RCVD") {
    if (!seqInHalfOpenAbove(ack, ep.sndUna, ep.sndNxt)) {
      sendResetFor(ctx, seg);
      note(ctx, "segment/unacceptable-ack", { expected: ep.sndNxt, received: ack, una: ep.sndUna });
      return false;
    }
    enterState(ctx, "ESTABLISHED");
    ep.sndWnd = seg.window;
    if (ep.sndWnd > ep.maxSndWnd) ep.maxSndWnd = ep.sndWnd;
    ep.sndWl1 = seg.seq;
    ep.sndWl2 = ack;
  }

  // ESTABLISHED processing (shared by every later state): an ACK of something not yet sent
  // is answered with an ACK and the segment dropped.
  if (seqLt(ep.sndNxt, ack)) {
    if (sendOowAck(ctx)) note(ctx, "segment/ack-of-unsent", { received: ack, sndNxt: ep.sndNxt });
    return false;
  }
  // RFC 5961 5.2 (RFC 9293 3.10.7.4 fifth): an ACK below SND.UNA - MAX.SND.WND gets a
  // challenge ACK and the segment is dropped. linux bounds MAX.SND.WND by what has been
  // acknowledged so far (tcp_ack: min(max_window, bytes_acked)).
  const bound = ep.profile === "linux" ? Math.min(ep.maxSndWnd, seqDiff(ep.sndUna, ep.iss)) : ep.maxSndWnd;
  if (seqLt(ack, seqAdd(ep.sndUna, -bound))) {
    if (sendOowAck(ctx)) note(ctx, "segment/ack-too-old", { received: ack, sndUna: ep.sndUna, maxSndWnd: bound });
    return false;
  }
  if (seqLt(ep.sndUna, ack)) {
    // SND.UNA < SEG.ACK =< SND.NXT: SND.UNA = SEG.ACK, the queue drops what is acknowledged.
    const hadFinOutstanding = ep.finSeq !== null && !finAcked(ep);
    const bytes = removeAcked(ctx, ack);
    note(ctx, "segment/acked", { bytes, sndUna: ack });
    if (hadFinOutstanding && finAcked(ep)) {
      note(ctx, "segment/fin-acked", { finSeq: ep.finSeq ?? 0 });
      // CLOSING: our FIN acknowledged, TIME_WAIT. LAST_ACK: delete the TCB, CLOSED.
      // FIN_WAIT_1 moves on after the FIN bit is seen (FIN_WAIT_2, or TIME_WAIT if this
      // segment carries the peer's FIN too).
      if (ep.state === "CLOSING") enterState(ctx, "TIME_WAIT");
      else if (ep.state === "LAST_ACK") {
        enterState(ctx, "CLOSED", "normal");
        return false;
      }
    }
  } else if (seqLt(ack, ep.sndUna) || (segLen(seg) === 0 && ep.sndUna !== ep.sndNxt)) {
    // SEG.ACK =< SND.UNA: a duplicate, ignored (noted when it is old, or a bare repeat while
    // data is outstanding).
    note(ctx, "segment/duplicate-ack", { received: ack, sndUna: ep.sndUna });
  }
  // Window update: SND.UNA =< SEG.ACK =< SND.NXT and the segment is newer than the last one
  // used (SND.WL1 < SEG.SEQ, or SND.WL1 = SEG.SEQ and SND.WL2 =< SEG.ACK).
  if (seqLe(ep.sndUna, ack) && (seqLt(ep.sndWl1, seg.seq) || (ep.sndWl1 === seg.seq && seqLe(ep.sndWl2, ack)))) {
    ep.sndWnd = seg.window;
    ep.sndWl1 = seg.seq;
    ep.sndWl2 = ack;
  }
  if (ep.sndWnd > ep.maxSndWnd) ep.maxSndWnd = ep.sndWnd;
  return true;
}
