// A whole connection in two browsers: handshake, a request and its answer typed in the
// data field (the network delivers the answer twice, and the copy is shown), then the close.
import { describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { withTwoPlayers, screenshot, type GameServer } from "./harness";
import { useGameAndBrowser } from "./fixtures";
import { FULL_LIFECYCLE, matchView, playBoth } from "./match-player";
import { startDuel } from "./match-lobby";

let server: GameServer;
let browser: Browser;

useGameAndBrowser((s, b) => {
  server = s;
  browser = b;
}, 180_000);

describe("a whole connection", () => {
  it("opens, carries a request and its answer (delivered twice) and closes, by clicking and typing", async () => {
    await withTwoPlayers(browser, server.url, {}, async (host, guest) => {
      await startDuel(host.page, guest.page, "full-lifecycle", "mouse");
      let shot = false;
      const atCopy = async (i: number): Promise<void> => {
        // Step 9: A is about to declare after the copy of the answer arrived.
        if (i !== 9 || shot) return;
        shot = true;
        await host.page.waitForFunction(() => window.__tcpArenaMatch?.log.includes("log.duplicated") === true, undefined, {
          timeout: 60_000,
        });
        await screenshot(host.page, "match-lifecycle-copy-A");
      };
      await playBoth(host.page, guest.page, FULL_LIFECYCLE, "mouse", atCopy);
      for (const p of [host.page, guest.page])
        await p.waitForFunction(() => window.__tcpArenaMatch?.goalReached === true, undefined, { timeout: 60_000 });
      const v = (await matchView(host.page))!;
      expect(v.ladder.filter((e) => e.kind === "segment" && e.fate === "duplicate")).toHaveLength(1);
      await screenshot(host.page, "match-lifecycle-end-A");
      expect(host.errors).toEqual([]);
      expect(guest.errors).toEqual([]);
    });
  }, 300_000);
});
