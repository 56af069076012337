// The data the TCP engine works on. Everything here is plain JSON: an endpoint can be
// stored, sent over the network, diffed and replayed.

/** The 11 states of RFC 9293 section 3.3.2, with the RFC's names. */
export const TCP_STATES = [
  "CLOSED",
  "LISTEN",
  "SYN_SENT",
  "SYN_RCVD",
  "ESTABLISHED",
  "FIN_WAIT_1",
  "FIN_WAIT_2",
  "CLOSE_WAIT",
  "CLOSING",
  "LAST_ACK",
  "TIME_WAIT",
] as const;
export type TcpState = (typeof TCP_STATES)[number];

/**
 * `rfc` follows RFC 9293's text. `linux` follows what Linux 6.x does where it differs
 * (docs/engine/linux.md lists each difference, and what is left out): TIME_WAIT is a fixed
 * 60 s, an orphaned socket in FIN_WAIT_2 times out (tcp_fin_timeout), data arriving after
 * a full close() is answered with RST, the retransmission schedules of tcp_syn_retries /
 * tcp_syn_linear_timeouts / tcp_synack_retries / tcp_retries2, no quiet time, and more.
 */
export type Profile = "rfc" | "linux";

/**
 * Linux's sysctls that shape connection management (the linux profile only), each with
 * Linux's default. Times are TCP ms.
 */
export interface LinuxSettings {
  /** net.ipv4.tcp_fin_timeout: how long an orphaned socket waits in FIN_WAIT_2 (60 s). */
  finTimeoutMs: number;
  /** net.ipv4.tcp_syn_retries: retransmissions of a SYN before ETIMEDOUT (6). */
  synRetries: number;
  /** net.ipv4.tcp_synack_retries: retransmissions of a SYN,ACK before the request is dropped (5). */
  synackRetries: number;
  /** net.ipv4.tcp_retries2: how long data or a FIN is retransmitted, as a count of RTO doublings (15). */
  retries2: number;
  /** net.ipv4.tcp_syn_linear_timeouts: the first retransmissions of a SYN keep the initial RTO (4). */
  synLinearTimeouts: number;
  /** net.ipv4.tcp_rfc1337: ignore a RST in TIME_WAIT (RFC 1337) instead of ending it (false). */
  rfc1337: boolean;
}

export interface Flags {
  syn: boolean;
  ack: boolean;
  fin: boolean;
  rst: boolean;
  psh: boolean;
}

/**
 * A TCP segment. `data` is ASCII text; its length is its length in sequence space
 * (one character is one byte). `ack` is meaningful only when `flags.ack` is set.
 */
export interface Segment {
  seq: number;
  ack: number;
  flags: Flags;
  window: number;
  data: string;
}

export type TimerName = "retransmit" | "time-wait" | "fin-wait-2";
export const TIMER_NAMES: readonly TimerName[] = ["retransmit", "time-wait", "fin-wait-2"];

/** A segment we sent that is not yet fully acknowledged. */
export interface RetransmitEntry {
  seq: number;
  syn: boolean;
  fin: boolean;
  data: string;
}

export interface RetransmitTimer {
  deadline: number;
  /** When the head of the queue was first sent: the give-up time counts from here (RFC 9293 3.8.3). */
  since: number;
  /** The current RTO in ms (doubles at each expiry, RFC 6298 5.5). */
  rto: number;
  /** How many times the head of the queue has been retransmitted. */
  retries: number;
}

export interface Timers {
  retransmit: RetransmitTimer | null;
  timeWait: number | null;
  finWait2: number | null;
}

/**
 * What the application has asked: `open` (nothing yet), `shutdown` (no more data to send,
 * still reading: RFC 9293's CLOSE) or `close` (the socket is released: in the linux
 * profile the connection is orphaned).
 */
export type AppClose = "open" | "shutdown" | "close";

/** The transmission control block (RFC 9293 section 3.3.1), as plain data. */
export interface Endpoint {
  profile: Profile;
  localPort: number;
  remotePort: number;
  state: TcpState;
  /** Initial send sequence number. */
  iss: number;
  /** Initial receive sequence number, once known. */
  irs: number | null;
  sndUna: number;
  sndNxt: number;
  sndWnd: number;
  /** Segment sequence and ack numbers used for the last window update (RFC 9293 3.10.7.4). */
  sndWl1: number;
  sndWl2: number;
  rcvNxt: number;
  rcvWnd: number;
  /** Data the application asked to send that has not been sent yet (window full, or not yet synchronized). */
  sendBuffer: string;
  /** The application asked for a FIN that has not been sent yet (data still queued before it). */
  finPending: boolean;
  /** Sequence number of our FIN once sent. */
  finSeq: number | null;
  /** Whether the peer's FIN has been received (RCV.NXT has passed it). */
  finReceived: boolean;
  app: AppClose;
  /** Everything TCP delivered to the application's receive buffer, in order. */
  received: string;
  /** How many bytes at the end of `received` the application has not read yet (recv). */
  unread: number;
  /** The application reads everything as it arrives (no recv calls needed). */
  autoRecv: boolean;
  /** MAX.SND.WND: the largest window the peer has offered (RFC 5961 5.2). */
  maxSndWnd: number;
  /** linux: when the last ACK answering an out-of-window segment was sent (rate limit, 500 ms). */
  lastOowAckAt: number | null;
  /** The linux profile's sysctls. */
  linux: LinuxSettings;
  /** rfc profile: R2 of RFC 9293 3.8.3 in ms, set by the application; null: never give up. */
  r2: { synMs: number; dataMs: number | null };
  /** linux: the smoothed round-trip time (RFC 6298 2.2-2.3), once a sample was taken; ms. */
  srtt: number | null;
  /** linux: the round-trip time variation (RFC 6298 RTTVAR); ms. */
  rttvar: number;
  retransmitQueue: RetransmitEntry[];
  timers: Timers;
  /** Maximum segment lifetime in ms; TIME_WAIT lasts 2 * msl in the rfc profile. */
  msl: number;
  /** While now < quietUntil the host keeps quiet after a restart (RFC 9293 3.4.3). */
  quietUntil: number | null;
  /** Why the connection ended, once CLOSED after having been used. */
  closedBy: CloseReason | null;
  /** Initial retransmission timeout in ms (RFC 6298 2.1: 1 s); also the RTO after new data is acked. */
  rtoMs: number;
  /** The connection came from a passive OPEN (LISTEN): a reset in SYN_RCVD returns to LISTEN. */
  passiveOpen: boolean;
}

export type CloseReason = "normal" | "reset" | "refused" | "aborted" | "timeout" | "fin-wait-2-timeout";

export interface EndpointOptions {
  localPort: number;
  remotePort: number;
  iss: number;
  profile?: Profile;
  /** ms; default 120000 (RFC 9293's 2 minutes) in rfc, 60000 in linux (TIME_WAIT = 60 s). */
  msl?: number;
  /** Receive window advertised; default 65535. */
  rcvWnd?: number;
  /** If the host has just (re)booted at this time, quiet time runs until now + MSL (rfc only). */
  bootedAt?: number;
  /** Initial retransmission timeout in ms; default 1000 (RFC 6298 2.1). */
  rtoMs?: number;
  /** The application reads data as it arrives (default true); false: it must call recv. */
  autoRecv?: boolean;
  /** linux profile: the sysctls that differ from Linux's defaults. */
  linux?: Partial<LinuxSettings>;
  /**
   * rfc profile: R2 (RFC 9293 3.8.3), ms. `synMs` defaults to 3 minutes and is never
   * less (MUST-23); `dataMs` defaults to 100 s, null means "infinity".
   */
  r2?: { synMs?: number; dataMs?: number | null };
}

export type TcpEvent =
  /** OPEN call (RFC 9293 3.10.1): passive = listen(), active = connect(). */
  | { type: "open"; passive: boolean; iss?: number }
  /** SEND call (3.10.2). */
  | { type: "send"; data: string }
  /** RECEIVE call (3.10.3): the application reads `bytes` (default: everything) from its buffer. */
  | { type: "recv"; bytes?: number }
  /** CLOSE call (3.10.4): no more data to send, keep receiving (shutdown(SHUT_WR)). */
  | { type: "shutdown" }
  /** The application releases the socket (close()); like shutdown in rfc, orphans it in linux. */
  | { type: "close" }
  /** ABORT call (3.10.5). */
  | { type: "abort" }
  /** SEGMENT ARRIVES (3.10.7). */
  | { type: "segment"; segment: Segment }
  /** A timer fired (3.10.8). */
  | { type: "timeout"; timer: TimerName }
  /** The host crashes and boots again: every TCB is lost, quiet time begins (3.4.3). */
  | { type: "reboot" };

export type NoteParams = Record<string, string | number | boolean>;

export interface Note {
  code: NoteCode;
  params: NoteParams;
}

/**
 * Every machine-readable note the engine produces. The UI translates each code in both
 * languages; `params` carries the facts (expected and received numbers, states).
 */
export const NOTE_CODES = [
  // state/transition: {from, to}
  "state/transition",
  // user calls
  "user/connection-exists", // OPEN/SEND on a connection that already exists in a state that forbids it
  "user/connection-does-not-exist", // SEND/CLOSE/ABORT in CLOSED
  "user/connection-closing", // SEND after our FIN was asked for
  "user/data-queued", // SEND before the connection is synchronized, or beyond the window: queued
  "user/listen-closed", // CLOSE in LISTEN: back to CLOSED, nothing sent
  "user/syn-sent-closed", // CLOSE or ABORT in SYN_SENT: back to CLOSED, nothing sent
  "user/fin-queued", // CLOSE while data is still queued: FIN follows the data
  "user/already-closing", // CLOSE again after a FIN was asked for
  "user/abort-reset", // ABORT in a synchronized state sends RST
  "user/abort-closed", // ABORT in CLOSING, LAST_ACK or TIME_WAIT: CLOSED, nothing sent (3.10.5)
  "user/quiet-time", // active open refused: the host is still in its quiet time after a restart
  "user/socket-orphaned", // linux: close() released the socket; later data is answered with RST
  "user/data-read", // {bytes, unread}: RECEIVE took data from the application's buffer
  "user/close-unread-reset", // linux: close() with unread data sends RST,ACK and CLOSED instead of a FIN (RFC 9293 3.6)
  // segments arriving
  "segment/malformed", // a segment whose numbers are not 32-bit sequence numbers or whose fields are missing: dropped
  "segment/closed-reset", // a segment to a CLOSED port is answered with RST (3.10.7.1)
  "segment/closed-rst-ignored", // an RST to a CLOSED port is dropped
  "segment/listen-rst-ignored", // an RST in LISTEN is ignored
  "segment/listen-ack-reset", // an ACK in LISTEN is answered with RST
  "segment/listen-syn", // a SYN in LISTEN: reply SYN,ACK, go to SYN_RCVD
  "segment/listen-dropped", // anything else in LISTEN is dropped
  "segment/unacceptable-ack", // {expected (range), received}: an ACK outside SND.UNA..SND.NXT
  "segment/syn-sent-rst-ignored", // RST in SYN_SENT without an acceptable ACK
  "segment/syn-sent-refused", // RST with an acceptable ACK in SYN_SENT: connection refused
  "segment/syn-ack", // SYN,ACK accepted in SYN_SENT: send ACK, ESTABLISHED
  "segment/simultaneous-open", // SYN without ACK in SYN_SENT: send SYN,ACK, go to SYN_RCVD
  "segment/syn-sent-dropped", // neither SYN nor RST in SYN_SENT
  "segment/unacceptable", // {seq, len, rcvNxt, rcvWnd}: fails the acceptability test; ACK sent
  "segment/rst-out-of-window", // RST outside the window: dropped
  "segment/rst-challenge", // RST in the window but not at RCV.NXT: challenge ACK (RFC 5961 3.2)
  "segment/rst-accepted", // a valid RST: connection reset
  "segment/rst-syn-rcvd-passive", // RST in SYN_RCVD after a passive open: back to LISTEN
  "segment/syn-challenge", // SYN in a synchronized state: challenge ACK (RFC 5961 4.2)
  "segment/syn-rcvd-syn-listen", // an in-window SYN in SYN_RCVD after a passive open: back to LISTEN
  "segment/syn-ack-crossed", // simultaneous open: the peer's SYN,ACK in SYN_RCVD -> ESTABLISHED (Figure 7)
  "segment/no-ack-dropped", // a segment without ACK in a synchronized state is dropped
  "segment/duplicate-ack", // an ACK of something already acknowledged: ignored
  "segment/ack-of-unsent", // an ACK of data not yet sent: ACK sent, segment dropped
  "segment/acked", // {bytes}: SND.UNA advanced
  "segment/fin-acked", // our FIN is acknowledged
  "segment/data-received", // {bytes}: data delivered
  "segment/out-of-order", // data beyond RCV.NXT that is not modelled as buffered: dropped with ACK
  "segment/data-after-fin", // data after the peer's FIN: ignored
  "segment/data-after-close-reset", // linux: data to an orphaned socket is answered with RST
  "segment/fin-received", // the peer's FIN: RCV.NXT advances past it, ACK sent
  "segment/fin-retransmitted", // a FIN we have already acknowledged arrives again: re-ACK
  "segment/time-wait-restart", // a FIN in TIME_WAIT: re-ACK and restart the 2MSL timer
  "segment/old-duplicate", // a segment from an earlier incarnation arrives in TIME_WAIT and is discarded
  "segment/ack-too-old", // {received, sndUna, maxSndWnd}: SEG.ACK < SND.UNA - MAX.SND.WND: challenge ACK, dropped (RFC 5961 5.2)
  "segment/ack-rate-limited", // linux: an ACK to an out-of-window segment or a challenge ACK within 500 ms of the last: not sent
  "segment/time-wait-syn-reopen", // linux: a SYN above RCV.NXT in TIME_WAIT opens a new connection (RFC 6191)
  "segment/time-wait-rst-ignored", // linux: a RST in TIME_WAIT is ignored (tcp_rfc1337, or not at RCV.NXT)
  "segment/orphan-syn-reset", // linux: a SYN to an orphaned FIN_WAIT_2 is answered with RST and the connection ends
  "segment/syn-rcvd-syn-again", // linux: the peer's SYN again in SYN_RCVD: the SYN,ACK is sent again
  "segment/time-wait-ack-restart", // linux: a bare ACK at RCV.NXT in TIME_WAIT restarts the 60 s, nothing is sent
  "user/abort-reset-ack", // linux: ABORT sends RST,ACK with SND.NXT and RCV.NXT (rfc: user/abort-reset)
  "segment/syn-ack-crossed-ack", // linux: the crossed SYN,ACK of a simultaneous open -> ESTABLISHED, and an ACK
  // timers
  "timer/retransmit", // {seq, retries, rto}: the head of the retransmission queue is sent again
  "timer/retransmit-give-up", // too many retries: the connection is aborted
  "timer/syn-ack-give-up", // linux: the SYN,ACK was never answered: the request is dropped, LISTEN again
  "timer/time-wait-expired", // 2MSL passed: CLOSED
  "timer/fin-wait-2-expired", // linux: FIN_WAIT_2 timer after close(): CLOSED
  "timer/not-armed", // a timeout for a timer that is not running: ignored
  "host/reboot", // the host restarted: all state lost
] as const;
export type NoteCode = (typeof NOTE_CODES)[number];

export interface StepResult {
  endpoint: Endpoint;
  segments: Segment[];
  notes: Note[];
}

export interface Deadline {
  timer: TimerName;
  at: number;
}
