// SEGMENT ARRIVES, synchronized states, seventh and eighth steps: the segment text and the
// FIN bit (RFC 9293 3.10.7.4).
import { note, type Ctx } from "../core/context";
import { sendResetFor } from "../core/output";
import { timeWaitMs } from "../profile";
import { seqAdd, seqDiff, seqGt } from "../seq";
import { enterState } from "../core/transition";
import type { Endpoint, Segment } from "../types";

/** Our FIN has been sent and SND.UNA has passed it. */
export function finAcked(ep: Endpoint): boolean {
  return ep.finSeq !== null && seqGt(ep.sndUna, ep.finSeq);
}

/** 3.10.7.4 eighth, TIME_WAIT: restart the 2 MSL time-wait timeout. */
export function restartTimeWait(ctx: Ctx): void {
  ctx.ep.timers = { ...ctx.ep.timers, timeWait: ctx.now + timeWaitMs(ctx.ep) };
}

/**
 * The text `data` starting at `seq`, followed by a FIN if `fin`. Only in-order text is
 * taken: what lies before RCV.NXT is trimmed, what lies beyond the window is cut off, and
 * a segment starting beyond RCV.NXT is not buffered (a duplicate ACK asks for the gap).
 */
export function receiveTextAndFin(ctx: Ctx, seg: Segment, seq: number, data: string, fin: boolean): void {
  const ep = ctx.ep;
  let text = data;
  let hasFin = fin;
  // Trim what we already have (3.10.7.4 first: "the idealized segment that begins at RCV.NXT").
  const early = seqDiff(ep.rcvNxt, seq);
  let start = seq;
  if (early > 0) {
    if (early > text.length) {
      text = "";
      hasFin = false;
    } else {
      text = text.slice(early);
    }
    start = ep.rcvNxt;
  }
  // Trim what lies beyond the receive window; a FIN beyond it is not seen either.
  if (text.length >= ep.rcvWnd) {
    if (text.length > ep.rcvWnd) text = text.slice(0, ep.rcvWnd);
    hasFin = false;
  }
  if (text.length === 0 && !hasFin) return;
  if (start !== ep.rcvNxt) {
    note(ctx, "segment/out-of-order", { seq: start, rcvNxt: ep.rcvNxt, bytes: text.length });
    ctx.ackNeeded = true;
    return;
  }

  // Seventh, the segment text.
  if (text.length > 0) {
    const s = ep.state;
    if (s === "ESTABLISHED" || s === "FIN_WAIT_1" || s === "FIN_WAIT_2") {
      // linux: tcp_rcv_state_process resets an orphaned socket (close(), RCV_SHUTDOWN) that
      // receives new data in FIN_WAIT_1/2. The rfc profile keeps delivering.
      if (ep.profile === "linux" && ep.app === "close") {
        sendResetFor(ctx, seg);
        note(ctx, "segment/data-after-close-reset", { bytes: text.length, state: s });
        enterState(ctx, "CLOSED", "reset");
        return;
      }
      // Deliver the text, RCV.NXT advances over it, an ACK is owed.
      ep.received += text;
      if (!ep.autoRecv) ep.unread += text.length;
      ep.rcvNxt = seqAdd(ep.rcvNxt, text.length);
      note(ctx, "segment/data-received", { bytes: text.length, rcvNxt: ep.rcvNxt });
      ctx.ackNeeded = true;
    } else {
      // CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT: a FIN has been received; ignore the text.
      note(ctx, "segment/data-after-fin", { bytes: text.length, state: s });
      return;
    }
  }

  // Eighth, the FIN bit.
  if (!hasFin) return;
  ctx.ackNeeded = true;
  if (ep.finReceived) {
    // A FIN again (CLOSE_WAIT, CLOSING, LAST_ACK: remain; TIME_WAIT: restart the timer).
    if (ep.state === "TIME_WAIT") {
      restartTimeWait(ctx);
      note(ctx, "segment/time-wait-restart", { until: ep.timers.timeWait ?? 0 });
    } else {
      note(ctx, "segment/fin-retransmitted", { state: ep.state });
    }
    return;
  }
  // Advance RCV.NXT over the FIN and acknowledge it.
  ep.rcvNxt = seqAdd(ep.rcvNxt, 1);
  ep.finReceived = true;
  note(ctx, "segment/fin-received", { rcvNxt: ep.rcvNxt });
  switch (ep.state) {
    case "SYN_RCVD":
    case "ESTABLISHED":
      enterState(ctx, "CLOSE_WAIT");
      break;
    case "FIN_WAIT_1":
      // Our FIN acknowledged (perhaps in this very segment): TIME_WAIT; otherwise CLOSING.
      enterState(ctx, finAcked(ep) ? "TIME_WAIT" : "CLOSING");
      break;
    case "FIN_WAIT_2":
      enterState(ctx, "TIME_WAIT");
      break;
    default:
      break;
  }
}
