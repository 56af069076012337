// What a conformant TCP may do now: the owed segments, and every user call with the exact
// segment it produces. Bots pick from this list; guided hints show it.
import { CALL_REFUSED, callEvent, step, type UserCall } from "../tcp/index";
import type { Endpoint, Segment, TcpState } from "../tcp/types";
import type { CallName, FinMode } from "../match/types";
import { runCalls } from "./judge";
import { isPureAck, mergeContiguous } from "./segments";
import type { Stands } from "./types";

export type LegalAction =
  /** Build and send this segment (an owed reply, or the segment of a user call). */
  | { kind: "segment"; stands: Stands; segment: Segment; finMode?: FinMode; satisfies: number[] }
  /** A user call that sends nothing now (listen, close in LISTEN or SYN_SENT, abort before sync). */
  | { kind: "call"; call: CallName; to: TcpState };

/** The calls whose segment a player builds, each with what the segment stands for. */
const SEGMENT_CALLS: { stands: Stands; call: UserCall; finMode?: FinMode }[] = [
  { stands: "open", call: "connect" },
  { stands: "send", call: "send" },
  { stands: "shutdown", call: "shutdown", finMode: "shutdown" },
  { stands: "close", call: "close", finMode: "close" },
  { stands: "abort", call: "abort" },
];

/** The calls a player makes with a button (they send nothing by themselves). */
const PLAIN_CALLS: readonly CallName[] = ["listen", "close", "abort"];

/**
 * Lists what a conformant TCP may do from `endpoint` with `owed` pending. `data` is the
 * sample payload used for the send() entry; `iss` the ISS a new open would use.
 */
export function legalActions(endpoint: Endpoint, owed: readonly Segment[], now = 0, data = "hello", iss?: number): LegalAction[] {
  const out: LegalAction[] = owed.map((segment, i) => ({ kind: "segment", stands: "reply", segment, satisfies: [i] }));
  for (const c of SEGMENT_CALLS) {
    const r = runCalls(endpoint, [callEvent(c.call, { data, iss })], now);
    if (r.notes.some((n) => CALL_REFUSED.includes(n.code))) continue;
    const seg = r.segments.length > 1 ? mergeContiguous(r.segments) : (r.segments[0] ?? null);
    if (seg === null) continue;
    const satisfies: number[] = [];
    owed.forEach((o, i) => {
      if (isPureAck(o) && seg.flags.ack && o.ack === seg.ack) satisfies.push(i);
    });
    out.push({ kind: "segment", stands: c.stands, segment: seg, ...(c.finMode ? { finMode: c.finMode } : {}), satisfies });
  }
  for (const call of PLAIN_CALLS) {
    const r = step(endpoint, callEvent(call, { iss }), now);
    if (r.segments.length > 0 || r.notes.some((n) => CALL_REFUSED.includes(n.code))) continue;
    if (r.endpoint.state === endpoint.state) continue;
    out.push({ kind: "call", call, to: r.endpoint.state });
  }
  return out;
}
