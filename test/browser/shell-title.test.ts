// The shell in Chromium: title, language switch, menu, all by keyboard; layout on a phone.
import { describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { clickUi, focusedUi, openGame, screenshot, tabTo, uiBoxes, visibleLabels, waitForScene, type GameServer } from "./harness";
import { useGameAndBrowser } from "./fixtures";

const HAN = /[\u4e00-\u9fff]/;
let server: GameServer;
let browser: Browser;

useGameAndBrowser((s, b) => {
  server = s;
  browser = b;
}, 120_000);

describe("title and menu", () => {
  it("switches the title to Chinese and reaches the menu and back by keyboard alone", async () => {
    const { page, context, errors } = await openGame(browser, server.url, { locale: "en-US" });
    await waitForScene(page, "Title");
    expect(await page.evaluate(() => window.__tcpArena?.language)).toBe("en");
    expect(await focusedUi(page)).toBe("title.start");
    await screenshot(page, "shell-title-en");

    await tabTo(page, "title.lang.zh");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.__tcpArena?.language === "zh");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    const titleLabels = await visibleLabels(page);
    expect(titleLabels.some((l) => l.includes("开始"))).toBe(true);
    await screenshot(page, "shell-title-zh");

    await tabTo(page, "title.start");
    await page.keyboard.press("Enter");
    await waitForScene(page, "Menu");
    const menuLabels = await visibleLabels(page);
    expect(menuLabels.filter((l) => HAN.test(l)).length).toBeGreaterThanOrEqual(6);
    await screenshot(page, "shell-menu-zh");

    // Arrow keys walk the menu; Enter opens the replay screen, Escape comes back.
    await tabTo(page, "menu.replay");
    await page.keyboard.press("Enter");
    await waitForScene(page, "Replay");
    await screenshot(page, "shell-replay-zh");
    await page.keyboard.press("Escape");
    await waitForScene(page, "Menu");

    // The quiz is loaded on demand, the first time it is chosen.
    await tabTo(page, "menu.quiz");
    await page.keyboard.press("Enter");
    await waitForScene(page, "Quiz");

    // The choice of language survives a reload.
    await page.reload();
    await waitForScene(page, "Title");
    expect(await page.evaluate(() => window.__tcpArena?.language)).toBe("zh");
    expect(errors).toEqual([]);
    await context.close();
  }, 150_000);

  it("starts in Chinese when the browser prefers Chinese", async () => {
    const { page, context, errors } = await openGame(browser, server.url, { locale: "zh-CN" });
    await waitForScene(page, "Title");
    expect(await page.evaluate(() => window.__tcpArena?.language)).toBe("zh");
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it("lays the menu out inside a phone screen in portrait, usable by touch", async () => {
    const viewport = { width: 390, height: 844 };
    const { page, context, errors } = await openGame(browser, server.url, { locale: "en-US", viewport });
    await waitForScene(page, "Title");
    await screenshot(page, "shell-title-phone");
    await clickUi(page, "title.start");
    await waitForScene(page, "Menu");
    await screenshot(page, "shell-menu-phone");
    const boxes = Object.entries(await uiBoxes(page));
    expect(boxes.length).toBeGreaterThan(8);
    for (const [id, b] of boxes) {
      expect({ id, inside: b.x >= 0 && b.y >= 0 && b.x + b.width <= viewport.width && b.y + b.height <= viewport.height }).toEqual({
        id,
        inside: true,
      });
      expect({ id, tall: b.height >= 44 }).toEqual({ id, tall: true });
    }

    // The on-screen keyboard opens (the page gets shorter): the field keeps focus and text.
    await clickUi(page, "menu.name");
    await page.keyboard.type("Mei");
    await page.setViewportSize({ width: viewport.width, height: 500 });
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(() => [
        document.activeElement?.getAttribute("data-testid"),
        (document.activeElement as HTMLInputElement | null)?.value,
      ]),
    ).toEqual(["menu.name", "Mei"]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it("shows a progress bar while the preloader loads the art", async () => {
    const { page, context, errors } = await openGame(browser, "about:blank");
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route("**/logo.svg", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(server.url);
    await waitForScene(page, "Preloader");
    await screenshot(page, "shell-preloader");
    release();
    await waitForScene(page, "Title");
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it("lays the screen out again when the window is resized", async () => {
    const { page, context, errors } = await openGame(browser, server.url, { viewport: { width: 1280, height: 720 } });
    await waitForScene(page, "Title");
    const wide = (await uiBoxes(page))["title.start"]!;
    await page.setViewportSize({ width: 800, height: 1000 });
    await page.waitForFunction((x) => {
      const b = window.__tcpArena?.ui["title.start"];
      return !!b && Math.abs(b.x + b.width / 2 - 400) < 2 && b.x !== x;
    }, wide.x);
    const narrow = (await uiBoxes(page))["title.start"]!;
    expect(narrow.x + narrow.width).toBeLessThanOrEqual(800);
    expect(narrow.focused).toBe(true); // the focus survives the new layout
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
