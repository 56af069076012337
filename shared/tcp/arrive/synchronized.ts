// SEGMENT ARRIVES in the synchronized states and SYN_RCVD (RFC 9293 3.10.7.4), in the RFC's
// order: sequence number (acceptability), RST, SYN, ACK, (URG is not modelled), text, FIN.
import { processAck } from "./ack";
import { note, type Ctx } from "../core/context";
import { flushAck, segLen, sendOowAck, trySend } from "../core/output";
import { acceptable } from "./acceptable";
import { linuxTakesSegment } from "./linux";
import { seqAdd, seqLe } from "../seq";
import { finAcked, receiveTextAndFin, restartTimeWait } from "./text";
import { enterState, returnToListen } from "../core/transition";
import type { Segment } from "../types";

export function arriveSynchronized(ctx: Ctx, seg: Segment): void {
  const ep = ctx.ep;
  const f = seg.flags;
  const len = segLen(seg);

  // Simultaneous open (RFC 9293 Figure 7, "four-way handshake"): the peer's SYN,ACK reaches
  // us in SYN_RCVD. Its SYN is the one we have (SEG.SEQ+1 = RCV.NXT), so it fails the
  // acceptability test as written; like Linux (tcp_validate_incoming) we take its ACK and
  // enter ESTABLISHED. rfc answers nothing (Figure 7); linux treats the SYN as an old
  // duplicate of sequence space and ACKs it (tcp_data_queue).
  if (ep.state === "SYN_RCVD" && !ep.passiveOpen && f.syn && f.ack && !f.rst && seqAdd(seg.seq, 1) === ep.rcvNxt) {
    const linux = ep.profile === "linux";
    note(ctx, linux ? "segment/syn-ack-crossed-ack" : "segment/syn-ack-crossed", { seq: seg.seq, ack: seg.ack });
    if (!processAck(ctx, seg)) return;
    if (linux) ctx.ackNeeded = true;
    finishSegment(ctx);
    return;
  }

  // A retransmission of the peer's FIN that we already acknowledged (SEG.SEQ+SEG.LEN = RCV.NXT):
  // our ACK was lost. Re-ACK it; in TIME_WAIT restart the 2 MSL timer (3.10.7.4 eighth,
  // TIME_WAIT). As in Linux, its ACK field is still processed (CLOSING may end here).
  if (ep.finReceived && f.fin && !f.syn && !f.rst && seqAdd(seg.seq, len) === ep.rcvNxt) {
    if (f.ack && !processAck(ctx, seg)) return;
    if (ep.state === "TIME_WAIT") {
      restartTimeWait(ctx);
      note(ctx, "segment/time-wait-restart", { until: ep.timers.timeWait ?? 0 });
    } else {
      note(ctx, "segment/fin-retransmitted", { state: ep.state });
    }
    ctx.ackNeeded = true;
    finishSegment(ctx);
    return;
  }

  if (ep.profile === "linux" && linuxTakesSegment(ctx, seg)) return;

  // First, the sequence number: an unacceptable segment gets <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>
  // (unless it is a RST) and is dropped.
  if (!acceptable(ep, seg.seq, len)) {
    if (f.rst) {
      note(ctx, "segment/rst-out-of-window", { seq: seg.seq, rcvNxt: ep.rcvNxt, rcvWnd: ep.rcvWnd });
      return;
    }
    // A SYN out of the window gets a challenge ACK in linux (tcp_validate_incoming).
    if (!sendOowAck(ctx, seg.data.length > 0 && !f.syn)) return;
    const old = seqLe(seqAdd(seg.seq, len), ep.rcvNxt);
    if (ep.state === "TIME_WAIT" && old) {
      // The second reason for TIME_WAIT: an old duplicate dies here instead of in a new connection.
      note(ctx, "segment/old-duplicate", { seq: seg.seq, len, rcvNxt: ep.rcvNxt });
    } else {
      note(ctx, "segment/unacceptable", { seq: seg.seq, len, rcvNxt: ep.rcvNxt, rcvWnd: ep.rcvWnd });
    }
    return;
  }

  // Second, the RST bit (RFC 5961 3.2): only SEG.SEQ = RCV.NXT resets; any other RST in the
  // window gets a challenge ACK.
  if (f.rst) {
    if (seg.seq !== ep.rcvNxt) {
      if (sendOowAck(ctx)) note(ctx, "segment/rst-challenge", { seq: seg.seq, rcvNxt: ep.rcvNxt });
      return;
    }
    if (ep.state === "SYN_RCVD" && ep.passiveOpen) {
      // SYN_RCVD after a passive OPEN: return to LISTEN.
      note(ctx, "segment/rst-syn-rcvd-passive", { seq: seg.seq });
      returnToListen(ctx);
      return;
    }
    // SYN_RCVD after an active OPEN: refused. ESTABLISHED .. CLOSE_WAIT: reset. CLOSING,
    // LAST_ACK, TIME_WAIT: simply CLOSED.
    note(ctx, "segment/rst-accepted", { seq: seg.seq, state: ep.state });
    enterState(ctx, "CLOSED", ep.state === "SYN_RCVD" ? "refused" : "reset");
    return;
  }

  // (Third, security and precedence: not modelled.)
  // Fourth, the SYN bit.
  if (f.syn) {
    if (ep.state === "SYN_RCVD" && ep.passiveOpen) {
      // SYN_RCVD after a passive OPEN: return to LISTEN.
      note(ctx, "segment/syn-rcvd-syn-listen", { seq: seg.seq });
      returnToListen(ctx);
      return;
    }
    // RFC 5961 4.2: whatever its sequence number, answer a SYN with a challenge ACK and drop it.
    if (sendOowAck(ctx)) note(ctx, "segment/syn-challenge", { seq: seg.seq, rcvNxt: ep.rcvNxt });
    return;
  }

  // Fifth, the ACK field: a segment without ACK is dropped.
  if (!f.ack) {
    note(ctx, "segment/no-ack-dropped", { seq: seg.seq });
    return;
  }
  if (!processAck(ctx, seg)) return;

  // (Sixth, URG: not modelled.) Seventh and eighth: text and FIN.
  receiveTextAndFin(ctx, seg, seg.seq, seg.data, f.fin);
  finishSegment(ctx);
}

/** What every processed segment ends with: FIN_WAIT_1 -> FIN_WAIT_2, new sends, the ACK. */
function finishSegment(ctx: Ctx): void {
  const ep = ctx.ep;
  if (ep.state === "CLOSED") return;
  // 3.10.7.4 fifth, FIN_WAIT_1: "if the FIN segment is now acknowledged, enter FIN_WAIT_2"
  // (decided after the FIN bit, so a FIN+ACK goes straight to TIME_WAIT).
  if (ep.state === "FIN_WAIT_1" && finAcked(ep)) enterState(ctx, "FIN_WAIT_2");
  trySend(ctx);
  flushAck(ctx);
}
