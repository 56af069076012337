// The user calls an application makes on a socket, by the names players see (listen(),
// connect(), send(), ...), and the engine event each one is (RFC 9293 3.10.1 - 3.10.5).
// Every part of the game that turns a call into an engine event goes through callEvent.
import type { NoteCode, TcpEvent } from "../types";

export const USER_CALLS = ["listen", "connect", "send", "recv", "shutdown", "close", "abort"] as const;
export type UserCall = (typeof USER_CALLS)[number];

export interface CallArgs {
  /** send(): the bytes to send. */
  data?: string;
  /** listen() / connect(): the ISS a new connection uses (the endpoint's own when absent). */
  iss?: number;
  /** recv(): how many bytes to read (everything when absent). */
  bytes?: number;
}

export function isUserCall(name: unknown): name is UserCall {
  return typeof name === "string" && (USER_CALLS as readonly string[]).includes(name);
}

/** The engine event of a user call. */
export function callEvent(call: UserCall, args: CallArgs = {}): TcpEvent {
  const iss = args.iss === undefined ? {} : { iss: args.iss };
  switch (call) {
    // 3.10.1 OPEN: passive is listen(), active is connect().
    case "listen":
      return { type: "open", passive: true, ...iss };
    case "connect":
      return { type: "open", passive: false, ...iss };
    // 3.10.2 SEND.
    case "send":
      return { type: "send", data: args.data ?? "" };
    // 3.10.3 RECEIVE.
    case "recv":
      return args.bytes === undefined ? { type: "recv" } : { type: "recv", bytes: args.bytes };
    // 3.10.4 CLOSE: shutdown(SHUT_WR) keeps reading; close() releases the socket.
    case "shutdown":
      return { type: "shutdown" };
    case "close":
      return { type: "close" };
    // 3.10.5 ABORT.
    case "abort":
      return { type: "abort" };
  }
}

/** Notes by which the engine says a user call was refused: the call is not possible now. */
export const CALL_REFUSED: readonly NoteCode[] = [
  "user/connection-exists",
  "user/connection-does-not-exist",
  "user/connection-closing",
  "user/already-closing",
  "user/quiet-time",
];

/** Notes by which the engine says a call was accepted but has to wait (nothing sent yet). */
export const CALL_WAITS: readonly NoteCode[] = ["user/data-queued", "user/fin-queued"];
