// What this browser keeps for the classroom (localStorage): a random browser id (the same
// seat after a reload), the teacher's host key, and the nickname used in each class.
import { readLocal, writeLocal } from "../storage";

const BROWSER_KEY = "tcpArena.class.browserId";
const HOST_KEY = "tcpArena.class.hostKey";
const NAME_KEY = "tcpArena.name";
const classNameKey = (code: string): string => `tcpArena.class.${code}.name`;

const URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** `length` url-safe characters from the browser's cryptographic random source. */
export function randomId(length: number, random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(length));
  let out = "";
  for (const b of bytes) out += URL_SAFE[b & 63];
  return out;
}

/** The browser id (>= 16 url-safe characters, see BROWSER_ID_PATTERN), made once. */
export function browserId(): string {
  const kept = readLocal(BROWSER_KEY);
  if (kept && /^[A-Za-z0-9_-]{16,64}$/.test(kept)) return kept;
  const made = randomId(24);
  writeLocal(BROWSER_KEY, made);
  return made;
}

export function hostKey(): string | null {
  const kept = readLocal(HOST_KEY);
  return kept && /^[A-Za-z0-9_-]{32}$/.test(kept) ? kept : null;
}

export function keepHostKey(key: string): void {
  if (/^[A-Za-z0-9_-]{32}$/.test(key)) writeLocal(HOST_KEY, key);
}

/** The nickname this browser joined a class with (so a reload joins again by itself). */
export function nameInClass(code: string): string | null {
  return readLocal(classNameKey(code));
}

export function keepNameInClass(code: string, name: string): void {
  writeLocal(classNameKey(code), name);
  writeLocal(NAME_KEY, name);
}

/** The name typed last time anywhere in the game (the menu keeps it too). */
export function lastName(): string {
  return readLocal(NAME_KEY) ?? "";
}
