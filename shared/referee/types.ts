// What the referee says about a hand-made segment or a declared state.
import type { Segment, TcpState } from "../tcp/types";
import type { StepResult } from "../tcp/types";

/** Mistake categories: reports count these per class and concept. */
export const MISTAKE_CODES = [
  "wrong-flags", // the flag set is not the one TCP sends here (e.g. ACK where SYN,ACK is owed)
  "wrong-seq", // the sequence number is not SND.NXT (or the retransmitted segment's)
  "wrong-ack", // the acknowledgment number is not RCV.NXT, or ACK is missing/extra
  "not-needed", // TCP sends nothing like this now: nothing is owed and no user call produces it
  "too-early", // right idea, wrong moment: data before ESTABLISHED, a retransmission before its timer
] as const;
export type MistakeCode = (typeof MISTAKE_CODES)[number];

/** Which user call (or reply) a segment stands for. */
export type Stands = "reply" | "open" | "send" | "shutdown" | "close" | "abort";

export interface Verdict {
  ok: boolean;
  stands: Stands | null;
  mistakes: MistakeCode[];
  /** The segment TCP would have sent instead (null when it would send nothing). */
  expected: Segment | null;
  /** Indexes into `owed` that this segment satisfies (a reply, or a piggybacked ACK). */
  satisfies: number[];
}

/** The verdict plus, for a user call, the engine's step (the match applies it). */
export interface Judgement {
  verdict: Verdict;
  /** The engine's result of the user call this segment stands for (null for a reply or none). */
  call: StepResult | null;
}

export interface StateJudgement {
  right: boolean;
  truth: TcpState;
}
