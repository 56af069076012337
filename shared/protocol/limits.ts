// Sizes every message is bounded by. The transport also refuses any WebSocket frame over
// 4 KiB (@colyseus/ws-transport's default maxPayload): that closes the socket with 1009.

/** Segment data: printable ASCII, at most this many characters. */
export const MAX_DATA_CHARS = 64;
/** A player's nickname. */
export const MAX_NAME_CHARS = 24;
/** Sequence and acknowledgment numbers, windows: unsigned 32-bit integers. */
export const MAX_U32 = 0xffff_ffff;
/** Token bucket per client: a burst of this many messages... */
export const RATE_BURST = 20;
/** ...refilled at this many messages per second. Above it messages are dropped. */
export const RATE_PER_SECOND = 10;
/**
 * Colyseus' own per-connection count, checked before a message is decoded: above this many
 * messages in one second the connection is closed (FLOOD_CLOSE_CODE). Well above the token
 * bucket (RATE_BURST + RATE_PER_SECOND a second is all it lets through), so a player who
 * clicks fast is only rate-limited; the room's clock that counts the second ticks at each
 * patch, so a "second" may last up to two.
 */
export const MAX_MESSAGES_PER_SECOND = 60;
/** How long a dropped player keeps seat, score and state (seconds). */
export const RECONNECT_SECONDS = 60;
