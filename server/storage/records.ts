// What storage keeps, as the server sees it: finished matches, matches in progress, classes.
// The same records whichever database holds them (stores.ts); rows.ts maps them to columns.
import { randomBytes } from "node:crypto";
import type { ClassPhase, ClassSetup, ConceptTally } from "../../shared/protocol/classroom";
import type { Side } from "../../shared/scenarios/types";

// ---- finished matches ---------------------------------------------------------------------

/** The stored format of config + inputs. Bump it when the reducer's input log changes shape. */
export const MATCH_FORMAT = 1;

export interface FinishedMatch<Config = unknown, Input = unknown, Result = unknown> {
  id: string;
  scenarioId: string;
  config: Config;
  isns: Record<Side, number>;
  inputs: Input[];
  result: Result;
  /** Epoch ms. */
  createdAt: number;
  finishedAt: number;
  format?: number;
}

/** What a list shows: everything but the input log. */
export type MatchSummary<Result = unknown> = Omit<FinishedMatch<unknown, unknown, Result>, "config" | "inputs">;

/** A fresh match id: 16 url-safe characters (96 random bits), hard to guess from a replay link. */
export function newMatchId(): string {
  return randomBytes(12).toString("base64url");
}

/** Ids are what newMatchId makes, or anything url-safe the server chose; refuse the rest early. */
export function isMatchId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(id);
}

// ---- matches in progress (the journal) ----------------------------------------------------

export interface LiveMatch<Config = unknown, Input = unknown, Room = unknown> {
  id: string;
  roomId: string;
  room: Room;
  scenarioId: string;
  config: Config;
  isns: { A: number; B: number };
  createdAt: number;
  inputs: Input[];
  format?: number;
}

// ---- classes ------------------------------------------------------------------------------

export interface ClassRecord {
  id: string;
  code: string;
  hostKeyHash: string;
  name: string;
  setup: ClassSetup;
  phase: ClassPhase;
  round: number;
  locked: boolean;
  lateJoin: boolean;
  createdAt: number;
  endedAt: number | null;
}

export interface StudentRecord {
  id: number;
  browserHash: string;
  name: string;
  kicked: boolean;
  joinedAt: number;
}

export interface PairRecord {
  round: number;
  pair: number;
  roomId: string;
  /** Student ids; null is the tutor bot. */
  A: number | null;
  B: number | null;
}

export interface ResultRecord {
  round: number;
  studentId: number;
  matchId: string | null;
  side: "A" | "B";
  total: number;
  speed: number;
  right: number;
  declared: number;
  goal: boolean;
  mistakes: Record<string, number>;
  concepts: ConceptTally[];
  finishedAt: number;
}
