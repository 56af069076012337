// The reconnection token lives in sessionStorage: it survives a reload of this tab (so the
// player continues their match) but not a new tab or a closed browser.
import { readSession } from "../storage";

export const RECONNECT_KEY = "tcpArena.reconnect";

export const hasResumeToken = (): boolean => readSession(RECONNECT_KEY) !== null;
