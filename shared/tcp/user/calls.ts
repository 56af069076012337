// User calls: OPEN, SEND, CLOSE (shutdown / close), ABORT (RFC 9293 3.10.1 - 3.10.5), and
// the host reboot of 3.4.3.
import { note, type Ctx } from "../core/context";
import { freshConnection } from "../endpoint";
import { flags, sendFin, sendSyn, trySend } from "../core/output";
import { finWait2Ms } from "../profile";
import { isSeqNumber } from "../seq";
import { enterState } from "../core/transition";

/** 3.10.1 OPEN. */
export function userOpen(ctx: Ctx, passive: boolean, iss: number | undefined): void {
  const ep = ctx.ep;
  const newIss = iss !== undefined && isSeqNumber(iss) ? iss : ep.iss;
  if (ep.state === "CLOSED") {
    // 3.4.3: a host that restarted keeps quiet for MSL before it assigns sequence numbers.
    if (!passive && ep.quietUntil !== null && ctx.now < ep.quietUntil) {
      note(ctx, "user/quiet-time", { until: ep.quietUntil, now: ctx.now });
      return;
    }
    ctx.ep = freshConnection(ep, newIss);
    if (passive) {
      // 3.10.1 CLOSED, passive: create a TCB and enter LISTEN.
      ctx.ep.passiveOpen = true;
      enterState(ctx, "LISTEN");
    } else {
      // 3.10.1 CLOSED, active: send <SEQ=ISS><CTL=SYN>, SND.UNA = ISS, SND.NXT = ISS+1, SYN_SENT.
      sendSyn(ctx);
      enterState(ctx, "SYN_SENT");
    }
    return;
  }
  if (ep.state === "LISTEN" && !passive) {
    // 3.10.1 LISTEN, active: the connection changes from passive to active and sends a SYN.
    if (ep.quietUntil !== null && ctx.now < ep.quietUntil) {
      note(ctx, "user/quiet-time", { until: ep.quietUntil, now: ctx.now });
      return;
    }
    ep.iss = newIss;
    ep.passiveOpen = false;
    sendSyn(ctx);
    enterState(ctx, "SYN_SENT");
    return;
  }
  // 3.10.1 every other state: "error: connection already exists".
  note(ctx, "user/connection-exists", { state: ep.state });
}

/** 3.10.2 SEND. */
export function userSend(ctx: Ctx, data: string): void {
  const ep = ctx.ep;
  const s = ep.state;
  if (s === "CLOSED") {
    note(ctx, "user/connection-does-not-exist", { call: "send" });
    return;
  }
  if (ep.app !== "open" || ep.finPending || ep.finSeq !== null) {
    note(ctx, "user/connection-closing", { state: s });
    return;
  }
  if (data.length === 0) return;
  if (s === "LISTEN" || s === "SYN_SENT" || s === "SYN_RCVD") {
    // 3.10.2: queue the data for transmission after entering ESTABLISHED. (In LISTEN the RFC
    // may turn the connection active; here a listener keeps waiting for its peer.)
    ep.sendBuffer += data;
    note(ctx, "user/data-queued", { bytes: data.length, queued: ep.sendBuffer.length });
    return;
  }
  if (s === "ESTABLISHED" || s === "CLOSE_WAIT") {
    ep.sendBuffer += data;
    trySend(ctx);
    if (ep.sendBuffer.length > 0) {
      note(ctx, "user/data-queued", { bytes: data.length, queued: ep.sendBuffer.length, sndWnd: ep.sndWnd });
    }
    return;
  }
  // FIN_WAIT_1, FIN_WAIT_2, CLOSING, LAST_ACK, TIME_WAIT: "error: connection closing".
  note(ctx, "user/connection-closing", { state: s });
}

/**
 * 3.10.3 RECEIVE: the application takes `bytes` (default: all) from its receive buffer. What
 * TCP has delivered stays in `received`; `unread` counts what the application has not read.
 */
export function userRecv(ctx: Ctx, bytes: number | undefined): void {
  const ep = ctx.ep;
  if (ep.state === "CLOSED" && ep.unread === 0) {
    note(ctx, "user/connection-does-not-exist", { call: "recv" });
    return;
  }
  const want = bytes !== undefined && Number.isInteger(bytes) && bytes >= 0 ? bytes : ep.unread;
  const n = Math.min(want, ep.unread);
  ep.unread -= n;
  note(ctx, "user/data-read", { bytes: n, unread: ep.unread });
}

/** <SEQ=SND.NXT><ACK=RCV.NXT><CTL=RST,ACK>: the reset Linux sends for abort() and close() with unread data. */
function sendActiveReset(ctx: Ctx): void {
  const ep = ctx.ep;
  ctx.segments.push({ seq: ep.sndNxt, ack: ep.rcvNxt, flags: flags(false, true, false, true, false), window: ep.rcvWnd, data: "" });
}

/** 3.10.4 CLOSE: `shutdown` keeps reading; `close` releases the socket (orphans it in linux). */
export function userClose(ctx: Ctx, call: "shutdown" | "close"): void {
  const ep = ctx.ep;
  const s = ep.state;
  const linuxOrphan = call === "close" && ep.profile === "linux";
  if (s === "CLOSED") {
    note(ctx, "user/connection-does-not-exist", { call });
    return;
  }
  if (s === "LISTEN") {
    // 3.10.4 LISTEN: any outstanding RECEIVEs are returned, the TCB is deleted.
    note(ctx, "user/listen-closed", {});
    enterState(ctx, "CLOSED", "normal");
    return;
  }
  if (s === "SYN_SENT") {
    // 3.10.4 SYN_SENT: delete the TCB; queued SENDs get "error: closing".
    note(ctx, "user/syn-sent-closed", { call });
    enterState(ctx, "CLOSED", "normal");
    return;
  }
  if (linuxOrphan && ep.unread > 0 && (s === "ESTABLISHED" || s === "CLOSE_WAIT" || s === "FIN_WAIT_1" || s === "FIN_WAIT_2")) {
    // RFC 9293 3.6 (half-duplex close): a CLOSE while received data is still unread SHOULD
    // send a RST to show that data was lost. linux (tcp_close) does: RST,ACK, CLOSED.
    sendActiveReset(ctx);
    note(ctx, "user/close-unread-reset", { unread: ep.unread, seq: ep.sndNxt, ack: ep.rcvNxt });
    enterState(ctx, "CLOSED", "aborted");
    return;
  }
  if (ep.app !== "open") {
    // Already closing. linux: a close() after shutdown() still orphans the socket.
    if (linuxOrphan && ep.app === "shutdown") {
      ep.app = "close";
      note(ctx, "user/socket-orphaned", { state: s });
      if (s === "FIN_WAIT_2") {
        ep.timers = { ...ep.timers, finWait2: ctx.now + finWait2Ms(ep) };
      }
    } else {
      // 3.10.4 FIN_WAIT_1/2, CLOSING, LAST_ACK, TIME_WAIT: "error: connection closing".
      note(ctx, "user/already-closing", { state: s });
    }
    return;
  }
  ep.app = call;
  if (linuxOrphan) note(ctx, "user/socket-orphaned", { state: s });
  if (s === "SYN_RCVD") {
    // 3.10.4 SYN_RCVD: with nothing to send, send a FIN and enter FIN_WAIT_1; otherwise
    // queue the FIN for after ESTABLISHED.
    if (ep.sendBuffer.length === 0) sendFin(ctx);
    else {
      ep.finPending = true;
      note(ctx, "user/fin-queued", { queued: ep.sendBuffer.length });
    }
    return;
  }
  if (s === "ESTABLISHED" || s === "CLOSE_WAIT") {
    // 3.10.4 ESTABLISHED: the FIN follows all queued data; "in any case, enter FIN_WAIT_1".
    // CLOSE_WAIT likewise enters LAST_ACK at once (as Linux's tcp_close_state does).
    ep.finPending = true;
    if (ep.sendBuffer.length > 0) {
      note(ctx, "user/fin-queued", { queued: ep.sendBuffer.length });
      enterState(ctx, s === "ESTABLISHED" ? "FIN_WAIT_1" : "LAST_ACK");
    }
    trySend(ctx);
    return;
  }
  // FIN_WAIT_1, FIN_WAIT_2, CLOSING, LAST_ACK, TIME_WAIT reached without a user CLOSE
  // cannot happen; report it as closing.
  note(ctx, "user/already-closing", { state: s });
}

/** 3.10.5 ABORT. */
export function userAbort(ctx: Ctx): void {
  const ep = ctx.ep;
  const s = ep.state;
  switch (s) {
    case "CLOSED":
      note(ctx, "user/connection-does-not-exist", { call: "abort" });
      return;
    case "LISTEN":
      note(ctx, "user/listen-closed", {});
      enterState(ctx, "CLOSED", "aborted");
      return;
    case "SYN_SENT":
      note(ctx, "user/syn-sent-closed", { call: "abort" });
      enterState(ctx, "CLOSED", "aborted");
      return;
    case "SYN_RCVD":
    case "ESTABLISHED":
    case "FIN_WAIT_1":
    case "FIN_WAIT_2":
    case "CLOSE_WAIT":
      // 3.10.5: send <SEQ=SND.NXT><CTL=RST>, flush everything, CLOSED. linux (tcp_disconnect,
      // tcp_send_active_reset) sends RST,ACK with RCV.NXT.
      if (ep.profile === "linux") {
        sendActiveReset(ctx);
        note(ctx, "user/abort-reset-ack", { seq: ep.sndNxt, ack: ep.rcvNxt });
      } else {
        ctx.segments.push({ seq: ep.sndNxt, ack: 0, flags: flags(false, false, false, true, false), window: ep.rcvWnd, data: "" });
        note(ctx, "user/abort-reset", { seq: ep.sndNxt });
      }
      enterState(ctx, "CLOSED", "aborted");
      return;
    default:
      // 3.10.5 CLOSING, LAST_ACK, TIME_WAIT: respond "ok", delete the TCB, nothing sent.
      note(ctx, "user/abort-closed", { state: s });
      enterState(ctx, "CLOSED", "aborted");
  }
}

/** 3.4.3: the host crashed and restarted; every TCB is lost. */
export function hostReboot(ctx: Ctx): void {
  const ep = ctx.ep;
  ctx.ep = freshConnection(ep, ep.iss);
  // rfc: quiet time for MSL. linux keeps no quiet time: it counts on ISNs from a clock-driven
  // generator (RFC 6528) and on timestamps instead.
  ctx.ep.quietUntil = ep.profile === "rfc" ? ctx.now + ep.msl : null;
  note(ctx, "host/reboot", { quietUntil: ctx.ep.quietUntil ?? -1 });
  enterState(ctx, "CLOSED", null);
}
