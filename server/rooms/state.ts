// The synced room state: only what every client (players and spectators) may see. The
// match itself (true states, owed segments) never goes here; each client gets its own
// view by message (see views.ts).
import { schema, t, type SchemaType } from "@colyseus/schema";

export const SeatState = schema(
  {
    side: t.string(),
    role: t.string(),
    kind: t.string().default("empty"),
    name: t.string().default(""),
    bot: t.string().default(""),
    connected: t.boolean().default(false),
    reconnecting: t.boolean().default(false),
    ready: t.boolean().default(false),
    rematch: t.boolean().default(false),
  },
  "SeatState",
);
export type SeatState = SchemaType<typeof SeatState>;

export const RoomState = schema(
  {
    phase: t.string().default("lobby"),
    mode: t.string().default("private"),
    code: t.string().default(""),
    scenarioId: t.string().default(""),
    difficulty: t.string().default("standard"),
    timeFactor: t.float64().default(1),
    lossRate: t.float64().default(0),
    configurable: t.boolean().default(true),
    matchNumber: t.uint32().default(0),
    /** The current match's id: its replay is at /api/matches/:id/replay.json once finished. */
    matchId: t.string().default(""),
    spectators: t.uint32().default(0),
    seats: t.map(SeatState),
  },
  "RoomState",
);
export type RoomState = SchemaType<typeof RoomState>;
