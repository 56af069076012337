// The acceptability test of SEGMENT ARRIVES (RFC 9293 3.10.7.4, first check), shared by the
// RFC's synchronized states (synchronized.ts) and Linux's TIME_WAIT handling (linux.ts).
import { seqAdd, seqInRange } from "../seq";
import type { Endpoint } from "../types";

/** 3.10.7.4 first: the acceptability test (the table of four cases). */
export function acceptable(ep: Endpoint, seq: number, len: number): boolean {
  const wnd = ep.rcvWnd;
  const nxt = ep.rcvNxt;
  if (len === 0) {
    if (wnd === 0) return seq === nxt;
    return seqInRange(seq, nxt, seqAdd(nxt, wnd));
  }
  if (wnd === 0) return false;
  const end = seqAdd(nxt, wnd);
  return seqInRange(seq, nxt, end) || seqInRange(seqAdd(seq, len - 1), nxt, end);
}
