// Not a test: plays a whole connection (scenario 13) between two browsers and writes
// screenshots of both screens at every step to test-artifacts/look/, so a person can look
// at the match screen at a given size and language.
//   npx tsx test/browser/look.ts 1280x800 en   (sizes: WxH; languages: en, zh)
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { ARTIFACTS, ensureClientBuilt, launchBrowser, openGame, startGameServer } from "./harness";
import { startDuel } from "./match-lobby";
import { FULL_LIFECYCLE, play } from "./match-player";

const [size = "1280x800", lang = "en", scenario = "full-lifecycle"] = process.argv.slice(2);
const [width, height] = size.split("x").map(Number) as [number, number];
const dir = path.join(ARTIFACTS, "look");
mkdirSync(dir, { recursive: true });
const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: path.join(dir, `${size}-${lang}-${name}.png`) });

ensureClientBuilt({ force: process.env.LOOK_BUILD !== "0" });
const server = await startGameServer();
const browser = await launchBrowser();
const locale = lang === "zh" ? "zh-CN" : "en-US";
try {
  const host = await openGame(browser, server.url, { locale, viewport: { width, height } });
  const guest = await openGame(browser, server.url, { locale, viewport: { width, height } });
  const lobbyShot = setInterval(() => {
    void host.page
      .evaluate(() => window.__tcpArena?.scene)
      .then(async (s) => {
        if (s === "Lobby") await shot(host.page, "lobby");
      })
      .catch(() => undefined);
  }, 400);
  await startDuel(host.page, guest.page, scenario, "mouse");
  clearInterval(lobbyShot);
  await shot(host.page, "A-00-start");
  await shot(guest.page, "B-00-start");
  const pad = (i: number): string => String(i + 1).padStart(2, "0");
  await Promise.all([
    play(host.page, FULL_LIFECYCLE.A, "mouse", async (i) => void (await shot(host.page, `A-${pad(i)}`))),
    play(guest.page, FULL_LIFECYCLE.B, "mouse", async (i) => void (await shot(guest.page, `B-${pad(i)}`))),
  ]);
  await host.page.waitForFunction(() => window.__tcpArenaMatch?.ended === true, undefined, { timeout: 30_000 });
  await shot(host.page, "A-99-end");
  await host.page.reload();
  await host.page.waitForTimeout(3000);
  await shot(host.page, "A-99-reloaded");
  console.log("console errors:", JSON.stringify([...host.errors, ...guest.errors]));
} finally {
  await browser.close();
  await server.stop();
}
