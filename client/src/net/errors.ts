// Turns what the SDK throws into a message key of the "common" catalogue, so the player
// reads why a join failed in their language.
import type { Notice } from "../ui/notice";
import { FLOOD_CLOSE_CODE, TAKEN_OVER_CLOSE_CODE } from "../../../shared/protocol/errors";

/** Colyseus matchmaking error codes the player can cause (see @colyseus/shared-types ErrorCode). */
const MATCHMAKE_INVALID_ROOM_ID = 4212;
const MATCHMAKE_INVALID_CRITERIA = 4211;
const MATCHMAKE_UNHANDLED = 4213;

export function joinErrorNotice(err: unknown, code?: string): Notice {
  const e = (err ?? {}) as { code?: unknown; message?: unknown; name?: unknown };
  const message = typeof e.message === "string" ? e.message : String(err);
  if (message.includes("join/room-full")) return { key: "net.error.full", kind: "error" };
  if (message.includes("join/reserved")) return { key: "net.error.reserved", kind: "error" };
  const name = /join\/invalid-name (name\/[a-z-]+)/.exec(message);
  if (name) return { key: `net.error.name.${name[1]}`, kind: "error" };
  if (message.includes("join/too-many")) return { key: "net.error.tooMany", kind: "error" };
  if (message.includes("join/invalid-options")) return { key: "net.error.invalidOptions", kind: "error" };
  if (e.code === MATCHMAKE_INVALID_ROOM_ID || e.code === MATCHMAKE_INVALID_CRITERIA || /not found|invalid room/i.test(message)) {
    return { key: "net.error.notFound", params: { code: code ?? "" }, kind: "error" };
  }
  if (e.code === MATCHMAKE_UNHANDLED) return { key: "net.error.generic", params: { message }, kind: "error" };
  if (e.name === "TypeError" || /fetch|network|ECONNREFUSED|Failed to/i.test(message)) {
    return { key: "net.error.unreachable", kind: "error" };
  }
  return { key: "net.error.generic", params: { message }, kind: "error" };
}

/** Why the room closed this connection for good, from its close code. */
export function leaveNotice(code?: number): Notice {
  if (code === TAKEN_OVER_CLOSE_CODE) return serverErrorNotice("room/taken-over");
  if (code === FLOOD_CLOSE_CODE) return serverErrorNotice("input/flooding");
  return { key: "net.error.lost", kind: "error" };
}

/** An `error` message from the room (something we sent could not be used). */
export function serverErrorNotice(code: string): Notice {
  return { key: `net.error.server.${code}`, kind: "error" };
}
