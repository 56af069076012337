// Getting two browsers into one match, as two people would: one creates a room and picks the
// scenario, the other types the code, both press ready. By mouse, or by keyboard alone.
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { clickUi, tabTo, waitForScene, waitForUi } from "./harness";
import type { InputMode } from "./match-player";
import { SCENARIOS } from "../../shared/scenarios";

type RoomInfo = NonNullable<NonNullable<Window["__tcpArena"]>["room"]>;
const room = (page: Page): Promise<RoomInfo | null> => page.evaluate(() => window.__tcpArena?.room ?? null);

async function press(page: Page, testId: string, mode: InputMode): Promise<void> {
  if (mode === "mouse") return clickUi(page, testId);
  await tabTo(page, testId, 60);
  await page.keyboard.press("Enter");
}

async function toMenu(page: Page, name: string, mode: InputMode): Promise<void> {
  await waitForScene(page, "Title");
  await press(page, "title.start", mode);
  await waitForScene(page, "Menu");
  if (mode === "mouse") await clickUi(page, "menu.name");
  else await tabTo(page, "menu.name", 60);
  await page.keyboard.type(name);
}

/** Host creates a room with `scenarioId`, guest joins by code; both ready; both in Match. */
export async function startDuel(host: Page, guest: Page, scenarioId: string, mode: InputMode, difficulty = "standard"): Promise<string> {
  await toMenu(host, "Ada", mode);
  await press(host, "menu.create", mode);
  await waitForScene(host, "Lobby");
  const code = (await waitForUi(host, "lobby.code")).label;
  for (let i = 0; i < SCENARIOS.length && (await room(host))?.scenarioId !== scenarioId; i++) {
    const before = (await room(host))?.scenarioId;
    await press(host, "lobby.scenario.next", mode);
    await host.waitForFunction((b) => window.__tcpArena?.room?.scenarioId !== b, before, { timeout: 30_000 });
  }
  expect((await room(host))?.scenarioId).toBe(scenarioId);
  for (let i = 0; i < 3 && (await room(host))?.difficulty !== difficulty; i++) {
    const before = (await room(host))?.difficulty;
    await press(host, "lobby.difficulty", mode);
    await host.waitForFunction((b) => window.__tcpArena?.room?.difficulty !== b, before, { timeout: 30_000 });
  }
  expect((await room(host))?.difficulty).toBe(difficulty);

  await toMenu(guest, "Grace", mode);
  if (mode === "mouse") await clickUi(guest, "menu.code");
  else await tabTo(guest, "menu.code", 60);
  await guest.keyboard.type(code);
  await press(guest, "menu.join", mode);
  await waitForScene(guest, "Lobby");
  await guest.waitForFunction((s) => window.__tcpArena?.room?.scenarioId === s, scenarioId, { timeout: 30_000 });

  await press(host, "lobby.ready", mode);
  await host.waitForFunction(() => window.__tcpArena?.room?.seats?.A?.ready === true);
  await press(guest, "lobby.ready", mode);
  await Promise.all([waitForScene(host, "Match", 60_000), waitForScene(guest, "Match", 60_000)]);
  return code;
}
