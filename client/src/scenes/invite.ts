// What the page's address asks for: ?room=CODE (an invitation link), ?quiz=SEED (a quiz
// set shared by a teacher). Each is taken once, so "Back" does not repeat it.
import { isRoomCode, normalizeRoomCode } from "../../../shared/protocol/room-code";

const taken = new Set<string>();

function param(name: string): string | null {
  return typeof location === "undefined" ? null : new URLSearchParams(location.search).get(name);
}

export function invitedRoomCode(): string | null {
  const raw = param("room");
  return raw && isRoomCode(raw) && !taken.has("room") ? normalizeRoomCode(raw) : null;
}

export function quizSeed(): string | null {
  const raw = param("quiz");
  return raw && /^[\w-]{1,40}$/.test(raw) && !taken.has("quiz") ? raw : null;
}

export function takeInvite(kind: "room" | "quiz"): void {
  taken.add(kind);
  // A room invitation also leaves the address, so a reload does not join a second time (the
  // reconnection token brings the player back to their seat). A quiz link stays: reloading
  // it opens the same shared set again, as a teacher's homework link should.
  if (kind !== "room" || typeof location === "undefined" || typeof history === "undefined") return;
  const url = new URL(location.href);
  url.searchParams.delete(kind);
  history.replaceState(history.state, "", url);
}
