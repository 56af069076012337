// The synced (public) room state: the one type the server's schema (server/rooms/state.ts,
// checked against it at compile time) and the client (which reads it) share. Only what
// every client, players and spectators, may see; each player's view of the match comes as
// a `view` message to that player alone (server-messages.ts).
import type { BotKind, Difficulty, RoomMode, RoomPhase, SeatKind } from "./rooms";

export type SeatName = "A" | "B";

export interface SeatStateShape {
  side: SeatName;
  /** From the scenario: client, server or peer. */
  role: string;
  kind: SeatKind;
  name: string;
  bot: BotKind | "";
  connected: boolean;
  /** Dropped, seat held for RECONNECT_SECONDS. */
  reconnecting: boolean;
  ready: boolean;
  rematch: boolean;
}

export interface RoomStateShape {
  phase: RoomPhase;
  mode: RoomMode;
  code: string;
  scenarioId: string;
  difficulty: Difficulty;
  timeFactor: number;
  lossRate: number;
  /** Whether players may change the settings in the lobby. */
  configurable: boolean;
  /** Which match of this room (a rematch increments it). */
  matchNumber: number;
  /** The current match's id: its replay is at /api/matches/:id/replay.json once finished. */
  matchId: string;
  spectators: number;
  seats: { get(side: SeatName): SeatStateShape | undefined };
}
