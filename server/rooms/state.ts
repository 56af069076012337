// The synced room state: only what every client (players and spectators) may see. The
// match itself (true states, owed segments) never goes here; each client gets its own
// view by message (see views.ts). Its type is shared/protocol/room-state.ts, which the
// client reads: the checks at the end make this schema and that type agree field by field.
import { schema, t, type Schema, type SchemaType } from "@colyseus/schema";
import type { BotKind, Difficulty, RoomMode, RoomPhase, RoomStateShape, SeatKind, SeatName, SeatStateShape } from "../../shared/protocol";

export const SeatState = schema(
  {
    side: t.string<SeatName>(),
    role: t.string(),
    kind: t.string<SeatKind>().default("empty"),
    name: t.string().default(""),
    bot: t.string<BotKind | "">().default(""),
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
    phase: t.string<RoomPhase>().default("lobby"),
    mode: t.string<RoomMode>().default("private"),
    code: t.string().default(""),
    scenarioId: t.string().default(""),
    difficulty: t.string<Difficulty>().default("standard"),
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

// ---- compile-time checks: the schema and the shared shape are one contract ---------------

/**
 * true when the schema instance A has exactly the fields of Shape, each of the same type
 * (a map field only has to offer the shape's `get`).
 */
type Agrees<A, Shape> = [Exclude<keyof Shape, keyof A>] extends [never]
  ? [Exclude<DataKeys<A>, keyof Shape>] extends [never]
    ? { [K in keyof Shape]: K extends keyof A ? FieldAgrees<A[K], Shape[K]> : false }[keyof Shape]
    : false
  : false;
type FieldAgrees<F, S> = [F] extends [S] ? (S extends { get(key: never): unknown } ? true : [S] extends [F] ? true : false) : false;
/** The schema instance's own fields: what it adds to Colyseus's Schema. */
type DataKeys<A> = Exclude<keyof A, keyof Schema>;
type Assert<T extends true> = T;

export type SeatStateIsShared = Assert<Agrees<SeatState, SeatStateShape>>;
export type RoomStateIsShared = Assert<Agrees<RoomState, RoomStateShape>>;
