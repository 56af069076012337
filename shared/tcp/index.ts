// The TCP engine (RFC 9293 section 3.10), pure: see docs/handoff/engine.md.
export * from "./types";
export * from "./seq";
export { createEndpoint } from "./endpoint";
export { step } from "./step";
export { nextDeadline } from "./timers";
export { acceptable } from "./arrive/synchronized";
export { entryLen, segLen } from "./core/output";
export { finAcked } from "./arrive/text";
export {
  DEFAULT_MSL_MS,
  DEFAULT_RCV_WND,
  DEFAULT_RTO_MS,
  LINUX_FIN_WAIT_2_MS,
  LINUX_TIME_WAIT_MS,
  MAX_RTO_MS,
  retryLimit,
  timeWaitMs,
} from "./profile";
