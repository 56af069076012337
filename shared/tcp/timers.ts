// Timeouts (RFC 9293 3.10.8) and the next deadline a driver has to wake up for.
import { note, type Ctx } from "./core/context";
import { segmentOf } from "./core/output";
import { givesUp, nextRto } from "./profile";
import { enterState, returnToListen } from "./core/transition";
import type { Deadline, Endpoint, TimerName } from "./types";

export function timeout(ctx: Ctx, timer: TimerName): void {
  const ep = ctx.ep;
  if (timer === "retransmit") {
    const t = ep.timers.retransmit;
    const head = ep.retransmitQueue[0];
    if (t === null || head === undefined) {
      note(ctx, "timer/not-armed", { timer });
      return;
    }
    // RFC 9293 3.8.3: once R2 is reached for the same segment, close the connection.
    const elapsed = ctx.now - t.since;
    if (givesUp(ep, head.syn, t.retries, elapsed)) {
      if (ep.profile === "linux" && ep.state === "SYN_RCVD" && ep.passiveOpen) {
        // linux: an unanswered SYN,ACK only drops the request; the listener stays (LISTEN).
        note(ctx, "timer/syn-ack-give-up", { seq: head.seq, retries: t.retries });
        returnToListen(ctx);
        return;
      }
      note(ctx, "timer/retransmit-give-up", { seq: head.seq, retries: t.retries, elapsed });
      enterState(ctx, "CLOSED", "timeout");
      return;
    }
    // RFC 6298 5.4 - 5.6: retransmit the earliest unacknowledged segment, double the RTO
    // (capped; linux keeps it for a SYN's first tcp_syn_linear_timeouts), restart the timer.
    const rto = nextRto(ep, t.rto, t.retries);
    ep.timers = { ...ep.timers, retransmit: { deadline: ctx.now + rto, since: t.since, rto, retries: t.retries + 1 } };
    ctx.segments.push(segmentOf(ep, head));
    note(ctx, "timer/retransmit", { seq: head.seq, retries: t.retries + 1, rto });
    return;
  }
  if (timer === "time-wait") {
    if (ep.timers.timeWait === null) {
      note(ctx, "timer/not-armed", { timer });
      return;
    }
    // 3.10.8 time-wait timeout: delete the TCB, CLOSED.
    note(ctx, "timer/time-wait-expired", {});
    enterState(ctx, "CLOSED", "normal");
    return;
  }
  if (timer !== "fin-wait-2" || ep.timers.finWait2 === null) {
    note(ctx, "timer/not-armed", { timer: String(timer) });
    return;
  }
  // linux: the orphaned socket's FIN_WAIT_2 timer (tcp_fin_timeout) ran out.
  note(ctx, "timer/fin-wait-2-expired", { finTimeoutMs: ep.linux.finTimeoutMs });
  enterState(ctx, "CLOSED", "fin-wait-2-timeout");
}

/** The earliest pending timer, or null when nothing is timed. */
export function nextDeadline(ep: Endpoint): Deadline | null {
  let best: Deadline | null = null;
  const t = ep.timers;
  if (t.retransmit !== null) best = { timer: "retransmit", at: t.retransmit.deadline };
  if (t.timeWait !== null && (best === null || t.timeWait < best.at)) best = { timer: "time-wait", at: t.timeWait };
  if (t.finWait2 !== null && (best === null || t.finWait2 < best.at)) best = { timer: "fin-wait-2", at: t.finWait2 };
  return best;
}
