// step(endpoint, event, now): the one entry point of the engine.
import { arriveClosed, arriveListen, arriveSynSent } from "./arrive/unsynchronized";
import { arriveSynchronized } from "./arrive/synchronized";
import { beginStep, note, type Ctx } from "./core/context";
import { isSeqNumber } from "./seq";
import { timeout } from "./timers";
import type { Endpoint, Segment, StepResult, TcpEvent } from "./types";
import { hostReboot, userAbort, userClose, userOpen, userRecv, userSend } from "./user/calls";

/** Applies one event at TCP time `now`. The input endpoint is left untouched. */
export function step(endpoint: Endpoint, event: TcpEvent, now: number): StepResult {
  const ctx = beginStep(endpoint, now);
  // Events are checked at the boundary (shared/protocol); this only keeps a stray value from throwing.
  if (typeof event !== "object" || event === null) return { endpoint: ctx.ep, segments: [], notes: [] };
  switch (event.type) {
    case "open":
      userOpen(ctx, event.passive, event.iss);
      break;
    case "send":
      userSend(ctx, typeof event.data === "string" ? event.data : "");
      break;
    case "recv":
      userRecv(ctx, typeof event.bytes === "number" ? event.bytes : undefined);
      break;
    case "shutdown":
    case "close":
      userClose(ctx, event.type);
      break;
    case "abort":
      userAbort(ctx);
      break;
    case "segment":
      arrive(ctx, event.segment);
      break;
    case "timeout":
      timeout(ctx, event.timer);
      break;
    case "reboot":
      hostReboot(ctx);
      break;
    default:
      break;
  }
  return { endpoint: ctx.ep, segments: ctx.segments, notes: ctx.notes };
}

/** A segment whose fields a peer or a player got wrong is dropped, never thrown on. */
function wellFormed(seg: Segment | undefined): seg is Segment {
  return (
    typeof seg === "object" &&
    seg !== null &&
    isSeqNumber(seg.seq) &&
    isSeqNumber(seg.ack) &&
    typeof seg.flags === "object" &&
    seg.flags !== null &&
    typeof seg.data === "string" &&
    Number.isInteger(seg.window) &&
    seg.window >= 0 &&
    seg.window <= 0xffff_ffff
  );
}

/** 3.10.7 SEGMENT ARRIVES, by state. */
function arrive(ctx: Ctx, seg: Segment): void {
  if (!wellFormed(seg)) {
    note(ctx, "segment/malformed", {});
    return;
  }
  switch (ctx.ep.state) {
    case "CLOSED":
      arriveClosed(ctx, seg);
      return;
    case "LISTEN":
      arriveListen(ctx, seg);
      return;
    case "SYN_SENT":
      arriveSynSent(ctx, seg);
      return;
    default:
      arriveSynchronized(ctx, seg);
  }
}
