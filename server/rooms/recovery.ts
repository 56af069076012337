// Matches in progress survive a crash. Each match room writes its match's start and inputs
// to the journal (server/storage/journal.ts) with a record of the room around it; at start-up
// recoverMatches() rebuilds every unfinished match by replaying its inputs through the same
// reducer (shared/match/replay.ts) in a room with the same id, and its players return to
// their seats by presenting the resume secret each was given in `welcome` (the SDK's own
// reconnection token dies with the process). Seats nobody claims within RECONNECT_SECONDS
// go to a tutor bot, or, when nobody came back at all, the match ends there and its partial
// results are saved like any other.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { matchMaker } from "@colyseus/core";
import { MATCH_ROOM, RECONNECT_SECONDS, type BotKind, type MatchSettings, type RoomMode } from "../../shared/protocol";
import type { MatchConfig, MatchInput, Side } from "../../shared/match/types";
import type { JournalStore, LiveMatch } from "../storage";
import type { ServerMatchOptions } from "./server-options";
import { log } from "../log";

export type SeatRecord =
  | { kind: "human"; name: string; resumeHash: string | null }
  | { kind: "bot"; name: string; bot: BotKind; mistakeRate: number }
  | { kind: "empty" };

/** The room around a live match, as the journal keeps it. */
export interface RoomRecord {
  mode: RoomMode;
  /** The lobby's synced settings (the match itself replays from its own config). */
  settings: Required<Pick<MatchSettings, "scenarioId" | "difficulty" | "timeFactor" | "lossRate">>;
  matchNumber: number;
  seats: Record<Side, SeatRecord>;
  /** A classroom room's server options (its tag, its reserved seats). */
  plan: ServerMatchOptions | null;
}

/** How long a brought-back match waits for its players: RECONNECT_SECONDS, or RESUME_WAIT_SECONDS. */
export function resumeWaitSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.RESUME_WAIT_SECONDS);
  return Number.isFinite(n) && n > 0 ? n : RECONNECT_SECONDS;
}

export type LiveRoomMatch = LiveMatch<MatchConfig, MatchInput, RoomRecord>;

/** A seat's resume secret: 144 random bits, url-safe. Only its hash is stored. */
export function newResumeSecret(): string {
  return randomBytes(18).toString("base64url");
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function secretMatches(secret: string, hash: string | null): boolean {
  if (hash === null) return false;
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

// ---- handing a journaled match to the room that brings it back --------------------------

const RECOVER_KEY = "__recover";
/** Journaled matches waiting for their room's onCreate, by a one-time key of this process. */
const pending = new Map<string, LiveRoomMatch>();

/**
 * The journaled match a room is created to bring back, or null for any other create. The key
 * is random and only this process's map holds it: a client cannot name a match to take over.
 */
export function takeRecovery(createOptions: unknown): LiveRoomMatch | null {
  if (typeof createOptions !== "object" || createOptions === null) return null;
  const key = (createOptions as Record<string, unknown>)[RECOVER_KEY];
  if (typeof key !== "string") return null;
  const live = pending.get(key) ?? null;
  pending.delete(key);
  return live;
}

/**
 * Brings back every match the journal holds (call once, after listen). Returns how many
 * rooms came back; a match that cannot be rebuilt (a scenario gone, a format no longer read)
 * leaves the journal with a warning.
 */
export async function recoverMatches(journal: JournalStore): Promise<number> {
  let rooms = 0;
  for (const live of await journal.live<MatchConfig, MatchInput, RoomRecord>()) {
    const key = randomBytes(12).toString("hex");
    pending.set(key, live);
    try {
      await matchMaker.handleCreateRoom(MATCH_ROOM, { [RECOVER_KEY]: key }, undefined, live.roomId);
      rooms++;
      log.info("match.recovered", { room: live.roomId, match: live.id, inputs: live.inputs.length });
    } catch (error) {
      pending.delete(key);
      journal.end(live.id);
      log.warn("match.not-recovered", { room: live.roomId, match: live.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  await journal.flush();
  return rooms;
}
