// Messages the server sends to one client. The synced room state (`RoomStateShape`, room-state.ts)
// holds only what everyone may see; everything that depends on who you are (your view of
// the match, the events addressed to you) comes as a message to you alone, built by the
// match reducer's viewFor, so the hidden true state never travels early.
import type { ErrorCode } from "./errors";
import type { RoomMode } from "./rooms";
import type { ClientMessageType } from "./client-messages";
import type { LadderEntry, MatchEvent, PlayerView, SideView, WireView } from "../match/types";
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

/**
 * A segment on the wire as sent: without the segment itself when the ladder you hold (once
 * merged) has the entry of the same id, whose segment it is (mergeView puts it back).
 */
export type WireFrame = Omit<WireView, "segment"> & { segment?: WireView["segment"] };

/**
 * A ladder entry changed in place as sent: its index and the only fields the match changes
 * in place, those of a segment in flight (its fate and network times).
 */
export type ChangedEntry = [index: number, fate: SegmentEntry["fate"], departAt: number | null, arrivedAt: number | null];
type SegmentEntry = Extract<LadderEntry, { kind: "segment" }>;
type DeclarationEntry = Extract<LadderEntry, { kind: "declaration" }>;

type SentEvent = Extract<MatchEvent, { type: "segment-sent" }>;
type NotesEvent = Extract<MatchEvent, { type: "notes" }>;

/**
 * An event as sent: a segment put on the wire without the segment, and the engine's notes
 * on a declaration without the notes, when the ladder you hold (once merged) has them in
 * the entry of that segment or that declaration (wholeEvents puts them back).
 */
export type EventFrame =
  | Exclude<MatchEvent, SentEvent | NotesEvent>
  | (Omit<SentEvent, "segment"> & { segment?: SentEvent["segment"] })
  | (Omit<NotesEvent, "notes"> & { notes?: NotesEvent["notes"] });

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
  Partial<Pick<PlayerView, Exclude<HeldViewField, "A" | "B">>> & {
    wire?: WireFrame[];
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
 * `changed` with its index and its new fate and times, and the rest only as far as it
 * changed (see ViewFrame; all of it with ladderFrom 0). A segment on the wire comes without
 * the segment the ladder already has (WireFrame). The match's end comes whole (ladderFrom
 * 0), for it reveals what play hid, but its ladder leaves out the entries you hold as the
 * end shows them: `reuse` then says where each entry of the whole ladder comes from. Always
 * rebuild with `mergeView(previous, message)`.
 */
export interface ViewMessage {
  /** Wall ms since the match began, when this view was made (for clocks and animation). */
  now: number;
  /** Which match of this room (a rematch increments it). */
  matchNumber: number;
  ladderFrom: number;
  view: ViewFrame;
  /** Segment entries before `ladderFrom` whose fate or times changed since the previous view. */
  changed?: ChangedEntry[];
  /**
   * The step's events you are sent (shared/match/view.ts eventsFor), when there were any,
   * with what the ladder already has left out (EventFrame): rebuild them with wholeEvents.
   */
  events?: EventFrame[];
  /**
   * With a whole view that still needs your previous one (the match's end): for each entry
   * of the ladder in order, the index of the same entry in your previous ladder, or -1 where
   * it is the next entry of `view.ladder`.
   */
  reuse?: number[];
}

/** A `view` message with its view rebuilt whole by mergeView (what the client's screens get). */
export interface WholeViewMessage extends Omit<ViewMessage, "view" | "ladderFrom" | "changed" | "reuse" | "events"> {
  ladderFrom: 0;
  view: PlayerView;
  events?: MatchEvent[];
}

/** The full view from the previous one and a `view` message (see ViewMessage). */
export function mergeView(previous: PlayerView | null, message: ViewMessage): PlayerView {
  const frame = message.view;
  // With ladderFrom 0 the server sends every field (server/rooms/views.ts ViewTracker).
  if (message.reuse || message.ladderFrom === 0 || previous === null) {
    const whole = frame as Omit<PlayerView, "wire"> & { wire: WireFrame[] };
    const ladder = message.reuse ? reusedLadder(previous, frame.ladder, message.reuse) : frame.ladder;
    const wire = whole.wire && wholeWire(whole.wire, ladder);
    return wire === whole.wire && ladder === frame.ladder ? (whole as PlayerView) : { ...whole, ladder, wire };
  }
  const ladder = previous.ladder.slice(0, message.ladderFrom).concat(frame.ladder);
  for (const [index, fate, departAt, arrivedAt] of message.changed ?? []) {
    const entry = ladder[index];
    if (entry?.kind !== "segment") throw new Error(`view: \`changed\` names entry ${index}, which is not a segment held`);
    ladder[index] = { ...entry, fate, departAt, arrivedAt };
  }
  return {
    ...previous,
    ...frame,
    wire: frame.wire ? wholeWire(frame.wire, ladder) : previous.wire,
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

/**
 * A message's events whole, from the view it was merged into (mergeView): the segment of a
 * `segment-sent` and the notes of a `notes` event put back from their ladder entries.
 */
export function wholeEvents(events: readonly EventFrame[], view: PlayerView): MatchEvent[] {
  return events.map((e) => {
    if (e.type === "segment-sent" && !e.segment) return { ...e, segment: heldSegment(view.ladder, e.id, "segment-sent") };
    if (e.type === "notes" && !e.notes) {
      const entry = declarationEntry(view.ladder, e.side, e.checkpointId);
      if (!entry) throw new Error(`view: the notes of ${e.side}'s checkpoint ${e.checkpointId} are neither sent nor in the ladder`);
      return { ...e, notes: entry.notes };
    }
    return e as MatchEvent;
  });
}

/**
 * The entry of segment `id` in a ladder, looked for from the end (where flights are): the
 * one a wire segment and a `segment-sent` are rebuilt from, so the server that leaves them
 * out (server/rooms/views.ts) looks with it too.
 */
export function segmentEntry(ladder: readonly LadderEntry[], id: number): SegmentEntry | undefined {
  for (let i = ladder.length - 1; i >= 0; i--) {
    const e = ladder[i]!;
    if (e.kind === "segment" && e.id === id) return e;
  }
  return undefined;
}

/** The last declaration of `side` at a checkpoint: the one a `notes` event is rebuilt from. */
export function declarationEntry(
  ladder: readonly LadderEntry[],
  side: DeclarationEntry["side"],
  checkpointId: number,
): DeclarationEntry | undefined {
  for (let i = ladder.length - 1; i >= 0; i--) {
    const e = ladder[i]!;
    if (e.kind === "declaration" && e.side === side && e.checkpointId === checkpointId) return e;
  }
  return undefined;
}

function heldSegment(ladder: readonly LadderEntry[], id: number, what: string): WireView["segment"] {
  const entry = segmentEntry(ladder, id);
  if (!entry) throw new Error(`view: the ${what} segment ${id} is neither sent nor in the ladder`);
  return entry.segment;
}

/** The wire with each segment left out put back from the ladder's entry of the same id. */
function wholeWire(wire: WireFrame[], ladder: readonly LadderEntry[]): WireView[] {
  if (wire.every((f) => f.segment)) return wire as WireView[];
  return wire.map((f) => (f.segment ? (f as WireView) : { ...f, segment: heldSegment(ladder, f.id, "wire's") }));
}

/** The whole ladder of a view with `reuse`: held entries where it says, sent ones in order. */
function reusedLadder(previous: PlayerView | null, sent: LadderEntry[], reuse: number[]): LadderEntry[] {
  if (previous === null) throw new Error("view: `reuse` needs the previous view of the match, and there is none");
  let next = 0;
  const ladder = reuse.map((i) => (i >= 0 ? previous.ladder[i] : sent[next++]));
  if (next !== sent.length || ladder.some((e) => e === undefined))
    throw new Error(`view: \`reuse\` does not fit the ${previous.ladder.length} entries held and ${sent.length} sent`);
  return ladder as LadderEntry[];
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
