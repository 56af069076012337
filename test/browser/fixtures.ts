// Vitest hooks shared by the browser test files (kept out of harness.ts, which the client
// bench and look.ts also load outside Vitest).
import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { ensureClientBuilt, launchBrowser, startGameServer, type GameServer } from "./harness";

/**
 * For a test file: builds the client if needed, starts the real server and a browser before
 * all tests (hands both to `set`), and stops them after all.
 */
export function useGameAndBrowser(set: (server: GameServer, browser: Browser) => void, timeoutMs: number): void {
  let server: GameServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    ensureClientBuilt();
    [server, browser] = await Promise.all([startGameServer(), launchBrowser()]);
    set(server, browser);
  }, timeoutMs);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
}
