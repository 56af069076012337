// The shape of a quiz. Everything is plain JSON so a quiz can be stored, shared and replayed;
// the `check` of a generated question is the engine trace its answer was computed from.
import type { Concept } from "../concepts";
import type { Text, Side } from "../scenarios/types";
import type { Profile, Segment, TcpState } from "../tcp/types";
import type { UserCall } from "../tcp/user/vocabulary";

export type { Text, Side };

export const QUESTION_KINDS = ["state", "next-segment", "numbers", "what-next", "concept"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/**
 * Wrong ideas students commonly hold about TCP connection management (issue 5). Questions
 * that target one name it, so a teacher can see which misconception a class still holds.
 */
export const MISCONCEPTIONS = [
  "active-closer-time-wait", // the active closer, not "the server" or "the client", enters TIME_WAIT
  "syn-fin-consume-seq", // SYN and FIN each consume one sequence number
  "close-three-segments", // a close can take three segments (FIN+ACK together)
  "half-close-data-flows", // data keeps flowing after one FIN
  "msl-is-a-choice", // MSL is configurable, not a fixed 2 minutes
  "fin-wait-2-timer-linux", // the FIN_WAIT_2 timeout is Linux's; the RFC waits forever
  "server-never-syn-sent", // LISTEN -> SYN_RCVD; SYN_SENT -> SYN_RCVD only in simultaneous open
  "ack-next-expected", // ACK is the next byte expected, not the last received
  "rst-never-acked", // a RST is never acknowledged
  "quiet-time-after-crash", // wait one MSL after a crash before opening connections
] as const;
export type Misconception = (typeof MISCONCEPTIONS)[number];

/** A user call of the application, as shown in a trace (a trace's application reads everything). */
export type CallName = Exclude<UserCall, "recv">;

/** One step of a trace between two endpoints A and B, with a FIFO wire in each direction. */
export type TraceStep =
  | { t: "call"; side: Side; call: CallName; data?: string /** coalesce a queued pure ACK into this segment */; merge?: boolean }
  /** The oldest segment in flight towards `to` arrives. */
  | { t: "deliver"; to: Side }
  /** The oldest segment in flight towards `to` is lost. */
  | { t: "lose"; to: Side }
  /** The earliest timer of `side` fires at its deadline. */
  | { t: "timer"; side: Side }
  /** The host of `side` crashes and boots again. */
  | { t: "reboot"; side: Side }
  /** A wandering old segment (from an earlier incarnation) arrives at `to`. */
  | { t: "inject"; to: Side; segment: Segment };

export interface TraceSide {
  iss: number;
  port: number;
  role: "client" | "server" | "peer";
}

export interface Trace {
  profile: Profile;
  /** MSL in TCP ms. */
  msl: number;
  A: TraceSide;
  B: TraceSide;
  steps: TraceStep[];
}

/** What a generated question asks, so a test can recompute the answer with the engine. */
export type Ask =
  /** `side`'s state after the trace. */
  | { what: "state"; side: Side }
  /** The first segment `side` emits during `next`: flags, seq and ack. */
  | { what: "segment"; side: Side }
  /** One number of that segment. */
  | { what: "seq" | "ack"; side: Side }
  /** Milliseconds from the end of the trace until `side`'s earliest timer fires. */
  | { what: "timer-ms"; side: Side }
  /** What `side` sends during `next` (flag sets, in order) and the state it ends in. */
  | { what: "outcome"; side: Side };

export interface Check {
  trace: Trace;
  /** The event(s) the question asks about, replayed after the trace. */
  next: TraceStep[];
  ask: Ask;
}

export type ChoiceValue =
  | { kind: "state"; state: TcpState }
  | { kind: "segment"; flags: string; seq: number; ack: number | null }
  | { kind: "number"; value: number }
  | { kind: "outcome"; sends: string[]; state: TcpState }
  | { kind: "text"; id: string };

export interface Choice {
  label: Text;
  value: ChoiceValue;
}

/** One row of a ladder (sequence) diagram, as far as the question shows it. */
export type LadderRow =
  | { kind: "segment"; from: Side; sentAt: number; arrivedAt: number | null; lost: boolean; segment: Segment }
  | { kind: "event"; side: Side; at: number; label: Text };

export interface Ladder {
  /** What the trace is: a scenario's title, or "random trace". */
  title: Text;
  A: { label: string; role: TraceSide["role"]; start: TcpState };
  B: { label: string; role: TraceSide["role"]; start: TcpState };
  /** Number of steps shown (rows' `at` values are 0..steps-1). */
  steps: number;
  rows: LadderRow[];
  /** States after each shown step; a side whose state the question asks is hidden (null). */
  states: { A: TcpState | null; B: TcpState | null }[];
}

export interface Question {
  /** Unique within a quiz. */
  id: string;
  /** The template this question comes from: the unit of spaced repetition. */
  key: string;
  kind: QuestionKind;
  concepts: Concept[];
  misconceptions: Misconception[];
  prompt: Text;
  ladder: Ladder | null;
  choices: Choice[];
  /** Index into `choices`. */
  answer: number;
  explanation: Text;
  /** How the answer was computed with the engine (null for written concept questions). */
  check: Check | null;
}

export interface Quiz {
  seed: string;
  questions: Question[];
}
