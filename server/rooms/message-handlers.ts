// What the match room does with each client message, once boundary.ts has checked it against
// its schema in shared/protocol/client-messages.ts: one handler per message type, each given
// the message as its schema parsed it. A type without a handler here does not compile.
import type { z } from "zod";
import { type CLIENT_MESSAGES, messageToAction, type ClientMessageType, type ErrorMessage } from "../../shared/protocol";
import type { Side } from "../../shared/match/types";
import type { Lobby } from "./lobby";
import type { MatchSession } from "./match-session";
import type { RoomState, SeatState } from "./state";

/** Each message type's payload, as its schema parses it. */
export type ParsedMessages = { [K in ClientMessageType]: z.output<(typeof CLIENT_MESSAGES)[K]> };

/** What a handler may use of the room. */
export interface HandlerRoom {
  readonly state: RoomState;
  readonly lobby: Lobby;
  readonly session: MatchSession | null;
  seat(side: Side): SeatState;
  broadcastPatch(): void;
  maybeStart(): void;
  maybeRematch(): void;
  /** Sends the player its view again. */
  sendView(): void;
  /** Sends the client an `error` (and changes nothing). */
  reject(error: ErrorMessage): void;
}

export type Handler<K extends ClientMessageType> = (room: HandlerRoom, side: Side, message: ParsedMessages[K]) => void;
export type HandlerMap = { [K in ClientMessageType]: Handler<K> };

const wrongPhase = (room: HandlerRoom, type: ClientMessageType): void =>
  room.reject({ code: "room/wrong-phase", message: `"${type}" not allowed in ${room.state.phase}`, type });

/** A player's action in the match: the reducer judges it (and may refuse it with an event). */
const act =
  <K extends "segment" | "call" | "declare" | "callout">(type: K): Handler<K> =>
  (room, side, message) => {
    if (room.state.phase !== "playing" || !room.session) return wrongPhase(room, type);
    room.session.act(side, messageToAction({ type, payload: message } as Parameters<typeof messageToAction>[0]), message.clientSeq);
  };

export const HANDLERS: HandlerMap = {
  segment: act("segment"),
  call: act("call"),
  declare: act("declare"),
  callout: act("callout"),
  ready: (room, side, message) => {
    if (room.state.phase !== "lobby") return wrongPhase(room, "ready");
    room.seat(side).ready = message.ready;
    // A match that starts sends the patch itself, before its first view: one patch, not two.
    room.maybeStart();
    room.broadcastPatch();
  },
  configure: (room, _side, message) => {
    if (room.state.phase !== "lobby") return wrongPhase(room, "configure");
    const error = room.lobby.configure(message, false);
    if (error) return room.reject({ ...error, type: "configure" });
    room.broadcastPatch();
  },
  rematch: (room, side) => {
    if (room.state.phase !== "finished") return wrongPhase(room, "rematch");
    room.seat(side).rematch = true;
    room.maybeRematch();
    room.broadcastPatch();
  },
  hint: (room) => {
    if (!room.session) return wrongPhase(room, "hint");
    room.sendView();
  },
  end: (room) => {
    if (room.state.phase !== "playing" || !room.session) return wrongPhase(room, "end");
    if (room.session.match.scenario.goal.kind !== "none") {
      return room.reject({ code: "room/not-free-play", message: "only free play can be ended", type: "end" });
    }
    room.session.end();
  },
};

/** Runs the handler of a checked message. */
export function dispatch<K extends ClientMessageType>(room: HandlerRoom, side: Side, type: K, message: ParsedMessages[K]): void {
  const handler: Handler<K> = HANDLERS[type];
  handler(room, side, message);
}
