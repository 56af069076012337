// The RFC 9293 state diagram (section 3.3.2, figure 5) as data: where each of the 11 states
// sits and which labelled transitions join them. Positions are in a 3-column grid so the
// picture is the one students know from RFC 9293 Figure 5 and their textbooks.
import { TCP_STATES, type TcpState } from "../../../shared/tcp/types";

export interface StateNode {
  state: TcpState;
  col: number;
  row: number;
  /** The declare shortcut (1–9, 0, -), in RFC order. */
  key: string;
}

const GRID: Record<TcpState, [number, number]> = {
  CLOSED: [1, 0],
  LISTEN: [1, 1],
  SYN_RCVD: [0, 2],
  SYN_SENT: [2, 2],
  ESTABLISHED: [1, 3],
  FIN_WAIT_1: [0, 4],
  CLOSE_WAIT: [2, 4],
  FIN_WAIT_2: [0, 5],
  CLOSING: [1, 5],
  LAST_ACK: [2, 5],
  TIME_WAIT: [1, 6],
};

/**
 * As in the RFC's figure, the connection's end is drawn as a second CLOSED box at the
 * bottom: arrows from LAST_ACK, TIME_WAIT and FIN_WAIT_2 go there instead of crossing the
 * whole diagram back up to the first one. Not a button: you declare CLOSED at the top.
 */
export const CLOSED_END: { col: number; row: number } = { col: 2, row: 6 };

export const DECLARE_KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "-"] as const;

export const STATE_NODES: readonly StateNode[] = TCP_STATES.map((state, i) => ({
  state,
  col: GRID[state][0],
  row: GRID[state][1],
  key: DECLARE_KEYS[i] ?? "",
}));

export const GRID_COLS = 3;
export const GRID_ROWS = 7;
/** The grid's height in rows: a little more than GRID_ROWS, for the arrow along the bottom. */
export const GRID_HEIGHT = 7.35;

/** What makes a transition happen: a segment arrives, the application calls, a timer fires. */
export type Trigger =
  | { kind: "rcv"; what: string }
  | { kind: "call"; what: "listen" | "connect" | "close" | "send" }
  | { kind: "timeout"; timer: "time-wait" | "fin-wait-2" };

export interface Transition {
  from: TcpState;
  to: TcpState;
  on: Trigger;
  /** What is sent in reply, if anything ("SYN,ACK", "ACK", "FIN"). */
  send?: string;
  /** Drawn to the CLOSED box at the bottom (CLOSED_END). */
  toEnd?: boolean;
  /**
   * Bends of the arrow, in grid units (a state's centre is (col + 0.5, row + 0.5)), where a
   * straight line would cut through another state's box.
   */
  via?: [number, number][];
}

// RFC 9293 3.3.2, figure 5, plus FIN_WAIT_1 --FIN,ACK--> TIME_WAIT (the FIN and the ACK of
// our FIN in one segment) and Linux's FIN_WAIT_2 timeout. Figure 5's LISTEN --SEND--> SYN_SENT
// is left out: 3.10.2 lets a listener turn active, and the engine (like Linux) does not: a
// listener keeps waiting and queues the data. Every arrow here is one the engine makes
// (test/client/state-diagram-engine.test.ts).
export const TRANSITIONS: readonly Transition[] = [
  { from: "CLOSED", to: "LISTEN", on: { kind: "call", what: "listen" } },
  { from: "CLOSED", to: "SYN_SENT", on: { kind: "call", what: "connect" }, send: "SYN" },
  { from: "LISTEN", to: "SYN_RCVD", on: { kind: "rcv", what: "SYN" }, send: "SYN,ACK" },
  { from: "LISTEN", to: "CLOSED", on: { kind: "call", what: "close" } },
  { from: "SYN_SENT", to: "SYN_RCVD", on: { kind: "rcv", what: "SYN" }, send: "SYN,ACK" },
  { from: "SYN_SENT", to: "ESTABLISHED", on: { kind: "rcv", what: "SYN,ACK" }, send: "ACK" },
  { from: "SYN_SENT", to: "CLOSED", on: { kind: "call", what: "close" } },
  { from: "SYN_RCVD", to: "ESTABLISHED", on: { kind: "rcv", what: "ACK" } },
  { from: "SYN_RCVD", to: "FIN_WAIT_1", on: { kind: "call", what: "close" }, send: "FIN" },
  { from: "SYN_RCVD", to: "LISTEN", on: { kind: "rcv", what: "RST" } },
  { from: "ESTABLISHED", to: "FIN_WAIT_1", on: { kind: "call", what: "close" }, send: "FIN" },
  { from: "ESTABLISHED", to: "CLOSE_WAIT", on: { kind: "rcv", what: "FIN" }, send: "ACK" },
  { from: "FIN_WAIT_1", to: "FIN_WAIT_2", on: { kind: "rcv", what: "ACK" } },
  { from: "FIN_WAIT_1", to: "CLOSING", on: { kind: "rcv", what: "FIN" }, send: "ACK" },
  // Round the left of FIN_WAIT_2, into TIME_WAIT from the side.
  {
    from: "FIN_WAIT_1",
    to: "TIME_WAIT",
    on: { kind: "rcv", what: "FIN,ACK" },
    send: "ACK",
    via: [
      [0.05, 4.5],
      [0.05, 6.5],
    ],
  },
  { from: "FIN_WAIT_2", to: "TIME_WAIT", on: { kind: "rcv", what: "FIN" }, send: "ACK" },
  // Down the gap between FIN_WAIT_2 and CLOSING, then under TIME_WAIT.
  {
    from: "FIN_WAIT_2",
    to: "CLOSED",
    on: { kind: "timeout", timer: "fin-wait-2" },
    toEnd: true,
    via: [
      [1, 5.5],
      [1, 7.1],
      [2.5, 7.1],
    ],
  },
  { from: "CLOSING", to: "TIME_WAIT", on: { kind: "rcv", what: "ACK" } },
  { from: "CLOSE_WAIT", to: "LAST_ACK", on: { kind: "call", what: "close" }, send: "FIN" },
  { from: "LAST_ACK", to: "CLOSED", on: { kind: "rcv", what: "ACK" }, toEnd: true },
  { from: "TIME_WAIT", to: "CLOSED", on: { kind: "timeout", timer: "time-wait" }, toEnd: true },
];

/**
 * The states in which this side's FIN has gone already (a FIN sent now is its
 * retransmission, not a new close): every state the diagram reaches from an arrow that
 * sends a FIN, up to the end of the connection. test/client/state-diagram-engine.test.ts
 * checks it against the engine's own record of a FIN sent (SND's finSeq).
 */
export const FIN_SENT_STATES: readonly TcpState[] = (() => {
  const seen = new Set<TcpState>();
  const queue = TRANSITIONS.filter((tr) => tr.send?.split(",").includes("FIN") && !tr.toEnd).map((tr) => tr.to);
  while (queue.length > 0) {
    const s = queue.shift()!;
    if (s === "CLOSED" || seen.has(s)) continue;
    seen.add(s);
    for (const tr of TRANSITIONS) if (tr.from === s && !tr.toEnd) queue.push(tr.to);
  }
  return TCP_STATES.filter((s) => seen.has(s));
})();

export function nodeOf(state: TcpState): StateNode {
  const node = STATE_NODES.find((n) => n.state === state);
  if (!node) throw new Error(`unknown state ${state}`);
  return node;
}

export function stateForKey(key: string): TcpState | null {
  return STATE_NODES.find((n) => n.key === key)?.state ?? null;
}
