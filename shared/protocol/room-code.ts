// Private rooms are found by a short code that is easy to read aloud and type: no 0/O,
// no 1/I/L. The code is the Colyseus roomId itself, so `joinById(code)` joins it and a
// link is `?room=CODE`.

export const ROOM_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const ROOM_CODE_LENGTH = 5;

/** Upper-cases and strips spaces and dashes, so "abc-de" and "ABCDE" are the same code. */
export function normalizeRoomCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

export function isRoomCode(input: string): boolean {
  const code = normalizeRoomCode(input);
  if (code.length !== ROOM_CODE_LENGTH) return false;
  for (const ch of code) if (!ROOM_CODE_ALPHABET.includes(ch)) return false;
  return true;
}

/** The link a player shares: the page's origin with `?room=CODE`. */
export function roomLink(origin: string, code: string): string {
  return `${origin.replace(/\/$/, "")}/?room=${normalizeRoomCode(code)}`;
}
