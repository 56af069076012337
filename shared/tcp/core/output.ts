// Building the segments an endpoint emits, and putting sequence space on the wire.
import type { Ctx } from "./context";
import { LINUX_OOW_RATE_LIMIT_MS, LINUX_RTO_MIN_MS, MAX_RTO_MS } from "../profile";
import { seqAdd, seqDiff } from "../seq";
import { enterState } from "./transition";
import type { Endpoint, Flags, RetransmitEntry, Segment } from "../types";

export function flags(syn: boolean, ack: boolean, fin: boolean, rst: boolean, psh: boolean): Flags {
  return { syn, ack, fin, rst, psh };
}

/** SEG.LEN: the data plus one for a SYN and one for a FIN (RFC 9293 3.4). */
export function segLen(seg: Segment): number {
  return seg.data.length + (seg.flags.syn ? 1 : 0) + (seg.flags.fin ? 1 : 0);
}

export function entryLen(e: RetransmitEntry): number {
  return e.data.length + (e.syn ? 1 : 0) + (e.fin ? 1 : 0);
}

/**
 * The ACK that answers an out-of-window segment or is a challenge ACK (RFC 5961 3.2, 4.2,
 * 5.2). linux sends at most one per 500 ms (tcp_oow_rate_limited, tcp_invalid_ratelimit);
 * out-of-window segments that carry data are exempt (`exempt`). Returns whether it was sent.
 */
export function sendOowAck(ctx: Ctx, exempt = false): boolean {
  const ep = ctx.ep;
  if (ep.profile === "linux" && !exempt) {
    if (ep.lastOowAckAt !== null && ctx.now - ep.lastOowAckAt < LINUX_OOW_RATE_LIMIT_MS) {
      ctx.notes.push({ code: "segment/ack-rate-limited", params: { last: ep.lastOowAckAt, now: ctx.now } });
      return false;
    }
    ep.lastOowAckAt = ctx.now;
  }
  sendAck(ctx);
  return true;
}

/** <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>: a pure ACK, also the challenge ACK of RFC 5961. */
export function sendAck(ctx: Ctx): void {
  const ep = ctx.ep;
  ctx.segments.push({
    seq: ep.sndNxt,
    ack: ep.rcvNxt,
    flags: flags(false, true, false, false, false),
    window: ep.rcvWnd,
    data: "",
  });
}

/**
 * The reset that answers a segment (RFC 9293 3.10.7.1): if it had an ACK,
 * <SEQ=SEG.ACK><CTL=RST>; otherwise <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>.
 */
export function sendResetFor(ctx: Ctx, seg: Segment): void {
  const window = ctx.ep.rcvWnd;
  if (seg.flags.ack) {
    ctx.segments.push({ seq: seg.ack, ack: 0, flags: flags(false, false, false, true, false), window, data: "" });
  } else {
    const ack = seqAdd(seg.seq, segLen(seg));
    ctx.segments.push({ seq: 0, ack, flags: flags(false, true, false, true, false), window, data: "" });
  }
}

/** The segment that carries a queued entry, with the current RCV.NXT (first send or retransmission). */
export function segmentOf(ep: Endpoint, e: RetransmitEntry): Segment {
  const synchronized = ep.irs !== null;
  return {
    seq: e.seq,
    ack: synchronized ? ep.rcvNxt : 0,
    flags: flags(e.syn, synchronized, e.fin, false, e.data.length > 0),
    window: ep.rcvWnd,
    data: e.data,
  };
}

/** Sends new sequence space: SND.NXT advances, the entry waits for its ACK (RFC 6298 5.1). */
export function transmit(ctx: Ctx, entry: RetransmitEntry): void {
  const ep = ctx.ep;
  ep.retransmitQueue = [...ep.retransmitQueue, entry];
  ep.sndNxt = seqAdd(ep.sndNxt, entryLen(entry));
  ctx.segments.push(segmentOf(ep, entry));
  // RFC 6298 5.1: start the timer if it is not running.
  if (ep.timers.retransmit === null) {
    ep.timers = { ...ep.timers, retransmit: { deadline: ctx.now + ep.rtoMs, since: ctx.now, rto: ep.rtoMs, retries: 0 } };
  }
}

/** <SEQ=ISS><CTL=SYN> (or SYN,ACK in SYN_RCVD, where IRS is known). */
export function sendSyn(ctx: Ctx): void {
  const ep = ctx.ep;
  ep.sndUna = ep.iss;
  ep.sndNxt = ep.iss;
  transmit(ctx, { seq: ep.iss, syn: true, fin: false, data: "" });
}

/** Our FIN takes one sequence number; ESTABLISHED/SYN_RCVD -> FIN_WAIT_1, CLOSE_WAIT -> LAST_ACK. */
export function sendFin(ctx: Ctx): void {
  const ep = ctx.ep;
  ep.finPending = false;
  ep.finSeq = ep.sndNxt;
  transmit(ctx, { seq: ep.sndNxt, syn: false, fin: true, data: "" });
  if (ep.state === "ESTABLISHED" || ep.state === "SYN_RCVD") enterState(ctx, "FIN_WAIT_1");
  else if (ep.state === "CLOSE_WAIT") enterState(ctx, "LAST_ACK");
}

/**
 * Sends queued data as far as the peer's window allows (RFC 9293 3.8.6: SND.UNA + SND.WND
 * bounds what may be sent), then a FIN the application asked for once the data is out.
 * One segment per call: there is no MSS in this model.
 */
export function trySend(ctx: Ctx): void {
  const ep = ctx.ep;
  const s = ep.state;
  const open = s === "ESTABLISHED" || s === "CLOSE_WAIT";
  // The FIN follows all queued data (3.10.4), also once the peer's FIN has moved us on to
  // CLOSING before ours could be sent.
  const closingWithData = (s === "FIN_WAIT_1" || s === "LAST_ACK" || s === "CLOSING") && ep.finSeq === null;
  if (!open && !closingWithData) return;
  if (ep.sendBuffer.length > 0) {
    const usable = ep.sndWnd - seqDiff(ep.sndNxt, ep.sndUna);
    if (usable > 0) {
      const n = Math.min(usable, ep.sendBuffer.length);
      const data = ep.sendBuffer.slice(0, n);
      ep.sendBuffer = ep.sendBuffer.slice(n);
      transmit(ctx, { seq: ep.sndNxt, syn: false, fin: false, data });
    }
  }
  if (ep.finPending && ep.sendBuffer.length === 0) sendFin(ctx);
}

/**
 * linux: an RTT sample when new data is acknowledged and the head was not retransmitted
 * (Karn, RFC 6298 3), then RTO = SRTT + max(4 RTTVAR, 200 ms) (RFC 6298 2.2-2.4 with Linux's
 * TCP_RTO_MIN floor instead of 1 s), at most TCP_RTO_MAX. A sample of 0 ms (an exchange
 * outside time, like a match's silent handshake) is no measurement.
 */
function sampleRtt(ctx: Ctx): void {
  const ep = ctx.ep;
  const t = ep.timers.retransmit;
  if (ep.profile !== "linux" || t === null || t.retries > 0) return;
  const m = ctx.now - t.since;
  if (!(m > 0)) return;
  if (ep.srtt === null) {
    ep.srtt = m;
    ep.rttvar = m / 2;
  } else {
    ep.rttvar = 0.75 * ep.rttvar + 0.25 * Math.abs(ep.srtt - m);
    ep.srtt = 0.875 * ep.srtt + 0.125 * m;
  }
  ep.rtoMs = Math.min(ep.srtt + Math.max(4 * ep.rttvar, LINUX_RTO_MIN_MS), MAX_RTO_MS.linux);
}

/** Sends the owed ACK unless a segment of this step already carries ACK = RCV.NXT. */
export function flushAck(ctx: Ctx): void {
  if (!ctx.ackNeeded) return;
  ctx.ackNeeded = false;
  const ep = ctx.ep;
  if (ep.state === "CLOSED" || ep.state === "LISTEN") return;
  for (const s of ctx.segments) {
    if (s.flags.ack && !s.flags.rst && s.ack === ep.rcvNxt) return;
  }
  sendAck(ctx);
}

/**
 * SND.UNA = ack (SND.UNA < ack =< SND.NXT): drop what is acknowledged from the retransmission
 * queue (RFC 9293 3.10.7.4 fifth) and restart or stop the timer (RFC 6298 5.2, 5.3).
 * Returns how much sequence space was acknowledged.
 */
export function removeAcked(ctx: Ctx, ack: number): number {
  const ep = ctx.ep;
  const acked = seqDiff(ack, ep.sndUna);
  ep.sndUna = ack;
  const queue: RetransmitEntry[] = [];
  for (const e of ep.retransmitQueue) {
    const end = seqAdd(e.seq, entryLen(e));
    if (seqDiff(end, ack) <= 0) continue; // wholly acknowledged
    const covered = seqDiff(ack, e.seq);
    if (covered <= 0) {
      queue.push(e);
      continue;
    }
    // Partly acknowledged: the SYN goes first, then the data, then the FIN.
    const dataSkip = covered - (e.syn ? 1 : 0);
    queue.push({ seq: ack, syn: false, fin: e.fin, data: e.data.slice(Math.max(0, dataSkip)) });
  }
  ep.retransmitQueue = queue;
  sampleRtt(ctx);
  // RFC 6298 5.3: new data acknowledged restarts the timer. rfc takes no RTT samples (2.2-2.3
  // are not modelled: the match sets the RTO from the wire), so the backed-off RTO lasts only
  // until then and the initial RTO applies again; linux uses the RTO its samples give.
  ep.timers = {
    ...ep.timers,
    retransmit: queue.length === 0 ? null : { deadline: ctx.now + ep.rtoMs, since: ctx.now, rto: ep.rtoMs, retries: 0 },
  };
  return acked;
}
