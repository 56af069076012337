// What a conformant TCP may do now: the owed segments, and every user call with the exact
// segment it produces. Bots pick from this list; guided hints show it.
import { step } from "../tcp/index";
import type { Endpoint, Segment, TcpEvent, TcpState } from "../tcp/types";
import type { CallName, FinMode } from "../match/types";
import { CALL_REFUSED, runCalls } from "./judge";
import { isPureAck, mergeContiguous } from "./segments";
import type { Stands } from "./types";

export type LegalAction =
  /** Build and send this segment (an owed reply, or the segment of a user call). */
  | { kind: "segment"; stands: Stands; segment: Segment; finMode?: FinMode; satisfies: number[] }
  /** A user call that sends nothing now (listen, close in LISTEN or SYN_SENT, abort before sync). */
  | { kind: "call"; call: CallName; to: TcpState };

const SEGMENT_CALLS: { stands: Stands; events: (data: string, iss?: number) => TcpEvent[]; finMode?: FinMode }[] = [
  { stands: "open", events: (_, iss) => [iss === undefined ? { type: "open", passive: false } : { type: "open", passive: false, iss }] },
  { stands: "send", events: (data) => [{ type: "send", data }] },
  { stands: "shutdown", events: () => [{ type: "shutdown" }], finMode: "shutdown" },
  { stands: "close", events: () => [{ type: "close" }], finMode: "close" },
  { stands: "abort", events: () => [{ type: "abort" }] },
];

const PLAIN_CALLS: { call: CallName; event: (iss?: number) => TcpEvent }[] = [
  { call: "listen", event: (iss) => (iss === undefined ? { type: "open", passive: true } : { type: "open", passive: true, iss }) },
  { call: "close", event: () => ({ type: "close" }) },
  { call: "abort", event: () => ({ type: "abort" }) },
];

/**
 * Lists what a conformant TCP may do from `endpoint` with `owed` pending. `data` is the
 * sample payload used for the send() entry; `iss` the ISS a new open would use.
 */
export function legalActions(
  endpoint: Endpoint,
  owed: readonly Segment[],
  now = 0,
  data = "hello",
  iss?: number,
): LegalAction[] {
  const out: LegalAction[] = owed.map((segment, i) => ({ kind: "segment", stands: "reply", segment, satisfies: [i] }));
  for (const c of SEGMENT_CALLS) {
    const r = runCalls(endpoint, c.events(data, iss), now);
    if (r.notes.some((n) => CALL_REFUSED.includes(n.code))) continue;
    const seg = r.segments.length > 1 ? mergeContiguous(r.segments) : (r.segments[0] ?? null);
    if (seg === null) continue;
    const satisfies: number[] = [];
    owed.forEach((o, i) => {
      if (isPureAck(o) && seg.flags.ack && o.ack === seg.ack) satisfies.push(i);
    });
    out.push({ kind: "segment", stands: c.stands, segment: seg, ...(c.finMode ? { finMode: c.finMode } : {}), satisfies });
  }
  for (const c of PLAIN_CALLS) {
    const r = step(endpoint, c.event(iss), now);
    if (r.segments.length > 0 || r.notes.some((n) => CALL_REFUSED.includes(n.code))) continue;
    if (r.endpoint.state === endpoint.state) continue;
    out.push({ kind: "call", call: c.call, to: r.endpoint.state });
  }
  return out;
}
