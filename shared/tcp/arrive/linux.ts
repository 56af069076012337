// SEGMENT ARRIVES where Linux 6.x departs from RFC 9293 3.10.7.4 (the linux profile only):
// TIME_WAIT and an orphaned FIN_WAIT_2 are handled by tcp_timewait_state_process, a
// half-open passive connection by tcp_check_req. See docs/engine/linux.md.
import { note, type Ctx } from "../core/context";
import { segLen, segmentOf, sendOowAck, sendResetFor } from "../core/output";
import { enterState } from "../core/transition";
import { freshConnection } from "../endpoint";
import { LINUX_OOW_RATE_LIMIT_MS, LINUX_TIME_WAIT_ISS_GAP } from "../profile";
import { seqAdd, seqGe, seqGt } from "../seq";
import type { Segment } from "../types";
import { restartTimeWait } from "./text";
import { arriveListen } from "./unsynchronized";
import { acceptable } from "./acceptable";

/** Returns true when the segment has been dealt with here. */
export function linuxTakesSegment(ctx: Ctx, seg: Segment): boolean {
  const ep = ctx.ep;
  if (ep.state === "TIME_WAIT") return timeWait(ctx, seg);
  if (ep.state === "FIN_WAIT_2" && ep.app === "close") return orphanFinWait2(ctx, seg);
  if (ep.state === "SYN_RCVD" && ep.passiveOpen) return synRcvdSynAgain(ctx, seg);
  return false;
}

/**
 * TIME_WAIT:
 * - A SYN above RCV.NXT opens a new connection if a listener is there (the connection came
 *   from a passive open), with ISS = SND.NXT + 65537 (RFC 6191 without timestamps).
 * - A RST at RCV.NXT ends TIME_WAIT unless tcp_rfc1337 is set (RFC 1337); any other RST is
 *   dropped without a challenge ACK.
 * - A bare ACK at RCV.NXT restarts the 60 s.
 */
function timeWait(ctx: Ctx, seg: Segment): boolean {
  const ep = ctx.ep;
  const f = seg.flags;
  if (f.syn && !f.ack && !f.rst && ep.passiveOpen && seqGt(seg.seq, ep.rcvNxt)) {
    const iss = seqAdd(ep.sndNxt, LINUX_TIME_WAIT_ISS_GAP);
    note(ctx, "segment/time-wait-syn-reopen", { seq: seg.seq, rcvNxt: ep.rcvNxt, iss });
    ctx.ep = freshConnection(ep, iss);
    ctx.ep.passiveOpen = true;
    arriveListen(ctx, seg);
    return true;
  }
  if (f.rst && (seg.seq !== ep.rcvNxt || ep.linux.rfc1337)) {
    note(ctx, "segment/time-wait-rst-ignored", { seq: seg.seq, rcvNxt: ep.rcvNxt, rfc1337: ep.linux.rfc1337 });
    return true;
  }
  if (f.ack && !f.syn && !f.fin && !f.rst && seg.data.length === 0 && seg.seq === ep.rcvNxt) {
    // A bare ACK at RCV.NXT: no answer, but TIME_WAIT starts over (inet_twsk_reschedule).
    restartTimeWait(ctx);
    note(ctx, "segment/time-wait-ack-restart", { until: ctx.ep.timers.timeWait ?? 0 });
    return true;
  }
  return false;
}

/**
 * An orphaned FIN_WAIT_2 (close(), then the peer ACKed our FIN) is already a time-wait
 * socket in Linux: a segment outside the window (a RST too) gets an ACK, any RST in the
 * window ends the connection (no challenge ACK), and a SYN at or above RCV.NXT is answered
 * with a RST. Data gets a RST and a FIN leads to TIME_WAIT as usual (arrive/text.ts).
 */
function orphanFinWait2(ctx: Ctx, seg: Segment): boolean {
  const ep = ctx.ep;
  const f = seg.flags;
  if (!acceptable(ep, seg.seq, segLen(seg))) {
    if (sendOowAck(ctx, seg.data.length > 0 && !f.syn && !f.rst)) {
      note(ctx, "segment/unacceptable", { seq: seg.seq, len: segLen(seg), rcvNxt: ep.rcvNxt, rcvWnd: ep.rcvWnd });
    }
    return true;
  }
  if (f.rst) {
    note(ctx, "segment/rst-accepted", { seq: seg.seq, state: ep.state });
    enterState(ctx, "CLOSED", "reset");
    return true;
  }
  if (f.syn && seqGe(seg.seq, ep.rcvNxt)) {
    sendResetFor(ctx, seg);
    note(ctx, "segment/orphan-syn-reset", { seq: seg.seq, rcvNxt: ep.rcvNxt });
    enterState(ctx, "CLOSED", "reset");
    return true;
  }
  return false;
}

/**
 * SYN_RCVD after a passive open: the peer's SYN again (SEG.SEQ = IRS) means our SYN,ACK was
 * lost; Linux sends the SYN,ACK again and restarts its timer (tcp_check_req), rate-limited
 * like any out-of-window answer. RFC 9293 would answer it as an old segment with an ACK.
 */
function synRcvdSynAgain(ctx: Ctx, seg: Segment): boolean {
  const ep = ctx.ep;
  const f = seg.flags;
  const head = ep.retransmitQueue[0];
  const t = ep.timers.retransmit;
  if (!f.syn || f.ack || f.rst || seg.seq !== ep.irs || head === undefined || !head.syn || t === null) return false;
  if (ep.lastOowAckAt !== null && ctx.now - ep.lastOowAckAt < LINUX_OOW_RATE_LIMIT_MS) {
    note(ctx, "segment/ack-rate-limited", { last: ep.lastOowAckAt, now: ctx.now });
    return true;
  }
  ep.lastOowAckAt = ctx.now;
  ctx.segments.push(segmentOf(ep, head));
  ep.timers = { ...ep.timers, retransmit: { ...t, deadline: ctx.now + t.rto } };
  note(ctx, "segment/syn-rcvd-syn-again", { seq: seg.seq });
  return true;
}
