// Two people in two browsers play a match to its goal by clicking and typing, declare every
// state, and both see the debrief with the score the rules give. Then the same by keyboard.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { ScoreSheet, Side } from "../../shared/match/types";
import { scoring } from "../../shared/match";
import { clickUi, withTwoPlayers, screenshot, uiBoxes, waitForScene, type GameServer } from "./harness";
import { useGameAndBrowser } from "./fixtures";
import { FOUR_WAY_CLOSE, HANDSHAKE, matchView, play, type InputMode, type Step } from "./match-player";
import { startDuel } from "./match-lobby";

let server: GameServer;
let browser: Browser;

useGameAndBrowser((s, b) => {
  server = s;
  browser = b;
}, 300_000);

/** What the rules give a side that sent every segment right and declared every state at the first try. */
function expectedSheet(steps: readonly Step[]): Omit<ScoreSheet, "speed" | "total"> {
  const segments = steps.filter((s) => "send" in s).length * scoring.RIGHT_SEGMENT;
  const n = steps.filter((s) => "declare" in s).length;
  let streak = 0;
  for (let k = 1; k <= n; k++) streak += scoring.streakBonus(k);
  return { segments, declarations: n * scoring.STATE_FIRST_TRY, streak, goal: scoring.GOAL_BONUS, penalties: 0, callouts: 0 };
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
  expect(sheet.total).toBe(
    sheet.segments + sheet.declarations + sheet.streak + sheet.speed + sheet.goal + sheet.penalties + sheet.callouts,
  );
}

/** The debrief opens on the first step; forwards to the last one, then one back. */
async function stepThrough(page: Page): Promise<void> {
  const v = (await matchView(page))!;
  expect(v.step).toBe(0);
  for (let i = 1; i < v.steps!; i++) {
    await clickUi(page, "debrief.next");
    await page.waitForFunction((n) => window.__tcpArenaMatch?.step === n, i);
  }
  await clickUi(page, "debrief.prev");
  await page.waitForFunction((n) => window.__tcpArenaMatch?.step === n, v.steps! - 2);
}

/** Downloads the match as JSON and .pcap from the debrief, then opens it again from the menu's replays. */
async function downloadsAndReplay(page: Page): Promise<void> {
  const v = (await matchView(page))!;
  const [json] = await Promise.all([page.waitForEvent("download"), clickUi(page, "debrief.json")]);
  const replay = JSON.parse(readFileSync((await json.path())!, "utf8")) as { ladder: unknown[]; scenarioId: string };
  expect(replay.ladder).toHaveLength(v.steps!);
  const [pcap] = await Promise.all([page.waitForEvent("download"), clickUi(page, "debrief.pcap")]);
  const bytes = readFileSync((await pcap.path())!);
  // The libpcap magic number, written little-endian.
  expect(bytes.readUInt32LE(0)).toBe(0xa1b2c3d4);
  expect(pcap.suggestedFilename()).toMatch(/\.pcap$/);

  await clickUi(page, "debrief.menu");
  await waitForScene(page, "Menu");
  await clickUi(page, "menu.replay");
  await waitForScene(page, "Replay");
  await clickUi(page, "replay.recent.0");
  await waitForScene(page, "Debrief");
  await page.waitForFunction((n) => window.__tcpArenaMatch?.screen === "debrief" && window.__tcpArenaMatch.steps === n, v.steps);
  const again = (await matchView(page))!;
  expect(again.scores).toEqual(v.scores);
  await screenshot(page, "match-replay-debrief");
}

async function duel(
  scenarioId: string,
  steps: Record<Side, Step[]>,
  mode: InputMode,
  locale: string,
  shots: string,
  replay = false,
): Promise<void> {
  await withTwoPlayers(browser, server.url, { locale }, async (host, guest) => {
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
      throw new Error(
        failed.map((f) => String(f.reason)).join("\n---\n") +
          `\nconsole A: ${host.errors.join(" | ")}\nconsole B: ${guest.errors.join(" | ")}`,
      );
    }
    for (const p of [host.page, guest.page])
      await p.waitForFunction(() => window.__tcpArenaMatch?.ended === true, undefined, { timeout: 30_000 });
    const end = (await matchView(host.page))!;
    expect(end.goalReached).toBe(true);
    // Nothing can be sent once the match is over: the composer's controls are off.
    const controls = await uiBoxes(host.page);
    for (const id of ["match.send", "match.listen", "match.close", "match.flag.SYN", "match.seq"])
      expect(controls[id]?.enabled, id).toBe(false);
    await screenshot(host.page, `${shots}-match-end-A`);
    await expectDebrief(host.page, "A", steps.A);
    await expectDebrief(guest.page, "B", steps.B);
    await stepThrough(host.page);
    await screenshot(host.page, `${shots}-debrief-A`);
    await screenshot(guest.page, `${shots}-debrief-B`);
    if (replay) await downloadsAndReplay(host.page);
    expect(host.errors).toEqual([]);
    expect(guest.errors).toEqual([]);
  });
}

describe("a match between two browsers", () => {
  it("plays the three-way handshake by clicking and typing, declares every state, both see the right score, and the match downloads and replays", async () => {
    await duel("handshake", HANDSHAKE, "mouse", "en-US", "match-handshake-mouse", true);
  }, 300_000);

  it("plays the four-way close by clicking and typing, through TIME_WAIT to CLOSED", async () => {
    await duel("four-way-close", FOUR_WAY_CLOSE, "mouse", "en-US", "match-close-mouse");
  }, 300_000);

  it("plays the three-way handshake by keyboard alone", async () => {
    await duel("handshake", HANDSHAKE, "keyboard", "en-US", "match-handshake-keyboard");
  }, 300_000);
});
