// What the match room checks about a client before it is one of the room (its join options,
// the naming rule included), and how it speaks to a client it is closing.
import { type Client, getMessageBytes, Protocol, ServerError } from "@colyseus/core";
import { checkName, JOIN_ERROR_STATUS, JoinOptionsSchema, type ErrorMessage, type JoinOptions } from "../../shared/protocol";

export function parseJoinOptions(raw: unknown): JoinOptions {
  const parsed = JoinOptionsSchema.safeParse(raw ?? {});
  if (!parsed.success) throw new ServerError(JOIN_ERROR_STATUS, "join/invalid-options");
  const options = parsed.data;
  // No name (or an empty field) is a default name; any other is checked by the naming rule.
  if (options.name === undefined || options.name === "") return options;
  const name = checkName(options.name);
  if (!name.ok) throw new ServerError(JOIN_ERROR_STATUS, `join/invalid-name ${name.code}`);
  return { ...options, name: name.name };
}

/**
 * After the close frame has gone, reads nothing more from a flooder's socket: its frames
 * still in flight would otherwise be parsed until the close handshake ends. TCP back-pressure
 * then stalls the sender; the socket is destroyed a moment later. Reaches into ws' socket:
 * without it the close simply takes its usual course.
 */
export function stopReading(client: Client): void {
  const ws = (client as unknown as { ref?: { _socket?: { pause?(): void }; terminate?(): void } }).ref;
  ws?._socket?.pause?.();
  setTimeout(() => ws?.terminate?.(), 1000).unref();
}

/** A classroom room reads no client options but the resume secret (after a restart). */
export function resumeOption(raw: unknown): string | undefined {
  const resume = typeof raw === "object" && raw !== null ? (raw as { resume?: unknown }).resume : undefined;
  return typeof resume === "string" && resume.length <= 64 ? resume : undefined;
}

/** Sends at once, even to a client Colyseus is closing (client.send would queue it forever). */
export function sendNow(client: Client, type: string, message: ErrorMessage): void {
  client.raw(getMessageBytes.raw(Protocol.ROOM_DATA, type, message));
}

/** How many messages Colyseus counted from this client in the last second (its flood guard). */
export function messagesLastSecond(client: Client): number {
  return (client as unknown as { _numMessagesLastSecond?: number })._numMessagesLastSecond ?? 0;
}
