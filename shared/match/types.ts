// The data of a match. Everything is plain JSON: a match can be stored, sent, replayed.
// Two clocks: wall time (ms since the match began, passed in with every input) and network
// time (TCP ms, what the engines see). See docs/ARCHITECTURE.md "The match model".
import type { Goal, Scenario, Side } from "../scenarios/types";
import type { Endpoint, Flags, LinuxSettings, Note, Profile, Segment, TcpState, TimerName } from "../tcp/types";
import type { UserCall } from "../tcp/user/vocabulary";
import type { RngState } from "../net/rng";
import type { WireState } from "../net/wire";
import type { MistakeCode, Verdict } from "../referee/types";

export type { Side } from "../scenarios/types";
export type Difficulty = "guided" | "standard" | "expert";
export const DIFFICULTIES: readonly Difficulty[] = ["guided", "standard", "expert"];

export interface MatchConfig {
  scenarioId: string;
  difficulty: Difficulty;
  /** TCP ms per wall ms while segments are in flight (e.g. 0.25: a 200 ms hop takes 0.8 s). */
  timeFactor: number;
  /**
   * TCP ms per wall ms while the wire is empty and only timers are pending, so a 2MSL wait
   * of 60 s TCP passes in a few seconds. Default: timeFactor.
   */
  idleTimeFactor?: number;
  /** One-way delay of the wire, TCP ms. Keep it under RTO/2 (the engine's RTO starts at 1 s). */
  wireDelayMs: number;
  seed: number;
  /** 0..1: chance that any segment is lost (free play; scripted drops come from the scenario). */
  lossRate: number;
  /** Overrides the scenario's profile. */
  profile?: Profile;
  /** false: no speed bonus (a classroom's "accuracy first" scoring). Default true. */
  speedBonus?: boolean;
  /** linux profile: Linux's sysctls, over the scenario's (free play: the host's settings). */
  linux?: Partial<LinuxSettings>;
}

/** What a player builds in the composer. The window is filled in by the match. */
export interface SegmentDraft {
  seq: number;
  ack: number;
  flags: Flags;
  data: string;
}

/** A FIN stands for shutdown() (keep reading) or close() (release the socket). */
export type FinMode = Extract<UserCall, "shutdown" | "close">;
/** User calls that a player makes without building a segment. */
export type CallName = Extract<UserCall, "listen" | "close" | "abort">;

/** Expert: what a player says was wrong in a segment the peer sent ("not-needed": it should not have been sent). */
export type CalloutClaim = "flags" | "seq" | "ack" | "not-needed";
export const CALLOUT_CLAIMS: readonly CalloutClaim[] = ["flags", "seq", "ack", "not-needed"];

export type PlayerAction =
  | { type: "segment"; segment: SegmentDraft; finMode?: FinMode }
  | { type: "call"; call: CallName }
  | { type: "declare"; state: TcpState }
  /** Expert: call out a wrong segment from the peer (points if right, a penalty if not). */
  | { type: "callout"; segmentId: number; claim: CalloutClaim };

/**
 * One input to the reducer. `now` is wall ms since the match began (never decreasing).
 * `clientSeq` (optional): the sender's action counter; an action whose clientSeq is not
 * greater than the last one accepted from that side is refused as `action/stale`.
 */
export type MatchInput =
  | { type: "action"; side: Side; action: PlayerAction; now: number; clientSeq?: number }
  /** The server's wake-up at nextWakeAt: the network runs up to `now`. */
  | { type: "advance"; now: number }
  /** The host ends the match (free play, or a classroom's time limit). */
  | { type: "end"; now: number };

/** Rejections are returned, never thrown. */
export const REJECTION_CODES = [
  "action/match-over", // the match has ended
  "action/stale", // clientSeq not newer than the last accepted action of this side
  "action/time-backwards", // now is earlier than the last input's
  "action/declare-first", // the side has an undeclared checkpoint: declare before acting
  "action/nothing-to-declare", // a declaration without a pending checkpoint
  "action/wrong-segment", // the referee refused the segment (guided: blocked, standard: penalised)
  "action/call-not-allowed", // the call does nothing in this state (e.g. listen() when not CLOSED)
  "action/invalid", // malformed action (numbers out of range, unknown state)
  "action/callout-not-allowed", // a call-out outside expert mode, or of a segment that is not the peer's
  "action/already-called-out", // that segment has been called out already
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export interface Rejection {
  code: RejectionCode;
  /** For action/wrong-segment: the mistakes and, in guided mode, the segment TCP would send. */
  mistakes?: MistakeCode[];
  hint?: Segment | null;
  /** For action/wrong-segment outside expert mode: why it is wrong (see feedback.ts). */
  feedback?: Feedback;
}

/** One sentence of feedback: a key of the client's match catalogue and its parameters. */
export interface Reason {
  key: string;
  params: Record<string, string | number>;
}

/**
 * Why the last segment or declaration was wrong, told at once outside expert mode. Built
 * only from what the player may know (the event that opened the checkpoint, the state learnt
 * before it, the state they declared; for a segment the referee's mistakes): never from an
 * undeclared state. After the second wrong try it also carries the right answer.
 */
export interface Feedback {
  about: "segment" | "state";
  /** Wrong tries in a row (1, 2, ...). */
  tries: number;
  reasons: Reason[];
  /** From the second wrong try on: the right answer (and, for a state, the engine's why). */
  answer: Reason[] | null;
}

/** Why a side has to declare its state now. Never carries the state itself. */
export type CheckpointCause =
  | { kind: "sent"; segmentId: number }
  | { kind: "received"; segmentId: number }
  | { kind: "call"; call: CallName }
  | { kind: "timer" }
  | { kind: "script"; action: ScriptAction }
  | { kind: "start" };

export interface Checkpoint {
  id: number;
  /** The true state at the checkpoint: NEVER leaves the server before it is answered. */
  truth: TcpState;
  /** Wrong tries so far (0 or 1; the second wrong try reveals the answer). */
  tries: number;
  cause: CheckpointCause;
  /** Network time it was opened. */
  at: number;
  /** The engine's notes since it opened (why): told to the player once answered. */
  notes: Note[];
}

export type ScriptAction = "reboot" | "listen" | "close" | "shutdown";

export interface ScoreSheet {
  segments: number;
  declarations: number;
  streak: number;
  speed: number;
  goal: number;
  penalties: number;
  /** Expert: right call-outs of the peer's wrong segments, minus false ones. */
  callouts: number;
  total: number;
}

export interface SideState {
  side: Side;
  endpoint: Endpoint;
  /** Segments the engine emitted that the player still has to build by hand. */
  owed: Segment[];
  /** Expert: the side put a wrong segment on the wire; its owed segments stop pausing the network until it acts again. */
  strayed: boolean;
  checkpoint: Checkpoint | null;
  /** The state the player last learnt (declared right, or shown after two tries). */
  revealed: TcpState | null;
  /** True states visited, consecutive duplicates removed (for "paths" goals). */
  history: TcpState[];
  /** "paths" goal: this side's path has been followed (latched: the side may move on). */
  pathDone: boolean;
  /** The ISS of this side's next open (fresh after each return to CLOSED). */
  nextIss: number;
  score: ScoreSheet;
  /** Consecutive first-try declarations. */
  streak: number;
  lastClientSeq: number;
  /** Segments refused in a row (standard, guided): the second one shows the right answer. */
  refusedInRow?: number;
  /** Why the last action was wrong (null once an action is right): the view carries it outside expert. */
  feedback?: Feedback | null;
}

/** The clock: network time runs at `rate` from the anchor, unless paused. */
export interface ClockState {
  netNow: number;
  paused: boolean;
  wallAnchor: number;
  netAnchor: number;
  rate: number;
  /** Wall time of the last input. */
  lastWall: number;
}

export interface ScriptProgress {
  /** Network time at which it fires, once its condition held. */
  armedAt: number | null;
  fired: boolean;
}

/** The ladder: every segment and declaration, for the debrief, replays and the .pcap. */
export type LadderEntry =
  | {
      kind: "segment";
      id: number;
      from: Side;
      segment: Segment;
      /** Network times. `arrivedAt` null while flying, held or lost. */
      sentAt: number;
      departAt: number | null;
      arrivedAt: number | null;
      /** "dropped": lost on the wire; "duplicate": a copy made by the network; "old": an old duplicate delivered late. */
      fate: "delivered" | "flying" | "dropped" | "duplicate" | "old";
      /** Copies made by the network point at their original. */
      copyOf: number | null;
      /** The referee's verdict on a segment a player built (null for network copies). */
      verdict: Verdict | null;
    }
  | {
      kind: "declaration";
      side: Side;
      checkpointId: number;
      declared: TcpState;
      truth: TcpState;
      right: boolean;
      try: number;
      at: number;
      wall: number;
      /** The engine's notes behind this checkpoint, on the answer that closed it (else empty). */
      notes: Note[];
    }
  | { kind: "refused"; side: Side; segment: SegmentDraft; verdict: Verdict; at: number; wall: number }
  | { kind: "script"; side: Side; action: ScriptAction; at: number }
  | { kind: "timer"; side: Side; timer: TimerName; at: number }
  /** Expert: a call-out of the peer's segment; `mistakes` are the referee's (shown to the caller only after the match). */
  | {
      kind: "callout";
      side: Side;
      segmentId: number;
      claim: CalloutClaim;
      right: boolean;
      mistakes: MistakeCode[];
      points: number;
      at: number;
      wall: number;
    };

export type EndReason = "goal" | "closed" | "host";

export interface MatchState {
  config: MatchConfig;
  /** The scenario is kept by reference (data, never changed). */
  scenario: Scenario;
  isn: { A: number; B: number };
  sides: { A: SideState; B: SideState };
  wire: WireState;
  clock: ClockState;
  rng: RngState;
  script: ScriptProgress[];
  /** Every accepted input with its wall time: replayMatch rebuilds the match from these. */
  inputs: MatchInput[];
  ladder: LadderEntry[];
  nextCheckpointId: number;
  goalReachedAt: number | null;
  /** Wall time the goal was reached (for the speed bonus). */
  goalReachedWall: number | null;
  ended: { reason: EndReason; wall: number; net: number } | null;
}

export type Audience = Side | "all";

/** What the reducer tells the outside. Nothing here carries a true state before its declaration. */
export type MatchEventBody =
  | { type: "segment-sent"; id: number; from: Side; segment: Segment; sentAt: number; arriveAt: number | null; copyOf: number | null }
  | { type: "segment-arrived"; id: number; to: Side; at: number }
  | { type: "segment-lost"; id: number; at: number }
  | { type: "segment-released"; id: number; arriveAt: number }
  | { type: "verdict"; side: Side; segmentId: number | null; ok: boolean; mistakes: MistakeCode[] }
  | { type: "rejected"; side: Side; rejection: Rejection }
  /** `cause` is null in the copy shown to the peer and spectators during play (view.ts shownEvent). */
  | { type: "checkpoint"; side: Side; checkpointId: number; cause: CheckpointCause | null }
  | {
      type: "declared";
      side: Side;
      checkpointId: number;
      declared: TcpState;
      right: boolean;
      /** The true state: present when right, or after the last try. */
      truth: TcpState | null;
      points: number;
      /** Outside expert mode, on a wrong try: why (and after the second try the answer). */
      feedback?: Feedback;
    }
  | { type: "called-out"; side: Side; segmentId: number; claim: CalloutClaim; right: boolean; points: number }
  | { type: "owed-hint"; side: Side; segments: Segment[] }
  /** The engine's notes (why the state is what it is), to the side once it has declared. */
  | { type: "notes"; side: Side; checkpointId: number; notes: Note[]; at: number }
  | { type: "script"; side: Side; action: ScriptAction; at: number }
  | { type: "network"; paused: boolean; waitingFor: Side[]; netNow: number }
  | { type: "score"; side: Side; score: ScoreSheet }
  | { type: "goal"; at: number }
  | { type: "ended"; reason: EndReason; scores: { A: ScoreSheet; B: ScoreSheet } };

export type MatchEvent = MatchEventBody & { audience: Audience };

export interface ApplyResult {
  match: MatchState;
  events: MatchEvent[];
  /** Set when the input was refused (the match is then unchanged, except the log of refusals). */
  rejection?: Rejection;
}

export type Viewer = Side | "spectator";

/** A segment on the wire as everyone sees it (its fate is not told before it happens). */
export interface WireView {
  id: number;
  from: Side;
  segment: Segment;
  sentAt: number;
  /** null while held by the network. */
  arriveAt: number | null;
}

export interface SideView {
  side: Side;
  role: string;
  address: string;
  port: number;
  /** This side's ISS: null in the peer's view until the peer's SYN carrying it has arrived (see view.ts). */
  iss: number | null;
  /** The state this side's player has learnt (never the undeclared truth); null in the peer's and a spectator's view until the end. */
  revealed: TcpState | null;
  score: ScoreSheet;
  checkpointPending: boolean;
}

export interface PlayerView {
  viewer: Viewer;
  scenarioId: string;
  difficulty: Difficulty;
  A: SideView;
  B: SideView;
  /** For a player: their own details; null for a spectator. */
  you: null | {
    side: Side;
    /** The checkpoint to answer, without its truth. */
    checkpoint: { id: number; tries: number; cause: CheckpointCause } | null;
    /** Own timers (network-time deadlines), only while no checkpoint is pending. */
    timers: { timer: TimerName; at: number }[] | null;
    /** Data delivered to your application so far (public: it came over the wire). */
    received: string;
    /** Guided only: the segments TCP would send now, to pre-fill the composer. */
    hint: Segment[] | null;
    /** Guided only, once declared: the numbers a new segment of yours would carry (SND.NXT, RCV.NXT). */
    prefill?: { seq: number; ack: number } | null;
    /** Guided only: a short list of states to pick from (the truth is among them). */
    stateChoices: TcpState[] | null;
    nextClientSeq: number;
    /** Outside expert mode: why the last segment or declaration was wrong (null after a right one). */
    feedback?: Feedback | null;
  };
  /** The match's two network speeds (TCP ms per wall ms): while segments fly, and while only timers run. */
  rates?: { flying: number; idle: number };
  wire: WireView[];
  /** The ladder so far, filtered for this viewer (peer verdicts and declarations hidden until the end; a spectator sees neither side's). */
  ladder: LadderEntry[];
  clock: { netNow: number; paused: boolean; wallAnchor: number; netAnchor: number; rate: number };
  waitingFor: Side[];
  goal: Goal;
  goalReached: boolean;
  ended: MatchState["ended"];
}
