// The numbers that differ between the rfc and linux profiles, in one place.
import type { Endpoint, LinuxSettings, Profile } from "./types";

export const DEFAULT_RCV_WND = 65535;
/** RFC 6298 2.1: the initial RTO is 1 second. */
export const DEFAULT_RTO_MS = 1000;
/** RFC 9293 3.4.2 takes MSL = 2 minutes; linux's TIME_WAIT is a fixed 60 s instead. */
export const DEFAULT_MSL_MS: Record<Profile, number> = { rfc: 120_000, linux: 60_000 };
/** linux: TCP_TIMEWAIT_LEN, TIME_WAIT does not depend on MSL. */
export const LINUX_TIME_WAIT_MS = 60_000;
/** linux: tcp_fin_timeout's default, the FIN_WAIT_2 timer of an orphaned socket. */
export const LINUX_FIN_WAIT_2_MS = 60_000;
/** RFC 6298 2.5 allows a maximum RTO of at least 60 s; linux's TCP_RTO_MAX is 120 s. */
export const MAX_RTO_MS: Record<Profile, number> = { rfc: 60_000, linux: 120_000 };
/** linux: TCP_RTO_MIN, the base of the tcp_retries2 time model (tcp_model_timeout). */
export const LINUX_RTO_MIN_MS = 200;
/** linux: TCP_TIMEOUT_MIN (2 jiffies), how soon a SYN goes out again after a bad ACK in SYN_SENT. */
export const LINUX_TIMEOUT_MIN_MS = 2;
/** linux: tcp_invalid_ratelimit, at most one ACK per 500 ms to out-of-window segments. */
export const LINUX_OOW_RATE_LIMIT_MS = 500;
/** linux: a SYN in TIME_WAIT opens a connection with ISS = SND.NXT + 65535 + 2 (tcp_timewait_state_process). */
export const LINUX_TIME_WAIT_ISS_GAP = 65537;
/**
 * RFC 9293 3.8.3: R2 for a SYN MUST give at least 3 minutes of retransmission (MUST-23);
 * for other segments R2 SHOULD be at least 100 s.
 */
export const RFC_R2_SYN_MS = 180_000;
export const RFC_R2_MS = 100_000;

/** Linux's defaults for its sysctls (Documentation/networking/ip-sysctl.rst). */
export const LINUX_DEFAULTS: LinuxSettings = Object.freeze({
  finTimeoutMs: LINUX_FIN_WAIT_2_MS,
  synRetries: 6,
  synackRetries: 5,
  retries2: 15,
  synLinearTimeouts: 4,
  rfc1337: false,
});

/** Bounds a host may set (free play); Linux caps the retry counts at 127 (255 for tcp_synack_retries). */
export const LINUX_LIMITS = {
  finTimeoutMs: { min: 1000, max: 600_000 },
  synRetries: { min: 1, max: 127 },
  synackRetries: { min: 1, max: 127 },
  retries2: { min: 1, max: 127 },
  synLinearTimeouts: { min: 0, max: 127 },
} as const;

const RFC_R2_DEFAULT = Object.freeze({ synMs: RFC_R2_SYN_MS, dataMs: RFC_R2_MS as number | null });

/**
 * R2 as the application set it: a SYN's R2 is never under 3 minutes (MUST-23);
 * anything that is not a positive number falls back to the default; null data R2 = never.
 */
export function r2Settings(given: { synMs?: number; dataMs?: number | null } | undefined): { synMs: number; dataMs: number | null } {
  if (given === undefined) return RFC_R2_DEFAULT;
  const ok = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v > 0;
  const syn = given?.synMs;
  const data = given?.dataMs;
  return {
    synMs: ok(syn) ? Math.max(syn, RFC_R2_SYN_MS) : RFC_R2_SYN_MS,
    dataMs: data === null ? null : ok(data) ? data : RFC_R2_MS,
  };
}

/** The settings with every missing or out-of-range value replaced by Linux's default. */
export function linuxSettings(given: Partial<LinuxSettings> | undefined): LinuxSettings {
  if (given === undefined || given === null || typeof given !== "object") return LINUX_DEFAULTS;
  const out: LinuxSettings = { ...LINUX_DEFAULTS };
  for (const key of Object.keys(LINUX_LIMITS) as (keyof typeof LINUX_LIMITS)[]) {
    const v = given[key];
    const { min, max } = LINUX_LIMITS[key];
    if (typeof v === "number" && Number.isInteger(v) && v >= min && v <= max) out[key] = v;
  }
  if (typeof given.rfc1337 === "boolean") out.rfc1337 = given.rfc1337;
  return out;
}

/**
 * The RTO after an expiry. linux: the first tcp_syn_linear_timeouts expiries of a SYN keep
 * the initial RTO (tcp_retransmit_timer); otherwise, and in rfc, it doubles (RFC 6298 5.5),
 * capped (RFC 6298 2.5, TCP_RTO_MAX).
 */
export function nextRto(ep: Endpoint, rto: number, retries: number): number {
  if (ep.profile === "linux" && ep.state === "SYN_SENT" && retries < ep.linux.synLinearTimeouts) return rto;
  return Math.min(rto * 2, MAX_RTO_MS[ep.profile]);
}

/**
 * Whether the retransmission timer, firing now, gives up instead of retransmitting
 * (RFC 9293 3.8.3 R2). `retries`: retransmissions of the head so far; `elapsed`: ms since it
 * was first sent.
 * - rfc: R2 as time: 3 minutes for a SYN (MUST-23), 100 s for anything else.
 * - linux: a SYN gives up after tcp_syn_retries + tcp_syn_linear_timeouts retransmissions, a
 *   SYN,ACK after tcp_synack_retries (tcp_write_timeout, reqsk_timer_handler); data and FIN
 *   after the time tcp_retries2 doublings of TCP_RTO_MIN would take (tcp_model_timeout).
 */
export function givesUp(ep: Endpoint, headIsSyn: boolean, retries: number, elapsed: number): boolean {
  if (ep.profile === "rfc") {
    const r2 = headIsSyn ? ep.r2.synMs : ep.r2.dataMs;
    return r2 !== null && elapsed >= r2;
  }
  if (headIsSyn) {
    const limit = ep.state === "SYN_SENT" ? ep.linux.synRetries + ep.linux.synLinearTimeouts : ep.linux.synackRetries;
    return retries >= limit;
  }
  return elapsed >= linuxModelTimeout(ep.linux.retries2, LINUX_RTO_MIN_MS);
}

/** linux tcp_model_timeout: the time `boundary` RTO doublings from `rtoBase` take, capped at TCP_RTO_MAX. */
export function linuxModelTimeout(boundary: number, rtoBase: number): number {
  const max = MAX_RTO_MS.linux;
  const thresh = Math.floor(Math.log2(max / rtoBase));
  if (boundary <= thresh) return (2 ** (boundary + 1) - 1) * rtoBase;
  return (2 ** (thresh + 1) - 1) * rtoBase + (boundary - thresh) * max;
}

/**
 * How many retransmissions of one segment before giving up, where that is a count (linux
 * SYN and SYN,ACK); null where R2 is a time (rfc; linux data and FIN).
 */
export function retryLimit(ep: Endpoint, headIsSyn: boolean): number | null {
  if (ep.profile === "linux" && headIsSyn) {
    return ep.state === "SYN_SENT" ? ep.linux.synRetries + ep.linux.synLinearTimeouts : ep.linux.synackRetries;
  }
  return null;
}

/** RFC 9293 3.10.8: TIME_WAIT lasts 2 MSL; linux: a fixed 60 s. */
export function timeWaitMs(ep: Endpoint): number {
  return ep.profile === "linux" ? LINUX_TIME_WAIT_MS : 2 * ep.msl;
}

/**
 * linux tcp_fin_time: the FIN_WAIT_2 timer of an orphaned socket is tcp_fin_timeout, but
 * never less than 3.5 RTO.
 */
export function finWait2Ms(ep: Endpoint): number {
  const rto = ep.timers.retransmit?.rto ?? ep.rtoMs;
  return Math.max(ep.linux.finTimeoutMs, rto * 4 - rto / 2);
}
