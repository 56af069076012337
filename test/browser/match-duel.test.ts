// Two people in two browsers play a match to its goal by clicking and typing, declare every
// state, and both see the debrief with the score the rules give. Then the same by keyboard.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { ScoreSheet, Side } from "../../shared/match/types";
import { scoring } from "../../shared/match";
import { clickUi, ensureClientBuilt, launchBrowser, openGame, screenshot, startGameServer, waitForScene, type GameServer } from "./harness";
import { FOUR_WAY_CLOSE, HANDSHAKE, matchView, play, type InputMode, type Step } from "./match-player";
import { startDuel } from "./match-lobby";

let server: GameServer;
let browser: Browser;

beforeAll(async () => {
  ensureClientBuilt();
  [server, browser] = await Promise.all([startGameServer(), launchBrowser()]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** What the rules give a side that sent every segment right and declared every state at the first try. */
function expectedSheet(steps: readonly Step[]): Omit<ScoreSheet, "speed" | "total"> {
  const segments = steps.filter((s) => "send" in s).length * scoring.RIGHT_SEGMENT;
  const n = steps.filter((s) => "declare" in s).length;
  let streak = 0;
  for (let k = 1; k <= n; k++) streak += scoring.streakBonus(k);
  return { segments, declarations: n * scoring.STATE_FIRST_TRY, streak, goal: scoring.GOAL_BONUS, penalties: 0 };
}

async function expectDebrief(page: Page, side: Side, steps: readonly Step[]): Promise<void> {
  await clickUi(page, "match.debrief");
  await waitForScene(page, "Debrief");
  await page.waitForFunction(() => window.__tcpArenaMatch?.screen === "debrief");
  const v = (await matchView(page))!;
  const sheet = v.scores![side];
  expect(sheet).toMatchObject(expectedSheet(steps));
  expect(sheet.speed).toBeGreaterThanOrEqual(0);
  expect(sheet.speed).toBeLessThanOrEqual(scoring.SPEED_MAX);
  expect(sheet.total).toBe(sheet.segments + sheet.declarations + sheet.streak + sheet.speed + sheet.goal + sheet.penalties);
}

async function stepBack(page: Page): Promise<void> {
  const before = (await matchView(page))!.step!;
  await clickUi(page, "debrief.prev");
  await page.waitForFunction((b) => window.__tcpArenaMatch?.step === b - 1, before);
  await clickUi(page, "debrief.next");
  await page.waitForFunction((b) => window.__tcpArenaMatch?.step === b, before);
}

async function duel(scenarioId: string, steps: Record<Side, Step[]>, mode: InputMode, locale: string, shots: string): Promise<void> {
  const host = await openGame(browser, server.url, { locale });
  const guest = await openGame(browser, server.url, { locale });
  try {
    await startDuel(host.page, guest.page, scenarioId, mode);
    await screenshot(host.page, `${shots}-match-start-A`);
    let shot = false;
    const midShot = async (i: number): Promise<void> => {
      if (i === 2 && !shot) {
        shot = true;
        await screenshot(guest.page, `${shots}-match-mid-B`);
      }
    };
    const results = await Promise.allSettled([play(host.page, steps.A, mode), play(guest.page, steps.B, mode, midShot)]);
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed.length) {
      await screenshot(host.page, `${shots}-failed-A`);
      await screenshot(guest.page, `${shots}-failed-B`);
      throw new Error(failed.map((f) => String(f.reason)).join("\n---\n") + `\nconsole A: ${host.errors.join(" | ")}\nconsole B: ${guest.errors.join(" | ")}`);
    }
    for (const p of [host.page, guest.page]) await p.waitForFunction(() => window.__tcpArenaMatch?.ended === true, undefined, { timeout: 30_000 });
    const end = (await matchView(host.page))!;
    expect(end.goalReached).toBe(true);
    await screenshot(host.page, `${shots}-match-end-A`);
    await expectDebrief(host.page, "A", steps.A);
    await expectDebrief(guest.page, "B", steps.B);
    await stepBack(host.page);
    await screenshot(host.page, `${shots}-debrief-A`);
    await screenshot(guest.page, `${shots}-debrief-B`);
    expect(host.errors).toEqual([]);
    expect(guest.errors).toEqual([]);
  } finally {
    await host.context.close();
    await guest.context.close();
  }
}

describe("a match between two browsers", () => {
  it("plays the three-way handshake by clicking and typing, declares every state and both see the right score", async () => {
    await duel("handshake", HANDSHAKE, "mouse", "en-US", "match-handshake-mouse");
  }, 300_000);

  it("plays the four-way close by clicking and typing, through TIME_WAIT to CLOSED", async () => {
    await duel("four-way-close", FOUR_WAY_CLOSE, "mouse", "en-US", "match-close-mouse");
  }, 300_000);

  it("plays the three-way handshake by keyboard alone", async () => {
    await duel("handshake", HANDSHAKE, "keyboard", "en-US", "match-handshake-keyboard");
  }, 300_000);
});
