// The concepts the game teaches, from the seed article. Scenarios, quiz questions,
// mistakes and classroom reports all speak of these ids.

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
] as const;
export type Concept = (typeof CONCEPTS)[number];
