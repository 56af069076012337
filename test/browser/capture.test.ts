// "Explain a capture" in Chromium: a bad file gets its message; a real tcpdump capture is
// opened, a connection picked and stepped through with the states the engine infers; two
// quiz questions are answered; a capture of 300 000 packets is read by the worker while
// the page keeps drawing. Screenshots at 1280×800 and 390×844, in English and in Chinese.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { captureQuiz, inferConnection, isCaptureError, parseCapture, type InferredConnection } from "../../shared/capture";
import { syntheticCapture } from "../../bench/capture-synthetic";
import { clickUi, openGame, ROOT, screenshot, waitForScene, waitForUi, type GameServer } from "./harness";
import { useGameAndBrowser } from "./fixtures";
import { fixture } from "../capture/helpers";

let server: GameServer;
let browser: Browser;
useGameAndBrowser((s, b) => ((server = s), (browser = b)), 240_000);

const FIXTURES = path.join(ROOT, "test/fixtures/captures");

function inferred(name: string): InferredConnection {
  const p = parseCapture(fixture(name));
  if (isCaptureError(p)) throw new Error(p.code);
  const c = p.summary.connections[0]!;
  return inferConnection(c, p.segments[c.id]!);
}

async function label(page: Page, id: string): Promise<string> {
  return (await waitForUi(page, id)).label;
}

async function openCaptureScreen(page: Page, menuShot?: string): Promise<void> {
  await waitForScene(page, "Title");
  await page.keyboard.press("Enter");
  await waitForScene(page, "Menu");
  if (menuShot) await screenshot(page, menuShot);
  await clickUi(page, "menu.capture");
  await waitForScene(page, "Capture", 20_000);
}

const notice = (page: Page): Promise<string> => page.evaluate(() => window.__tcpArena?.notice ?? "");

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
for (const [lang, viewport] of [
  ["en", DESKTOP],
  ["zh", PHONE],
  ["zh", DESKTOP],
  ["en", PHONE],
] as const) {
  const shot = (page: Page, what: string): Promise<string> => screenshot(page, `capture-${lang}-${viewport.width}-${what}`);
  describe(`explain a capture (${lang}, ${viewport.width}×${viewport.height})`, () => {
    it("refuses a file that is not a capture, then steps through a real capture and answers two quiz questions", async () => {
      const { page, context, errors } = await openGame(browser, server.url, { locale: lang === "zh" ? "zh-CN" : "en-US", viewport });
      try {
        await openCaptureScreen(page, `capture-${lang}-${viewport.width}-menu`);
        await shot(page, "open");

        await page.setInputFiles("#capture-file", path.join(FIXTURES, "not-a-capture.pcap"));
        await page.waitForFunction(() => window.__tcpArena?.notice === "capture:error.not-a-capture", undefined, { timeout: 20_000 });
        await shot(page, "error");

        const name = "retransmissions.pcap";
        await page.setInputFiles("#capture-file", path.join(FIXTURES, name));
        await waitForUi(page, "capture.conn.0", 20_000);
        expect(await notice(page)).toBe("");
        expect(await label(page, "capture.summary")).toMatch(lang === "en" ? /10 packets, 10 TCP segments, 1 connections/ : /10 个包/);
        await shot(page, "connections");

        await clickUi(page, "capture.conn.0");
        await waitForScene(page, "CaptureView");
        const conn = inferred(name);
        for (let i = 0; i < conn.steps.length; i++) {
          const s = conn.steps[i]!;
          await page.waitForFunction((want) => window.__tcpArena?.ui["capture.step"]?.label === want, `${i + 1}/${conn.steps.length}`, {
            timeout: 10_000,
          });
          expect([await label(page, "capture.stateA"), await label(page, "capture.stateB")]).toEqual([s.after.A, s.after.B]);
          if (i === 1) {
            // The SYN sent again: the notes say why, in the page's language.
            expect(await label(page, "capture.notes")).toMatch(lang === "en" ? /Retransmission of seq/ : /重传/);
            await shot(page, "retransmission");
          }
          if (i < conn.steps.length - 1) await clickUi(page, "capture.next");
        }
        await shot(page, "last");

        await clickUi(page, "capture.quiz");
        await waitForScene(page, "CaptureQuiz");
        const questions = captureQuiz(conn, `${name}#1`, 6);
        for (const [i, q] of questions.slice(0, 2).entries()) {
          expect(await label(page, "capture.quiz.prompt")).toBe(q.prompt[lang]);
          if (i === 0) await shot(page, "question");
          await page.keyboard.press(String(q.answer + 1));
          await page.waitForFunction((id) => window.__tcpArena?.ui[id]?.focused === true, `capture.quiz.choice.${q.answer + 1}`);
          await page.keyboard.press("Enter");
          expect((await label(page, "capture.quiz.verdict")).startsWith("✓")).toBe(true);
          expect(await label(page, "capture.quiz.score")).toBe(`${i + 1}/${questions.length}`);
          if (i === 0) await shot(page, "answered");
          await clickUi(page, "capture.quiz.next");
        }
        // The answers count in the quiz's mastery per concept (localStorage).
        const mastery = await page.evaluate(() => JSON.parse(localStorage.getItem("tcpArena.quiz.mastery") ?? "{}"));
        for (const c of new Set(questions.slice(0, 2).flatMap((q) => q.concepts)))
          expect(mastery.concepts[c].correct, c).toBeGreaterThan(0);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
}

describe("a big capture", () => {
  it("300 000 packets are read in the worker with a progress bar while the page keeps drawing frames", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "capture-big-"));
    const file = path.join(dir, "big.pcap");
    const { bytes, packets } = syntheticCapture({ connections: 300, dataSegments: 496, payload: 40 });
    writeFileSync(file, bytes);
    const { page, context, errors } = await openGame(browser, server.url, { viewport: { width: 1280, height: 800 } });
    try {
      await openCaptureScreen(page);
      await page.evaluate(() => {
        const w = window as unknown as { frames_: number };
        w.frames_ = 0;
        const tick = (): void => {
          w.frames_++;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      await page.setInputFiles("#capture-file", file);
      await waitForUi(page, "capture.progress", 20_000);
      await screenshot(page, "capture-en-progress");
      const start = await page.evaluate(() => (window as unknown as { frames_: number }).frames_);
      await waitForUi(page, "capture.summary", 120_000);
      const end = await page.evaluate(() => (window as unknown as { frames_: number }).frames_);
      // The main thread kept painting while the worker read the file.
      expect(end - start).toBeGreaterThan(5);
      expect(await label(page, "capture.summary")).toContain(`${packets.toLocaleString("en").replace(/,/g, "")} packets`);
      await screenshot(page, "capture-en-big");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
