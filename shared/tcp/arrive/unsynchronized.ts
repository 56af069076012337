// SEGMENT ARRIVES in the states without a synchronized connection: CLOSED, LISTEN and
// SYN_SENT (RFC 9293 3.10.7.1 - 3.10.7.3).
import { note, type Ctx } from "../core/context";
import { flushAck, removeAcked, sendAck, sendResetFor, sendSyn, segmentOf, trySend } from "../core/output";
import { LINUX_TIMEOUT_MIN_MS } from "../profile";
import { seqAdd, seqInHalfOpenAbove } from "../seq";
import { receiveTextAndFin } from "./text";
import { enterState } from "../core/transition";
import type { Segment } from "../types";

/** 3.10.7.1 CLOSED: everything but a RST is answered with a RST. */
export function arriveClosed(ctx: Ctx, seg: Segment): void {
  if (seg.flags.rst) {
    // "An incoming segment containing a RST is discarded."
    note(ctx, "segment/closed-rst-ignored", { seq: seg.seq });
    return;
  }
  sendResetFor(ctx, seg);
  note(ctx, "segment/closed-reset", { seq: seg.seq, ack: seg.ack, hadAck: seg.flags.ack });
}

/** 3.10.7.2 LISTEN. */
export function arriveListen(ctx: Ctx, seg: Segment): void {
  const ep = ctx.ep;
  // First, a RST is ignored.
  if (seg.flags.rst) {
    note(ctx, "segment/listen-rst-ignored", { seq: seg.seq });
    return;
  }
  // Second, an ACK cannot be acceptable yet: <SEQ=SEG.ACK><CTL=RST>.
  if (seg.flags.ack) {
    sendResetFor(ctx, seg);
    note(ctx, "segment/listen-ack-reset", { ack: seg.ack });
    return;
  }
  // Third, a SYN: RCV.NXT = SEG.SEQ+1, IRS = SEG.SEQ, send <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>,
  // SND.NXT = ISS+1, SND.UNA = ISS, enter SYN_RCVD. Data on the SYN is not kept (not modelled).
  if (seg.flags.syn) {
    ep.irs = seg.seq;
    ep.rcvNxt = seqAdd(seg.seq, 1);
    ep.sndWnd = seg.window;
    ep.maxSndWnd = Math.max(ep.maxSndWnd, seg.window);
    ep.sndWl1 = seg.seq;
    ep.sndWl2 = 0;
    note(ctx, "segment/listen-syn", { irs: seg.seq, iss: ep.iss });
    enterState(ctx, "SYN_RCVD");
    // IRS is known now, so the SYN goes out (and is retransmitted) as a SYN,ACK.
    sendSyn(ctx);
    return;
  }
  // Fourth, any other control or text: drop.
  note(ctx, "segment/listen-dropped", { seq: seg.seq });
}

/** 3.10.7.3 SYN_SENT. */
export function arriveSynSent(ctx: Ctx, seg: Segment): void {
  const ep = ctx.ep;
  // First, the ACK bit: SEG.ACK =< ISS or SEG.ACK > SND.NXT is unacceptable; send a reset
  // (unless the segment is itself a RST) and drop.
  if (seg.flags.ack && !seqInHalfOpenAbove(seg.ack, ep.iss, ep.sndNxt)) {
    // linux (tcp_rcv_synsent_state_process): "a previous FIN/ACK or RST/ACK might be
    // ignored", so a SYN not yet retransmitted goes out again almost at once.
    const t = ep.timers.retransmit;
    if (ep.profile === "linux" && t !== null && t.retries === 0) {
      ep.timers = { ...ep.timers, retransmit: { ...t, deadline: ctx.now + LINUX_TIMEOUT_MIN_MS } };
    }
    if (seg.flags.rst) {
      note(ctx, "segment/syn-sent-rst-ignored", { seq: seg.seq, hadAck: true, received: seg.ack, expected: ep.sndNxt });
      return;
    }
    sendResetFor(ctx, seg);
    note(ctx, "segment/unacceptable-ack", { expected: ep.sndNxt, received: seg.ack, una: ep.sndUna });
    return;
  }
  // Second, the RST bit: with an acceptable ACK the connection is refused; without an ACK
  // it is dropped (RFC 5961 3.2: only a RST that acknowledges the SYN is believed).
  if (seg.flags.rst) {
    if (seg.flags.ack) {
      note(ctx, "segment/syn-sent-refused", { ack: seg.ack });
      enterState(ctx, "CLOSED", "refused");
    } else {
      note(ctx, "segment/syn-sent-rst-ignored", { seq: seg.seq, hadAck: false });
    }
    return;
  }
  // Fourth, the SYN bit (third, security, is not modelled).
  if (!seg.flags.syn) {
    note(ctx, "segment/syn-sent-dropped", { seq: seg.seq });
    return;
  }
  ep.irs = seg.seq;
  ep.rcvNxt = seqAdd(seg.seq, 1);
  ep.sndWnd = seg.window;
  ep.sndWl1 = seg.seq;
  ep.sndWl2 = seg.ack;
  if (seg.flags.ack) {
    // Our SYN is acknowledged: SND.UNA = SEG.ACK, ESTABLISHED, <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>.
    removeAcked(ctx, seg.ack);
    note(ctx, "segment/syn-ack", { irs: seg.seq, ack: seg.ack });
    enterState(ctx, "ESTABLISHED");
    ctx.ackNeeded = true;
    // Data or a FIN on the SYN,ACK continue at the sixth step.
    if (seg.data.length > 0 || seg.flags.fin) {
      receiveTextAndFin(ctx, seg, seqAdd(seg.seq, 1), seg.data, seg.flags.fin);
    }
    trySend(ctx);
    flushAck(ctx);
    return;
  }
  // Simultaneous open: <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>, SYN_RCVD. The SYN stays queued,
  // and from now on it goes out (and is retransmitted) as a SYN,ACK.
  note(ctx, "segment/simultaneous-open", { irs: seg.seq });
  enterState(ctx, "SYN_RCVD");
  const head = ep.retransmitQueue[0];
  if (head !== undefined) ctx.segments.push(segmentOf(ep, head));
  else sendAck(ctx);
}
