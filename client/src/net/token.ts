// The reconnection token lives in sessionStorage: it survives a reload of this tab (so the
// player continues their match) but not a new tab or a closed browser.
import { readSession } from "../storage";

export const RECONNECT_KEY = "tcpArena.reconnect";

/**
 * The seat's resume secret from `welcome`, with the room code: after a server restart the
 * SDK's token is void, and `joinById(code, { resume })` gives the seat back instead.
 */
export const RESUME_KEY = "tcpArena.resume";

export const hasResumeToken = (): boolean => readSession(RECONNECT_KEY) !== null || readSession(RESUME_KEY) !== null;
