// Messages the server sends to one client. The synced room state (`RoomStateShape`, room-state.ts)
// holds only what everyone may see; everything that depends on who you are (your view of
// the match, the events addressed to you) comes as a message to you alone, built by the
// match reducer's viewFor, so the hidden true state never travels early.
import type { ErrorCode } from "./errors";
import type { RoomMode } from "./rooms";
import type { ClientMessageType } from "./client-messages";
import type { MatchEvent, PlayerView } from "../match/types";
import type { SeatName } from "./room-state";

export type Audience = SeatName | "spectator";

/** `error`: something the client sent could not be used; nothing changed. */
export interface ErrorMessage {
  code: ErrorCode;
  /** English, for logs and tests; the UI translates `code`. */
  message: string;
  /** The message type that caused it, when known. */
  type?: string;
}

/** `welcome`: sent once after join and after each reconnection. */
export interface WelcomeMessage {
  /** Your seat, or "spectator". */
  you: Audience;
  /** The room code (private rooms) — also the roomId. */
  code: string;
  mode: RoomMode;
  /**
   * A seated player's resume secret: after a server restart, `joinById(code, { resume })`
   * gives the seat back (the SDK's reconnection token does not survive the process).
   */
  resume?: string;
}

/**
 * `view`: your view of the match, sent after every change. To keep messages small, its
 * `ladder` holds only the entries from index `ladderFrom` on; the ones before are those of
 * the previous view you received (0 = the whole ladder: after joining, reconnecting or a
 * new match). Always rebuild with `mergeView(previous, message)`.
 */
export interface ViewMessage<View = PlayerView> {
  /** Wall ms since the match began, when this view was made (for clocks and animation). */
  now: number;
  /** Which match of this room (a rematch increments it). */
  matchNumber: number;
  ladderFrom: number;
  view: View;
}

/** The full view from the previous one and a `view` message (see ViewMessage). */
export function mergeView(previous: PlayerView | null, message: ViewMessage<PlayerView>): PlayerView {
  if (message.ladderFrom === 0 || previous === null) return message.view;
  return { ...message.view, ladder: previous.ladder.slice(0, message.ladderFrom).concat(message.view.ladder) };
}

/**
 * `events`: the match events addressed to you (or to everyone), in order, from one step of
 * the match. A refused action arrives here as a `rejected` event with the reducer's code.
 */
export interface EventsMessage<Event = MatchEvent> {
  now: number;
  matchNumber: number;
  events: Event[];
}

/** Server -> client message type -> payload. */
export interface ServerMessages<View = PlayerView, Event = MatchEvent> {
  error: ErrorMessage;
  welcome: WelcomeMessage;
  view: ViewMessage<View>;
  events: EventsMessage<Event>;
}
export type ServerMessageType = keyof ServerMessages;

export type { ClientMessageType };
