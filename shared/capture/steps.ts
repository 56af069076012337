// What the inference of a connection gives: each segment with both endpoints' states, why
// it was sent, the timers running and the notes. Plain JSON.
import type { Note, Profile, Segment, TcpState } from "../tcp";
import type { Side } from "../scenarios/types";
import type { ConnectionInfo } from "./connections";
import type { TcpPacket } from "./decode";
import type { CaptureNote } from "./notes";
import type { StartKind } from "./start";

/** Why the sender sent a segment, as the engine sees it. */
export type Cause =
  | "connect" // active OPEN: the SYN
  | "send" // SEND: data
  | "close" // CLOSE: the FIN
  | "send-close" // SEND then CLOSE: data and FIN in one segment
  | "abort" // ABORT: the RST
  | "reply" // owed by the engine after an earlier arrival (an ACK, a SYN,ACK, a RST)
  | "retransmit" // the retransmission timer (or fast retransmit)
  | "none"; // the engine would not have sent it

export interface TimerFact {
  timer: "retransmit" | "time-wait" | "fin-wait-2";
  /** ms from this segment until it fires. */
  inMs: number;
}

export interface InferredStep {
  /** 1-based position in the connection. */
  n: number;
  packet: TcpPacket;
  from: Side;
  /** The segment as the engine got it (window scaled, data as its length). */
  segment: Segment;
  /** ms since the connection's first segment. */
  atMs: number;
  cause: Cause;
  /** The step whose arrival made the engine owe this segment (cause "reply"). */
  replyTo: number | null;
  /** Lost after the capture point: the receiver never got it (a retransmission shows it). */
  lost: boolean;
  before: Record<Side, TcpState>;
  after: Record<Side, TcpState>;
  /** The receiver's RCV.NXT after the segment: the ack its next segment must carry. */
  rcvNxt: Record<Side, number | null>;
  engineNotes: Array<{ side: Side; note: Note }>;
  notes: CaptureNote[];
  timers: Record<Side, TimerFact[]>;
}

export interface InferredConnection {
  info: ConnectionInfo;
  profile: Profile;
  start: StartKind;
  /** ISS of each side: relative numbers (as Wireshark shows them) count from it. */
  iss: Record<Side, number>;
  initial: Record<Side, TcpState>;
  notes: CaptureNote[];
  steps: InferredStep[];
}

export interface InferOptions {
  profile?: Profile;
}
