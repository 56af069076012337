// The TCP engine (RFC 9293 section 3.10), pure: see docs/guide/architecture.md and docs/engine/linux.md.
export * from "./types";
export * from "./seq";
export { createEndpoint } from "./endpoint";
export { step } from "./step";
export { CALL_REFUSED, CALL_WAITS, callEvent, isUserCall, USER_CALLS, type CallArgs, type UserCall } from "./user/vocabulary";
export { nextDeadline } from "./timers";
export { acceptable } from "./arrive/acceptable";
export { entryLen, segLen } from "./core/output";
export { finAcked } from "./arrive/text";
export {
  DEFAULT_MSL_MS,
  DEFAULT_RCV_WND,
  DEFAULT_RTO_MS,
  finWait2Ms,
  givesUp,
  LINUX_DEFAULTS,
  LINUX_FIN_WAIT_2_MS,
  LINUX_LIMITS,
  LINUX_RTO_MIN_MS,
  LINUX_TIME_WAIT_MS,
  linuxModelTimeout,
  linuxSettings,
  r2Settings,
  MAX_RTO_MS,
  RFC_R2_MS,
  RFC_R2_SYN_MS,
  retryLimit,
  timeWaitMs,
} from "./profile";
