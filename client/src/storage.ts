// localStorage / sessionStorage that never throw: private browsing and blocked storage
// must not break the game, only its memory.
function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

export const readLocal = (key: string): string | null => safe(() => globalThis.localStorage?.getItem(key) ?? null, null);
export const writeLocal = (key: string, value: string): void => safe(() => globalThis.localStorage?.setItem(key, value), undefined);
export const readSession = (key: string): string | null => safe(() => globalThis.sessionStorage?.getItem(key) ?? null, null);
export const writeSession = (key: string, value: string): void => safe(() => globalThis.sessionStorage?.setItem(key, value), undefined);
export const removeSession = (key: string): void => safe(() => globalThis.sessionStorage?.removeItem(key), undefined);
