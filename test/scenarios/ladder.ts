// Reading a finished match's ladder in tests: the segments each side put on the wire, with
// their flags in the notation of the scenarios' network rules ("FIN,ACK").
import type { LadderEntry, MatchState } from "../../shared/match/types";
import type { Side } from "../../shared/scenarios/types";

export type SegmentEntry = Extract<LadderEntry, { kind: "segment" }>;

/** Every segment a player sent, in order (network copies left out unless asked for). */
export function sent(m: MatchState, from?: Side, withCopies = false): SegmentEntry[] {
  return m.ladder.filter(
    (e): e is SegmentEntry => e.kind === "segment" && (from === undefined || e.from === from) && (withCopies || e.copyOf === null),
  );
}

/** Flags as the scenarios write them: "SYN,ACK", "FIN,ACK", "RST,ACK" (ACK last, PSH left out). */
export function flags(e: SegmentEntry): string {
  const f = e.segment.flags;
  const on: [boolean, string][] = [
    [f.syn, "SYN"],
    [f.fin, "FIN"],
    [f.rst, "RST"],
    [f.ack, "ACK"],
  ];
  return on
    .filter(([set]) => set)
    .map(([, name]) => name)
    .join(",");
}

/** "A:FIN,ACK B:ACK ..." for failure messages. */
export function trace(m: MatchState): string {
  return sent(m, undefined, true)
    .map((e) => `${e.from}:${flags(e)}${e.segment.data ? `+${e.segment.data}` : ""}${e.fate === "delivered" ? "" : `(${e.fate})`}`)
    .join(" ");
}
