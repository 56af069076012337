// The classroom's text: the "classroom" namespace, added as soon as a class page opens (it is
// not bundled with the title: the menu never needs it).
import { addBundle, t } from "../i18n";
import en from "../i18n/locales/en/classroom";
import zh from "../i18n/locales/zh/classroom";

let added = false;

export function addClassroomText(): void {
  if (added) return;
  added = true;
  addBundle("classroom", { en, zh });
}

/** t() in the classroom namespace. */
export const tc = (key: string, params?: Record<string, unknown>): string => t(`classroom:${key}`, params);

const CODE_IN_MESSAGE = /class\/[a-z-]+/;

/**
 * What a refused join or a class `error` means, in the reader's language: a class error
 * code (see shared/protocol/classroom.ts CLASS_ERROR_CODES), an unknown class code, or the
 * server out of reach.
 */
export function classErrorText(err: unknown): string {
  const e = (err ?? {}) as { code?: unknown; message?: unknown; name?: unknown };
  const message = typeof e.message === "string" ? e.message : typeof e.code === "string" ? e.code : String(err);
  const found = typeof e.code === "string" && CODE_IN_MESSAGE.test(e.code) ? e.code : CODE_IN_MESSAGE.exec(message)?.[0];
  if (found) {
    const key = `error.${found.slice("class/".length)}`;
    const text = tc(key);
    if (text !== key && text !== `classroom:${key}`) return text;
    return tc("error.generic", { message: found });
  }
  // Colyseus' matchmaking codes for an unknown room id (see net/errors.ts).
  if (e.code === 4212 || e.code === 4211 || /not found|invalid room/i.test(message)) return tc("error.unknown-code");
  if (e.name === "TypeError" || /fetch|network|ECONNREFUSED|Failed to|timeout/i.test(message)) return tc("error.unreachable");
  return tc("error.generic", { message });
}
