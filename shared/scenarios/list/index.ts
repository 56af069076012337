// Every scenario, one line each: a new one is its file in this folder plus its line here.
// SCENARIOS (../index.ts) orders them by their `number`.
export { handshake } from "./01-handshake";
export { fourWayClose } from "./02-four-way-close";
export { halfClose } from "./03-half-close";
export { lostFinalAck } from "./04-lost-final-ack";
export { oldDuplicate } from "./05-old-duplicate";
export { finWait2Timeout } from "./06-fin-wait-2-timeout";
export { simultaneousOpen } from "./07-simultaneous-open";
export { simultaneousClose } from "./08-simultaneous-close";
export { connectionRefused } from "./09-connection-refused";
export { lostSyn } from "./10-lost-syn";
export { quietTime } from "./11-quiet-time";
export { finAckCombined } from "./12-fin-ack-combined";
export { fullLifecycle } from "./13-full-lifecycle";
export { freePlay } from "./14-free-play";
export { abort } from "./15-abort";
export { timeWaitAssassination } from "./16-time-wait-assassination";
export { halfOpen } from "./17-half-open";
export { challengeAck } from "./18-challenge-ack";
