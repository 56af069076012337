// Records ⇄ table rows, the same for SQLite and PostgreSQL: both hold the same columns
// (migrations.ts), JSON as text and flags as 0/1 integers, so only the SQL around differs.
import type { ClassPhase, ClassSetup, ConceptTally } from "../../shared/protocol/classroom";
import type { Side } from "../../shared/scenarios/types";
import {
  MATCH_FORMAT,
  type ClassRecord,
  type FinishedMatch,
  type LiveMatch,
  type MatchSummary,
  type PairRecord,
  type ResultRecord,
  type StudentRecord,
} from "./records";

// ---- matches ------------------------------------------------------------------------------

export interface MatchRow {
  id: string;
  scenario_id: string;
  config: string;
  isns: string;
  inputs: string;
  result: string;
  format: number;
  created_at: number;
  finished_at: number;
}

export function matchRow(match: FinishedMatch): MatchRow {
  return {
    id: match.id,
    scenario_id: match.scenarioId,
    config: JSON.stringify(match.config),
    isns: JSON.stringify(match.isns),
    inputs: JSON.stringify(match.inputs),
    result: JSON.stringify(match.result ?? null),
    format: match.format ?? MATCH_FORMAT,
    created_at: match.createdAt,
    finished_at: match.finishedAt,
  };
}

export function matchFromRow<Config, Input, Result>(row: MatchRow): FinishedMatch<Config, Input, Result> {
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    config: JSON.parse(row.config) as Config,
    isns: JSON.parse(row.isns) as Record<Side, number>,
    inputs: JSON.parse(row.inputs) as Input[],
    result: JSON.parse(row.result) as Result,
    format: row.format,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

export function summaryFromRow<Result>(row: Omit<MatchRow, "config" | "inputs">): MatchSummary<Result> {
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    isns: JSON.parse(row.isns) as Record<Side, number>,
    result: JSON.parse(row.result) as Result,
    format: row.format,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

/** A list's page size, clamped to 1..100, and its offset, at least 0. */
export function pageOf(limit: number, offset: number): { limit: number; offset: number } {
  return { limit: Math.max(1, Math.min(100, Math.floor(limit))), offset: Math.max(0, Math.floor(offset)) };
}

// ---- the journal --------------------------------------------------------------------------

export interface LiveMatchRow {
  id: string;
  room_id: string;
  room: string;
  scenario_id: string;
  config: string;
  isns: string;
  format: number;
  created_at: number;
}

export function liveMatchRow(m: LiveMatch): LiveMatchRow {
  return {
    id: m.id,
    room_id: m.roomId,
    room: JSON.stringify(m.room),
    scenario_id: m.scenarioId,
    config: JSON.stringify(m.config),
    isns: JSON.stringify(m.isns),
    format: m.format ?? MATCH_FORMAT,
    created_at: m.createdAt,
  };
}

export function liveMatchFromRow<Config, Input, Room>(row: LiveMatchRow, inputs: readonly string[]): LiveMatch<Config, Input, Room> {
  return {
    id: row.id,
    roomId: row.room_id,
    room: JSON.parse(row.room) as Room,
    scenarioId: row.scenario_id,
    config: JSON.parse(row.config) as Config,
    isns: JSON.parse(row.isns) as { A: number; B: number },
    format: row.format,
    createdAt: row.created_at,
    inputs: inputs.map((input) => JSON.parse(input) as Input),
  };
}

// ---- classes ------------------------------------------------------------------------------

export interface ClassRow {
  id: string;
  code: string;
  host_key_hash: string;
  name: string;
  setup: string;
  phase: string;
  round: number;
  locked: number;
  late_join: number;
  created_at: number;
  ended_at: number | null;
}

export function classRow(c: ClassRecord): ClassRow {
  return {
    id: c.id,
    code: c.code,
    host_key_hash: c.hostKeyHash,
    name: c.name,
    setup: JSON.stringify(c.setup),
    phase: c.phase,
    round: c.round,
    locked: c.locked ? 1 : 0,
    late_join: c.lateJoin ? 1 : 0,
    created_at: c.createdAt,
    ended_at: c.endedAt,
  };
}

export type ClassUpdate = Pick<ClassRecord, "id" | "code" | "phase" | "round" | "locked" | "lateJoin" | "endedAt">;

export function classUpdateRow(c: ClassUpdate): Pick<ClassRow, "id" | "code" | "phase" | "round" | "locked" | "late_join" | "ended_at"> {
  return {
    id: c.id,
    code: c.code,
    phase: c.phase,
    round: c.round,
    locked: c.locked ? 1 : 0,
    late_join: c.lateJoin ? 1 : 0,
    ended_at: c.endedAt,
  };
}

export function classFromRow(r: ClassRow): ClassRecord {
  return {
    id: r.id,
    code: r.code,
    hostKeyHash: r.host_key_hash,
    name: r.name,
    setup: JSON.parse(r.setup) as ClassSetup,
    phase: r.phase as ClassPhase,
    round: r.round,
    locked: r.locked === 1,
    lateJoin: r.late_join === 1,
    createdAt: r.created_at,
    endedAt: r.ended_at,
  };
}

export interface StudentRow {
  id: number;
  browser_hash: string;
  name: string;
  kicked: number;
  joined_at: number;
}

export function studentFromRow(r: StudentRow): StudentRecord {
  return { id: r.id, browserHash: r.browser_hash, name: r.name, kicked: r.kicked === 1, joinedAt: r.joined_at };
}

export interface PairRow {
  round: number;
  pair: number;
  room_id: string;
  seat_a: number | null;
  seat_b: number | null;
}

export function pairFromRow(r: PairRow): PairRecord {
  return { round: r.round, pair: r.pair, roomId: r.room_id, A: r.seat_a, B: r.seat_b };
}

export interface ResultRow {
  class_id: string;
  round: number;
  student_id: number;
  match_id: string | null;
  side: string;
  total: number;
  speed: number;
  right_first: number;
  declared: number;
  goal: number;
  mistakes: string;
  concepts: string;
  finished_at: number;
}

export function resultRow(classId: string, r: ResultRecord): ResultRow {
  return {
    class_id: classId,
    round: r.round,
    student_id: r.studentId,
    match_id: r.matchId,
    side: r.side,
    total: r.total,
    speed: r.speed,
    right_first: r.right,
    declared: r.declared,
    goal: r.goal ? 1 : 0,
    mistakes: JSON.stringify(r.mistakes),
    concepts: JSON.stringify(r.concepts),
    finished_at: r.finishedAt,
  };
}

export function resultFromRow(r: ResultRow): ResultRecord {
  return {
    round: r.round,
    studentId: r.student_id,
    matchId: r.match_id ?? null,
    side: r.side as "A" | "B",
    total: r.total,
    speed: r.speed,
    right: r.right_first,
    declared: r.declared,
    goal: r.goal === 1,
    mistakes: JSON.parse(r.mistakes) as Record<string, number>,
    concepts: JSON.parse(r.concepts) as ConceptTally[],
    finishedAt: r.finished_at,
  };
}
