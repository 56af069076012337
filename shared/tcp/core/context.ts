// The working state of one step: a shallow copy of the endpoint that the rules may change,
// and what the step emits. The input endpoint is never touched: every nested object the
// rules change (timers, retransmission queue) is replaced, never mutated.
import type { Endpoint, Note, NoteCode, NoteParams, Segment } from "../types";

export interface Ctx {
  ep: Endpoint;
  now: number;
  segments: Segment[];
  notes: Note[];
  /** An ACK is owed; sent at the end of the step unless a segment already carries it. */
  ackNeeded: boolean;
}

export function beginStep(endpoint: Endpoint, now: number): Ctx {
  return { ep: copyEndpoint(endpoint), now, segments: [], notes: [], ackNeeded: false };
}

/** A shallow copy written out field by field: V8 builds it with one fixed shape, faster than a spread. */
function copyEndpoint(e: Endpoint): Endpoint {
  const t = e.timers;
  return {
    profile: e.profile,
    localPort: e.localPort,
    remotePort: e.remotePort,
    state: e.state,
    iss: e.iss,
    irs: e.irs,
    sndUna: e.sndUna,
    sndNxt: e.sndNxt,
    sndWnd: e.sndWnd,
    sndWl1: e.sndWl1,
    sndWl2: e.sndWl2,
    rcvNxt: e.rcvNxt,
    rcvWnd: e.rcvWnd,
    sendBuffer: e.sendBuffer,
    finPending: e.finPending,
    finSeq: e.finSeq,
    finReceived: e.finReceived,
    app: e.app,
    received: e.received,
    unread: e.unread,
    autoRecv: e.autoRecv,
    maxSndWnd: e.maxSndWnd,
    lastOowAckAt: e.lastOowAckAt,
    linux: e.linux,
    r2: e.r2,
    srtt: e.srtt,
    rttvar: e.rttvar,
    retransmitQueue: e.retransmitQueue,
    timers: { retransmit: t.retransmit, timeWait: t.timeWait, finWait2: t.finWait2 },
    msl: e.msl,
    quietUntil: e.quietUntil,
    closedBy: e.closedBy,
    rtoMs: e.rtoMs,
    passiveOpen: e.passiveOpen,
  };
}

export function note(ctx: Ctx, code: NoteCode, params: NoteParams = {}): void {
  ctx.notes.push({ code, params });
}
