// The TCP state diagram of RFC 9293 section 3.3.2 (figure 5) as edges, plus the ways out
// that the figure leaves implicit (RST, ABORT, timeouts, a reboot), so tests can check that
// a scenario's goal is a walk a real connection can take.
import type { TcpState } from "../../shared/tcp/types";
import { TCP_STATES } from "../../shared/tcp/types";
import type { Profile } from "../../shared/tcp/types";

const FIGURE_5: readonly (readonly [TcpState, TcpState])[] = [
  ["CLOSED", "LISTEN"], // passive OPEN
  ["CLOSED", "SYN_SENT"], // active OPEN, send SYN
  ["LISTEN", "SYN_RCVD"], // rcv SYN, send SYN,ACK
  ["LISTEN", "SYN_SENT"], // SEND, send SYN
  ["LISTEN", "CLOSED"], // CLOSE
  ["SYN_SENT", "SYN_RCVD"], // rcv SYN (simultaneous open), send SYN,ACK
  ["SYN_SENT", "ESTABLISHED"], // rcv SYN,ACK, send ACK
  ["SYN_SENT", "CLOSED"], // CLOSE, or an acceptable RST (refused)
  ["SYN_RCVD", "ESTABLISHED"], // rcv ACK of SYN
  ["SYN_RCVD", "FIN_WAIT_1"], // CLOSE, send FIN
  ["SYN_RCVD", "LISTEN"], // rcv RST after a passive open
  ["ESTABLISHED", "FIN_WAIT_1"], // CLOSE, send FIN
  ["ESTABLISHED", "CLOSE_WAIT"], // rcv FIN, send ACK
  ["FIN_WAIT_1", "FIN_WAIT_2"], // rcv ACK of FIN
  ["FIN_WAIT_1", "CLOSING"], // rcv FIN, send ACK (simultaneous close)
  ["FIN_WAIT_1", "TIME_WAIT"], // rcv FIN with the ACK of our FIN
  ["FIN_WAIT_2", "TIME_WAIT"], // rcv FIN, send ACK
  ["CLOSE_WAIT", "LAST_ACK"], // CLOSE, send FIN
  ["CLOSING", "TIME_WAIT"], // rcv ACK of FIN
  ["LAST_ACK", "CLOSED"], // rcv ACK of FIN
  ["TIME_WAIT", "CLOSED"], // 2MSL timeout
];

/** The states another state can move to in one step under `profile`. */
export function successors(state: TcpState, _profile: Profile): Set<TcpState> {
  const next = new Set<TcpState>(FIGURE_5.filter(([from]) => from === state).map(([, to]) => to));
  // A reset, an ABORT, a retransmission give-up or a reboot ends any connection (3.10.5,
  // 3.10.7.4 second check, 3.10.8). FIN_WAIT_2 has no retransmission, so with nobody
  // acting it leaves only by the FIN or by Linux's FIN_WAIT_2 timer: see `quietExits`.
  if (state !== "CLOSED") next.add("CLOSED");
  return next;
}

/**
 * Where a state goes when the peer never sends again and the application does nothing:
 * TIME_WAIT expires into CLOSED; FIN_WAIT_2 expires only in the linux profile (after
 * close()), since RFC 9293 lets it wait forever.
 */
export function quietExits(state: TcpState, profile: Profile): TcpState[] {
  if (state === "TIME_WAIT") return ["CLOSED"];
  if (state === "FIN_WAIT_2" && profile === "linux") return ["CLOSED"];
  return [];
}

/** Whether `to` can be reached from `from` in zero or more steps. */
export function reachable(from: TcpState, to: TcpState, profile: Profile): boolean {
  const seen = new Set<TcpState>([from]);
  const queue: TcpState[] = [from];
  // Bounded: each of the 11 states is queued at most once.
  while (queue.length > 0 && seen.size <= TCP_STATES.length) {
    const s = queue.shift() as TcpState;
    if (s === to) return true;
    for (const n of successors(s, profile)) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return false;
}
