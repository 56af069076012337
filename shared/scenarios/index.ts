// The scenarios, in their order: the fourteen basics, then the lessons beyond them.
import type { Scenario } from "./types";
import { handshake } from "./list/01-handshake";
import { fourWayClose } from "./list/02-four-way-close";
import { halfClose } from "./list/03-half-close";
import { lostFinalAck } from "./list/04-lost-final-ack";
import { oldDuplicate } from "./list/05-old-duplicate";
import { finWait2Timeout } from "./list/06-fin-wait-2-timeout";
import { simultaneousOpen } from "./list/07-simultaneous-open";
import { simultaneousClose } from "./list/08-simultaneous-close";
import { connectionRefused } from "./list/09-connection-refused";
import { lostSyn } from "./list/10-lost-syn";
import { quietTime } from "./list/11-quiet-time";
import { finAckCombined } from "./list/12-fin-ack-combined";
import { fullLifecycle } from "./list/13-full-lifecycle";
import { freePlay } from "./list/14-free-play";
import { abort } from "./list/15-abort";
import { timeWaitAssassination } from "./list/16-time-wait-assassination";
import { halfOpen } from "./list/17-half-open";
import { challengeAck } from "./list/18-challenge-ack";

export * from "./types";

export const SCENARIOS: readonly Scenario[] = [
  handshake,
  fourWayClose,
  halfClose,
  lostFinalAck,
  oldDuplicate,
  finWait2Timeout,
  simultaneousOpen,
  simultaneousClose,
  connectionRefused,
  lostSyn,
  quietTime,
  finAckCombined,
  fullLifecycle,
  freePlay,
  abort,
  timeWaitAssassination,
  halfOpen,
  challengeAck,
];

const BY_ID = new Map(SCENARIOS.map((s) => [s.id, s]));

export function getScenario(id: string): Scenario | undefined {
  return BY_ID.get(id);
}
