// Error codes the server sends to a client that sent something it could not use. Each is a
// typed code (the UI translates it in both languages); `message` in the error is English
// for logs and tests only. Game mistakes (a well-formed but wrong segment or declaration)
// are NOT here: the match reducer scores them and they arrive as match events.

export const ERROR_CODES = [
  "input/invalid", // the message has wrong types, missing or extra fields, or numbers out of range
  "input/too-large", // a string or list in the message is longer than the protocol allows
  "input/unknown-type", // no message of this type exists
  "input/rate-limited", // the client sends faster than its token bucket allows: message dropped
  "input/flooding", // far more messages a second than any player sends: the connection is closed (FLOOD_CLOSE_CODE)
  "room/taken-over", // this seat was resumed from another tab or device: this connection is closed (TAKEN_OVER_CLOSE_CODE)
  "room/spectator", // spectators watch; they cannot act, configure or vote
  "room/wrong-phase", // the message does not fit the room's phase (e.g. a segment in the lobby)
  "room/not-your-seat", // the seat is played by a bot or by someone else
  "room/unknown-scenario", // no scenario has this id
  "room/not-configurable", // this room's settings were fixed by its creator (classroom)
  "room/not-free-play", // only a free-play match can be ended by a player
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Why a join was refused. Sent by the server as the error of `join`/`joinById`/`create`
 * (the SDK rejects with `{ code, message }`; `message` is one of these codes).
 */
export const JOIN_ERROR_CODES = [
  "join/invalid-options", // the join options failed validation
  "join/room-full", // both seats are taken (join as a spectator instead)
  "join/reserved", // this room's seats are reserved for given players (classroom)
  "join/invalid-name", // the nickname breaks the naming rule (the error's detail is a NameErrorCode, see names.ts)
  "join/too-many", // this address asked too often (rooms created, matchmaking requests, connections): wait and retry
] as const;
export type JoinErrorCode = (typeof JOIN_ERROR_CODES)[number];

/** The status that carries a JoinErrorCode (an HTTP status: matchmaking answers over HTTP). */
export const JOIN_ERROR_STATUS = 400;

/**
 * WebSocket close codes the server uses to end a connection for good (the SDK does not retry
 * them): a flooder is cut off; a tab whose seat was resumed elsewhere is stopped.
 */
export const FLOOD_CLOSE_CODE = 4429;
export const TAKEN_OVER_CLOSE_CODE = 4409;
/** The HTTP status of `join/too-many` (and of a matchmaking request refused for its rate). */
export const TOO_MANY_STATUS = 429;
