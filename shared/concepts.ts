// The concepts the game teaches (RFC 9293's connection management, with Linux where it
// differs). Scenarios, quiz questions, mistakes and classroom reports all speak of these ids.

export const CONCEPTS = [
  "handshake", // three-way handshake and why it takes three segments
  "four-way-close", // the four-way close: active and passive closer
  "half-close", // data keeps flowing after one FIN (CLOSE_WAIT / FIN_WAIT_2)
  "states", // the 11 states and their transitions
  "seq-consumption", // SYN and FIN each take one sequence number
  "ack-number", // ACK is the next byte expected
  "time-wait-lost-ack", // TIME_WAIT reason 1: re-ACK a retransmitted FIN
  "time-wait-old-duplicates", // TIME_WAIT reason 2: let old duplicates die out
  "two-msl", // 2MSL: why twice, MSL is a choice
  "quiet-time", // quiet time after a restart
  "fin-wait-2-timer", // the FIN_WAIT_2 timer (Linux, after a full close)
  "simultaneous-open", // SYNs cross: SYN_SENT -> SYN_RCVD
  "simultaneous-close", // FINs cross: CLOSING
  "fin-ack-combined", // FIN+ACK in one segment: FIN_WAIT_1 -> TIME_WAIT
  "reset", // RST: refused connection, abort, never acknowledged
  "retransmission", // lost segments are sent again on a timer
  "old-duplicate-syn", // an old duplicate SYN is refused with RST: why three segments (RFC 9293 3.5, Figure 9)
  "isn-choice", // how the ISN is chosen (RFC 6528) and why not 0
  "rst-vs-fin", // abort versus close: RST, SO_LINGER 0, close() with unread data, no TIME_WAIT
  "socket-buildup", // CLOSE_WAIT that never ends (no close()), TIME_WAIT piling up (SO_REUSEADDR, tcp_tw_reuse)
  "time-wait-assassination", // a RST ends TIME_WAIT early (RFC 1337, tcp_rfc1337)
  "half-open", // a peer that crashed: half-open versus half-closed, keepalive, RST on the next data
  "syn-flood", // SYN flood, the backlog, SYN cookies
  "challenge-ack", // RFC 5961: a SYN or an inexact RST in a synchronized state gets an ACK
  "linux-state-names", // the names of ss (SYN-RECV, FIN-WAIT-2, TIME-WAIT) beside the RFC's
] as const;
export type Concept = (typeof CONCEPTS)[number];
