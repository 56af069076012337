// A scenario is data: who plays what, how each endpoint starts, what the network does,
// what counts as success, and the text a player reads before and after.
import type { LinuxSettings, Profile, TcpState } from "../tcp/types";
import type { UserCall } from "../tcp/user/vocabulary";

export type Side = "A" | "B";
export const SIDES: readonly Side[] = ["A", "B"];
export const otherSide = (s: Side): Side => (s === "A" ? "B" : "A");

export type Role = "client" | "server" | "peer";

export interface Text {
  en: string;
  zh: string;
}

/** Which segments a network rule applies to. Every given field must match. */
export interface SegmentMatch {
  from?: Side;
  /** e.g. "SYN", "SYN,ACK", "FIN,ACK", "ACK", "RST": exact flag set (PSH ignored). */
  flags?: string;
  /** The segment carries data. */
  hasData?: boolean;
  /** Match only the Nth matching segment (1-based); default every matching one. */
  nth?: number;
  /**
   * The sender was in this state when it sent the segment (lets a
   * rule pick "the second ACK sent from TIME_WAIT" whatever came before).
   */
  inState?: TcpState;
}

export type NetworkRule =
  /** The matching segment is lost. */
  | { kind: "drop"; match: SegmentMatch }
  /** The matching segment arrives twice, the copy `gapMs` (TCP time) after the original. */
  | { kind: "duplicate"; match: SegmentMatch; gapMs: number }
  /** The matching segment takes `extraMs` (TCP time) longer than usual. */
  | { kind: "delay"; match: SegmentMatch; extraMs: number }
  /**
   * The matching segment waits on the wire until a segment matching `until` is sent,
   * then both fly: how two SYNs or two FINs are made to cross.
   */
  | { kind: "hold-until"; match: SegmentMatch; until: SegmentMatch }
  /**
   * An old duplicate: a copy of the matching segment is kept and delivered again when
   * `when` holds (an endpoint reaches a state), as if it had wandered in the network.
   */
  | { kind: "old-duplicate"; match: SegmentMatch; deliverTo: Side; whenState: TcpState };

/** Something the scenario does by itself, when a side reaches a state. */
export interface ScriptedEvent {
  when: { side: Side; state: TcpState; afterMs?: number };
  /** What happens on that side. */
  action: "reboot" | "listen" | "close" | "shutdown";
  side: Side;
}

export type Goal =
  /** Both sides in these states at once (e.g. both ESTABLISHED). */
  | { kind: "states"; A: TcpState; B: TcpState }
  /**
   * Each side has passed through all of these states at least once, in order, and ends in
   * the last. With `consecutive`, the listed states follow one another with nothing in
   * between (FIN_WAIT_1 straight to TIME_WAIT, never through FIN_WAIT_2).
   */
  | { kind: "paths"; A: TcpState[]; B: TcpState[]; consecutive?: boolean }
  /** Free play: no goal, the host ends the match. */
  | { kind: "none" };

/** A call the application makes (a SYN from CLOSED is `connect`, a FIN is `shutdown` or `close`). */
export type AppCall = Exclude<UserCall, "recv">;

/**
 * One thing a side's application does in the scenario, as data for bots and hints (the
 * player reads `task`). Steps are done in order; a step is due once every earlier step is
 * done and its `when` holds. Owed segments are sent before a due step unless it says
 * `piggyback`.
 */
export interface TaskStep {
  call: AppCall;
  /** The text to send (for `send`). */
  data?: string;
  /** The side is in this state... */
  when: TcpState;
  /** ...and its application has received at least this many bytes. */
  received?: number;
  /**
   * Make the call while a pure ACK is still owed, so the segment it makes carries that
   * ACK (the passive closer's FIN+ACK in one segment).
   */
  piggyback?: boolean;
}

export interface SideSetup {
  role: Role;
  /** Starting state: CLOSED, LISTEN or ESTABLISHED (set up by a silent handshake). */
  start: "CLOSED" | "LISTEN" | "ESTABLISHED";
  /** What this side's application must do in the scenario, shown to the player. */
  task: Text;
  address: string;
  port: number;
  /** The task as data, for the tutor bot and hints. */
  steps?: TaskStep[];
}

export interface Scenario {
  id: string;
  /** 1..N, the scenario's place in SCENARIOS. */
  number: number;
  title: Text;
  /** What the player is about to see and do. */
  briefing: Text;
  /** What happened and why, shown after the match. */
  debrief: Text;
  /** Concepts this scenario teaches (ids shared with the quiz). */
  concepts: string[];
  profile: Profile;
  /** MSL in TCP ms for this scenario. */
  msl: number;
  /** linux profile: sysctls that differ from Linux's defaults (e.g. a short tcp_fin_timeout). */
  linux?: Partial<LinuxSettings>;
  A: SideSetup;
  B: SideSetup;
  network: NetworkRule[];
  script: ScriptedEvent[];
  goal: Goal;
  /** Par time in seconds of play. */
  parSeconds: number;
}
