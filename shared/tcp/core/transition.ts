// Every state change goes through enterState: it records the `state/transition` note and
// does what entering a state means for the timers and queues.
import type { Ctx } from "./context";
import { LINUX_FIN_WAIT_2_MS, timeWaitMs } from "../profile";
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
      // peer's FIN: tcp_fin_timeout. The rfc profile has no such timer.
      if (ep.profile === "linux" && ep.app === "close") {
        ep.timers = { ...ep.timers, finWait2: ctx.now + LINUX_FIN_WAIT_2_MS };
      }
      break;
    default:
      break;
  }
}
