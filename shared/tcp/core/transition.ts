// Every state change goes through enterState: it records the `state/transition` note and
// does what entering a state means for the timers and queues.
import type { Ctx } from "./context";
import { finWait2Ms, timeWaitMs } from "../profile";
import type { CloseReason, TcpState } from "../types";

export function enterState(ctx: Ctx, to: TcpState, closedBy: CloseReason | null = null): void {
  const ep = ctx.ep;
  const from = ep.state;
  if (from === to) return;
  ep.state = to;
  ctx.notes.push({ code: "state/transition", params: { from, to } });
  switch (to) {
    case "CLOSED":
      // RFC 9293 3.10.7.4 / 3.10.8: "delete the TCB". The numbers stay readable for the
      // debrief; nothing is left to send or to time.
      ep.timers = { retransmit: null, timeWait: null, finWait2: null };
      ep.retransmitQueue = [];
      ep.sendBuffer = "";
      ep.finPending = false;
      ep.closedBy = closedBy;
      break;
    case "TIME_WAIT":
      // RFC 9293 3.10.7.4 eighth: start the time-wait timer, turn off the other timers.
      ep.timers = { retransmit: null, timeWait: ctx.now + timeWaitMs(ep), finWait2: null };
      ep.retransmitQueue = [];
      break;
    case "FIN_WAIT_2":
      // linux: an orphaned socket (close(), not shutdown()) may not wait forever for the
      // peer's FIN: tcp_fin_timeout (tcp_fin_time). The rfc profile has no such timer.
      if (ep.profile === "linux" && ep.app === "close") {
        ep.timers = { ...ep.timers, finWait2: ctx.now + finWait2Ms(ep) };
      }
      break;
    default:
      break;
  }
}

/** A passive-open connection that is reset (or, in linux, whose SYN,ACK is never answered) goes back to LISTEN with a fresh TCB. */
export function returnToListen(ctx: Ctx): void {
  const ep = ctx.ep;
  ep.irs = null;
  ep.rcvNxt = 0;
  ep.sndUna = ep.iss;
  ep.sndNxt = ep.iss;
  ep.sndWnd = 0;
  ep.retransmitQueue = [];
  ep.sendBuffer = "";
  ep.finPending = false;
  ep.finSeq = null;
  ep.finReceived = false;
  ep.app = "open";
  ep.received = "";
  ep.unread = 0;
  ep.timers = { retransmit: null, timeWait: null, finWait2: null };
  enterState(ctx, "LISTEN");
}
