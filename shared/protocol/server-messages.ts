// Messages the server sends to one client. The synced room state (`RoomStateShape`, room-state.ts)
// holds only what everyone may see; everything that depends on who you are (your view of
// the match, the events addressed to you) comes as a message to you alone, built by the
// match reducer's viewFor, so the hidden true state never travels early.
import type { ErrorCode } from "./errors";
import type { RoomMode } from "./rooms";
import type { ClientMessageType } from "./client-messages";
import type { LadderEntry, MatchEvent, PlayerView, SideView } from "../match/types";
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
 * The parts of a view that change seldom (the match's fixed facts, and each side's box): a
 * `view` message carries each of them only when it differs from the previous view this
 * client received in this match.
 */
export const HELD_VIEW_FIELDS = ["viewer", "scenarioId", "difficulty", "goal", "rates", "A", "B"] as const;
export type HeldViewField = (typeof HELD_VIEW_FIELDS)[number];

type You = NonNullable<PlayerView["you"]>;

/** A side box as sent within a match: its changed fields, the score sheet's changed figures. */
export type SideFrame = Partial<Omit<SideView, "score">> & { score?: Partial<SideView["score"]> };

/**
 * A view as sent: whole with ladderFrom 0; otherwise the held fields only when they changed
 * (see HELD_VIEW_FIELDS), `wire` only when it changed, and the side boxes, `you` and `clock`
 * with only their fields that changed (a score sheet with its changed figures; any other
 * field that is itself an object or a list, such as a hint, goes whole when anything in it
 * changed).
 */
export type ViewFrame = Omit<PlayerView, HeldViewField | "you" | "clock" | "wire"> &
  Partial<Pick<PlayerView, Exclude<HeldViewField, "A" | "B"> | "wire">> & {
    A?: SideFrame;
    B?: SideFrame;
    you?: Partial<You> | null;
    clock?: Partial<PlayerView["clock"]>;
  };

/**
 * `view`: one step of the match for you, sent after every change: one message per client
 * per step. `events` are the match events of that step addressed to you (or to everyone), in
 * order, except those whose news the view itself carries (scores, the network's pause, a
 * checkpoint opened, guided mode's owed segments: shared/match/view.ts eventsFor); a refused
 * action arrives there as a `rejected` event with the reducer's code. To
 * keep messages small, `view` leaves out what you already hold: its `ladder` has only the
 * entries from index `ladderFrom` on (the ones before are those of the previous view you
 * received; 0 = the whole ladder: after joining, reconnecting, a new match or its end), an
 * entry before that index which changed in place (a segment arriving, lost, released) comes in
 * `changed` with its index, and the rest only as far as it changed (see ViewFrame; all of it
 * with ladderFrom 0). Always rebuild with `mergeView(previous, message)`.
 */
export interface ViewMessage {
  /** Wall ms since the match began, when this view was made (for clocks and animation). */
  now: number;
  /** Which match of this room (a rematch increments it). */
  matchNumber: number;
  ladderFrom: number;
  view: ViewFrame;
  /** Entries before `ladderFrom` that changed since the previous view, as [index, entry]. */
  changed?: [number, LadderEntry][];
  /** The step's events you are sent (shared/match/view.ts eventsFor), when there were any. */
  events?: MatchEvent[];
}

/** A `view` message with its view rebuilt whole by mergeView (what the client's screens get). */
export interface WholeViewMessage extends Omit<ViewMessage, "view" | "ladderFrom" | "changed"> {
  ladderFrom: 0;
  view: PlayerView;
}

/** The full view from the previous one and a `view` message (see ViewMessage). */
export function mergeView(previous: PlayerView | null, message: ViewMessage): PlayerView {
  const frame = message.view;
  // With ladderFrom 0 the server sends every field (server/rooms/views.ts ViewTracker).
  if (message.ladderFrom === 0 || previous === null) return frame as PlayerView;
  const ladder = previous.ladder.slice(0, message.ladderFrom).concat(frame.ladder);
  for (const [index, entry] of message.changed ?? []) ladder[index] = entry;
  return {
    ...previous,
    ...frame,
    A: frame.A ? mergeBox(previous.A, frame.A) : previous.A,
    B: frame.B ? mergeBox(previous.B, frame.B) : previous.B,
    // null (a spectator) and a first `you` come whole.
    you:
      frame.you === undefined
        ? previous.you
        : frame.you === null || previous.you === null
          ? (frame.you as You | null)
          : { ...previous.you, ...frame.you },
    clock: frame.clock ? { ...previous.clock, ...frame.clock } : previous.clock,
    ladder,
  };
}

const mergeBox = (box: SideView, frame: SideFrame): SideView => ({
  ...box,
  ...frame,
  score: frame.score ? { ...box.score, ...frame.score } : box.score,
});

/** The events of a step, as the log and the tests read them: `now` and the events. */
export interface EventsMessage {
  now: number;
  matchNumber: number;
  events: MatchEvent[];
}

/** Server -> client message type -> payload. */
export interface ServerMessages {
  error: ErrorMessage;
  welcome: WelcomeMessage;
  view: ViewMessage;
}
export type ServerMessageType = keyof ServerMessages;

export type { ClientMessageType };
