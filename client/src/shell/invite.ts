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

/**
 * A classroom page: `?class=CODE` (a student's link; an empty code asks for one),
 * `?class=CODE#host=KEY` (the teacher's second screen), `?teach` (a teacher's setup).
 */
export type ClassroomLink =
  | { kind: "student"; code: string | null }
  | { kind: "teacher"; code: string; hostKey: string }
  | { kind: "setup" };

export function classroomLink(
  loc: Pick<Location, "search" | "hash"> | undefined = typeof location === "undefined" ? undefined : location,
): ClassroomLink | null {
  if (!loc) return null;
  const params = new URLSearchParams(loc.search);
  if (params.has("teach")) return { kind: "setup" };
  if (!params.has("class")) return null;
  const raw = params.get("class") ?? "";
  const code = isRoomCode(raw) ? normalizeRoomCode(raw) : null;
  const key = /^#host=([A-Za-z0-9_-]{32})$/.exec(loc.hash)?.[1];
  if (code && key) return { kind: "teacher", code, hostKey: key };
  return { kind: "student", code };
}
