// The working state of one step: a shallow copy of the endpoint that the rules may change,
// and what the step emits. The input endpoint is never touched: every nested object the
// rules change (timers, retransmission queue) is replaced, never mutated.
import type { Endpoint, Note, NoteCode, NoteParams, Segment } from "./types";

export interface Ctx {
  ep: Endpoint;
  now: number;
  segments: Segment[];
  notes: Note[];
  /** An ACK is owed; sent at the end of the step unless a segment already carries it. */
  ackNeeded: boolean;
}

export function beginStep(endpoint: Endpoint, now: number): Ctx {
  const ep: Endpoint = { ...endpoint, timers: { ...endpoint.timers } };
  return { ep, now, segments: [], notes: [], ackNeeded: false };
}

export function note(ctx: Ctx, code: NoteCode, params: NoteParams = {}): void {
  ctx.notes.push({ code, params });
}
