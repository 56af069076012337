// Matches created by the server itself, for the classroom (server/classroom): a teacher's
// round pairs students, so the server creates each pair's room, reserves each student's
// seat, can put a bot in a seat, and hears every match's results.
import { matchMaker } from "@colyseus/core";
import { MATCH_ROOM } from "../shared/protocol";
import type { Side } from "../shared/match/types";
import { sealServerOptions, ServerMatchOptionsSchema, type ServerMatchOptions } from "./rooms/server-options";

export { onMatchFinished, onMatchProgress, type MatchResults, type MatchProgress } from "./rooms/results";
export type { ServerMatchOptions, SeatPlan } from "./rooms/server-options";

type SeatReservation = Awaited<ReturnType<typeof matchMaker.reserveSeatFor>>;

export interface ServerMatch {
  /** The room code (also its roomId): spectators (the teacher's screen) join with it. */
  roomId: string;
  /**
   * One reservation per human seat. Hand it to that student's browser, which joins with
   * `client.consumeSeatReservation(reservation)`; it lands in that seat and no other.
   */
  reservations: Partial<Record<Side, SeatReservation>>;
}

/**
 * Creates a match room with its seats planned: humans by reservation, bots by kind.
 * The match starts when every human seat is connected (autoStart, default) and its
 * results arrive through onMatchFinished, tagged with `options.tag`.
 */
export async function createServerMatch(options: ServerMatchOptions): Promise<ServerMatch> {
  const plan = ServerMatchOptionsSchema.parse(options);
  const room = await matchMaker.createRoom(MATCH_ROOM, sealServerOptions(plan));
  const reservations: ServerMatch["reservations"] = {};
  for (const side of ["A", "B"] as const) {
    const seat = plan.seats[side];
    if (seat.kind !== "human") continue;
    // The auth data never comes from a client: it is how the room knows this seat is theirs.
    reservations[side] = await matchMaker.reserveSeatFor(room, {}, { seat: side, name: seat.name });
  }
  return { roomId: room.roomId, reservations };
}

/**
 * A new reservation for a human seat of a running server match (a student who reloaded
 * comes back through the class). Null when the room is gone.
 */
export async function reserveSeatAgain(roomId: string, side: Side, name: string): Promise<SeatReservation | null> {
  const [room] = await matchMaker.query({ roomId });
  if (!room) return null;
  return matchMaker.reserveSeatFor(room, {}, { seat: side, name });
}

/** Ends a server match as it stands (on whichever process holds it); false when it is gone. */
export async function endServerMatch(roomId: string): Promise<boolean> {
  try {
    await matchMaker.remoteRoomCall(roomId, "endByHost");
    return true;
  } catch {
    return false;
  }
}
