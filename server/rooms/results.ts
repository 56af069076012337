// What a finished match leaves behind: a results record for whoever created it (the
// classroom), published on the presence bus so it reaches any process.
import { matchMaker } from "@colyseus/core";
import type { MatchState, ScoreSheet, Side } from "../../shared/match/types";
import type { RoomState } from "./state";
import { services } from "../services";
import { tallyConcepts } from "../../shared/classroom/tally";
import type { ConceptTally } from "../../shared/protocol/classroom";
import { log } from "../log";

export const RESULTS_CHANNEL = "tcp-arena:match-finished";
export const PROGRESS_CHANNEL = "tcp-arena:match-progress";

/** A classroom match's progress after each step: public facts only (no true state). */
export interface MatchProgress {
  roomId: string;
  tag: string | null;
  matchNumber: number;
  scenarioId: string;
  /** Wall ms since the match began. */
  wall: number;
  scores: Record<Side, number>;
  /** States each side has declared right (or been shown): what its player already knows. */
  revealed: Record<Side, string | null>;
  /** Who the network waits for (an undeclared checkpoint or a segment to build). */
  waitingFor: Side[];
  /** Declarations each side has made so far: the step a pair has reached. */
  checkpoints: Record<Side, number>;
  goalReached: boolean;
  ended: boolean;
}

export function progressOf(roomId: string, matchNumber: number, match: MatchState, waitingFor: Side[], tag?: string): MatchProgress {
  return {
    roomId,
    tag: tag ?? null,
    matchNumber,
    scenarioId: match.config.scenarioId,
    wall: match.clock.lastWall,
    scores: { A: match.sides.A.score.total, B: match.sides.B.score.total },
    revealed: { A: match.sides.A.revealed, B: match.sides.B.revealed },
    waitingFor,
    checkpoints: declarationsSoFar(match),
    goalReached: match.goalReachedAt !== null,
    ended: match.ended !== null,
  };
}

function declarationsSoFar(match: MatchState): Record<Side, number> {
  const n = { A: 0, B: 0 };
  for (const e of match.ladder) if (e.kind === "declaration") n[e.side]++;
  return n;
}

/** Calls `listener` after every step of every classroom match (any process). */
export function onMatchProgress(listener: (progress: MatchProgress) => void): () => void {
  const callback = (progress: MatchProgress) => listener(progress);
  void matchMaker.presence.subscribe(PROGRESS_CHANNEL, callback);
  return () => void matchMaker.presence.unsubscribe(PROGRESS_CHANNEL, callback);
}

export async function publishProgress(progress: MatchProgress): Promise<void> {
  await matchMaker.presence.publish(PROGRESS_CHANNEL, progress);
}

export interface SeatResult {
  name: string;
  kind: string;
  bot: string;
  role: string;
}

export interface MatchResults {
  roomId: string;
  /** The stored match: /api/matches/:matchId/replay.json and capture.pcap. */
  matchId: string;
  matchNumber: number;
  mode: string;
  tag: string | null;
  scenarioId: string;
  difficulty: string;
  reason: string;
  /** Wall ms the match lasted. */
  wallMs: number;
  goalReached: boolean;
  seats: Record<Side, SeatResult>;
  scores: Record<Side, number>;
  sheets: Record<Side, ScoreSheet>;
  /** Declarations right at the first try / all declarations, per side. */
  declarations: Record<Side, { right: number; total: number }>;
  /** Mistake categories counted per side (refused or wrong segments). */
  mistakes: Record<Side, Record<string, number>>;
  /** Per concept, per side: what the class report counts (shared/classroom/tally.ts). */
  concepts: Record<Side, ConceptTally[]>;
}

export function resultsOf(roomId: string, state: RoomState, match: MatchState, tag?: string): MatchResults {
  const seat = (side: Side): SeatResult => {
    const s = state.seats.get(side)!;
    return { name: s.name, kind: s.kind, bot: s.bot, role: s.role };
  };
  const declarations = { A: { right: 0, total: 0 }, B: { right: 0, total: 0 } };
  const mistakes: Record<Side, Record<string, number>> = { A: {}, B: {} };
  for (const entry of match.ladder) {
    if (entry.kind === "declaration") {
      declarations[entry.side].total++;
      if (entry.right && entry.try === 1) declarations[entry.side].right++;
    }
    const verdict = entry.kind === "refused" ? entry.verdict : entry.kind === "segment" ? entry.verdict : null;
    const side = entry.kind === "refused" ? entry.side : entry.kind === "segment" ? entry.from : null;
    if (verdict && side) for (const m of verdict.mistakes) mistakes[side][m] = (mistakes[side][m] ?? 0) + 1;
  }
  return {
    roomId,
    matchId: state.matchId,
    matchNumber: state.matchNumber,
    mode: state.mode,
    tag: tag ?? null,
    scenarioId: match.config.scenarioId,
    difficulty: match.config.difficulty,
    reason: match.ended?.reason ?? "unknown",
    wallMs: match.ended?.wall ?? match.clock.lastWall,
    goalReached: match.goalReachedAt !== null,
    seats: { A: seat("A"), B: seat("B") },
    scores: { A: match.sides.A.score.total, B: match.sides.B.score.total },
    sheets: { A: match.sides.A.score, B: match.sides.B.score },
    declarations,
    mistakes,
    concepts: {
      A: tallyConcepts(match.ladder, "A", match.scenario.concepts),
      B: tallyConcepts(match.ladder, "B", match.scenario.concepts),
    },
  };
}

/** Publishes once the match is stored, so whoever reads the results finds its replay. */
export async function publishResults(results: MatchResults): Promise<void> {
  await savedOrFailed(results.matchId);
  await matchMaker.presence.publish(RESULTS_CHANNEL, results);
}

/** Calls `listener` for every match that finishes on any process; returns the unsubscribe. */
export function onMatchFinished(listener: (results: MatchResults) => void): () => void {
  const callback = (results: MatchResults) => listener(results);
  void matchMaker.presence.subscribe(RESULTS_CHANNEL, callback);
  return () => void matchMaker.presence.unsubscribe(RESULTS_CHANNEL, callback);
}

/** Saves under way, by match id: each settles (never rejects) once its match is stored or the save failed. */
const saving = new Map<string, Promise<void>>();

/**
 * Keeps the finished match (config, ISNs, input log) so its replay and .pcap can be served.
 * The room does not wait: SQLite has written it when this returns, PostgreSQL a moment
 * later, and what must come after the save (the results, the journal's end) waits for it.
 */
export function saveFinished(match: MatchState, matchId: string, createdAt: number, results: MatchResults): void {
  const repo = services().matches;
  if (!repo) return;
  const done = repo
    .saveFinished({
      id: matchId,
      scenarioId: match.config.scenarioId,
      config: match.config,
      isns: match.isn,
      inputs: match.inputs,
      result: results,
      createdAt,
      finishedAt: Date.now(),
    })
    .then(
      () => undefined,
      (error: unknown) => log.error("match.save-failed", { room: results.roomId, match: matchId, error: (error as Error).message }),
    )
    .finally(() => saving.delete(matchId));
  saving.set(matchId, done);
}

/** Resolves once the save of this match, if one is under way, has settled. */
export function savedOrFailed(matchId: string): Promise<void> {
  return saving.get(matchId) ?? Promise.resolve();
}

/** Resolves once every save under way has settled (a shutdown waits for them). */
export async function allSaved(): Promise<void> {
  await Promise.all([...saving.values()]);
}
