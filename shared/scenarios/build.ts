// Small helpers that scenario files are built from, so that each file says only what is
// particular to its lesson: who is where, what each application does, and the goal.
import type { TcpState } from "../tcp/types";
import type { Goal, Role, SideSetup, TaskStep, Text } from "./types";

/**
 * One side of a scenario: its role, how it starts, where it is ("address:port"), the task
 * the player reads and, for bots and hints, the same task as steps.
 */
export function host(role: Role, start: SideSetup["start"], at: string, task: Text, steps?: TaskStep[]): SideSetup {
  const colon = at.lastIndexOf(":");
  const port = Number(at.slice(colon + 1));
  if (colon < 0 || !Number.isInteger(port)) throw new Error(`scenario host "${at}" is not address:port`);
  const setup: SideSetup = { role, start, task, address: at.slice(0, colon), port };
  return steps ? { ...setup, steps } : setup;
}

/** The states the active closer passes through in the four-way close (RFC 9293 3.6). */
export const ACTIVE_CLOSE: readonly TcpState[] = ["FIN_WAIT_1", "FIN_WAIT_2", "TIME_WAIT", "CLOSED"];
/** The states the passive closer passes through. */
export const PASSIVE_CLOSE: readonly TcpState[] = ["CLOSE_WAIT", "LAST_ACK", "CLOSED"];

/** A goal of kind `paths`: each side passes through these states, in order (see types.ts). */
export function paths(A: readonly TcpState[], B: readonly TcpState[], consecutive?: boolean): Goal {
  return consecutive === undefined ? { kind: "paths", A: [...A], B: [...B] } : { kind: "paths", A: [...A], B: [...B], consecutive };
}
