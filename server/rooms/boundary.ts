// The room's boundary: every client message is checked here against its zod schema before
// anything else sees it. A failure becomes an `error` message with a typed code; the socket
// stays open (a player who mistypes should learn why, not be disconnected).
import type { z } from "zod";
import { CLIENT_MESSAGES, type ClientMessageType, type ErrorMessage } from "../../shared/protocol";

export type Checked<T> = { ok: true; value: T } | { ok: false; error: ErrorMessage };

export function isClientMessageType(type: unknown): type is ClientMessageType {
  return typeof type === "string" && Object.hasOwn(CLIENT_MESSAGES, type);
}

/** Checks one message of a known type. */
export function checkMessage<K extends ClientMessageType>(type: K, payload: unknown): Checked<z.output<(typeof CLIENT_MESSAGES)[K]>> {
  const schema = CLIENT_MESSAGES[type] as z.ZodType;
  const result = schema.safeParse(payload);
  if (result.success) return { ok: true, value: result.data as z.output<(typeof CLIENT_MESSAGES)[K]> };
  const issue = result.error.issues[0];
  // An over-long string or list is its own code: the client should shorten, not retype.
  const tooLarge = result.error.issues.some((i) => i.code === "too_big" && (i.origin === "string" || i.origin === "array"));
  const where = issue && issue.path.length > 0 ? issue.path.join(".") + ": " : "";
  return {
    ok: false,
    error: {
      code: tooLarge ? "input/too-large" : "input/invalid",
      message: `${where}${issue?.message ?? "invalid message"}`.slice(0, 200),
      type,
    },
  };
}

export function unknownType(type: unknown): ErrorMessage {
  const shown = typeof type === "string" ? type.slice(0, 40) : String(type).slice(0, 40);
  return { code: "input/unknown-type", message: `no message type "${shown}"`, type: shown };
}
