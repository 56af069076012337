// The numbers that differ between the rfc and linux profiles, in one place.
import type { Endpoint, Profile } from "./types";

export const DEFAULT_RCV_WND = 65535;
/** RFC 6298 2.1: the initial RTO is 1 second. */
export const DEFAULT_RTO_MS = 1000;
/** RFC 9293 3.4.2 takes MSL = 2 minutes; linux's TIME_WAIT is a fixed 60 s instead. */
export const DEFAULT_MSL_MS: Record<Profile, number> = { rfc: 120_000, linux: 60_000 };
/** linux: TCP_TIMEWAIT_LEN, TIME_WAIT does not depend on MSL. */
export const LINUX_TIME_WAIT_MS = 60_000;
/** linux: tcp_fin_timeout, the FIN_WAIT_2 timer of an orphaned socket. */
export const LINUX_FIN_WAIT_2_MS = 60_000;
/** RFC 6298 2.5 allows a maximum RTO of at least 60 s; linux's TCP_RTO_MAX is 120 s. */
export const MAX_RTO_MS: Record<Profile, number> = { rfc: 60_000, linux: 120_000 };

/**
 * How many retransmissions of one segment before giving up (RFC 9293 3.8.3, R2).
 * rfc: the RFC suggests R2 of at least 3 minutes for a SYN and 100 s for data; we count
 * retransmissions instead (5 for a SYN, 8 for data or FIN). linux: tcp_syn_retries = 6,
 * tcp_synack_retries = 5, tcp_retries2 = 15.
 */
export function retryLimit(ep: Endpoint, headIsSyn: boolean): number {
  if (ep.profile === "linux") {
    if (!headIsSyn) return 15;
    return ep.state === "SYN_SENT" ? 6 : 5;
  }
  return headIsSyn ? 5 : 8;
}

/** RFC 9293 3.10.8: TIME_WAIT lasts 2 MSL; linux: a fixed 60 s. */
export function timeWaitMs(ep: Endpoint): number {
  return ep.profile === "linux" ? LINUX_TIME_WAIT_MS : 2 * ep.msl;
}
