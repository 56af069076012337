// Two people, two browsers: one creates a room, the other joins it by its code, both get
// ready, and the match begins. Clicking and typing only, as players would.
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { clickUi, openGame, screenshot, tabTo, uiBoxes, waitForScene, waitForUi, type GameServer } from "./harness";
import { useGameAndBrowser } from "./fixtures";

let server: GameServer;
let browser: Browser;

useGameAndBrowser((s, b) => {
  server = s;
  browser = b;
}, 120_000);

type RoomInfo = NonNullable<NonNullable<Window["__tcpArena"]>["room"]>;
const room = (page: Page): Promise<RoomInfo | null> => page.evaluate(() => window.__tcpArena?.room ?? null);

async function toMenu(page: Page, name: string): Promise<void> {
  await waitForScene(page, "Title");
  await clickUi(page, "title.start");
  await waitForScene(page, "Menu");
  await clickUi(page, "menu.name");
  await page.keyboard.type(name);
}

describe("rooms", () => {
  it("creates a room in one browser and joins it by code from another", async () => {
    const host = await openGame(browser, server.url);
    const guest = await openGame(browser, server.url);

    await toMenu(host.page, "Ada");
    await clickUi(host.page, "menu.create");
    await waitForScene(host.page, "Lobby");
    const code = (await waitForUi(host.page, "lobby.code")).label;
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}$/);
    expect((await room(host.page))?.seat).toBe("A");

    await toMenu(guest.page, "Grace");
    await clickUi(guest.page, "menu.code");
    await guest.page.keyboard.type(code.toLowerCase()); // codes are case-insensitive
    await clickUi(guest.page, "menu.join");
    await waitForScene(guest.page, "Lobby");
    expect((await room(guest.page))?.code).toBe(code);
    expect(new URL(guest.page.url()).searchParams.has("room")).toBe(false);
    expect((await room(guest.page))?.seat).toBe("B");

    // Both lobbies show both players by name.
    await host.page.waitForFunction(() => window.__tcpArena?.room?.seats?.B?.name === "Grace");
    expect((await room(guest.page))?.seats?.A?.name).toBe("Ada");
    await screenshot(host.page, "shell-lobby-host");

    // "Copy invite link" puts the room's link on the clipboard.
    await host.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(server.url).origin });
    await clickUi(host.page, "lobby.copyLink");
    await host.page.waitForFunction(() => window.__tcpArena?.notice === "lobby.copied");
    expect(await host.page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}?room=${code}`);
    await screenshot(guest.page, "shell-lobby-guest");

    // The host changes the difficulty; the guest sees it.
    const before = (await room(guest.page))?.difficulty;
    await clickUi(host.page, "lobby.difficulty");
    await guest.page.waitForFunction((d) => window.__tcpArena?.room?.difficulty !== d, before);

    // Both ready: the match begins for both.
    await clickUi(host.page, "lobby.ready");
    await host.page.waitForFunction(() => window.__tcpArena?.room?.seats?.A?.ready === true);
    await clickUi(guest.page, "lobby.ready");
    for (const p of [host.page, guest.page]) await p.waitForFunction(() => window.__tcpArena?.room?.phase === "playing");
    // The lobby hands both players to the (lazily loaded) match screen.
    for (const p of [host.page, guest.page]) await waitForScene(p, "Match");
    await screenshot(host.page, "shell-match-host");

    // A reload mid-match brings the player straight back to their seat in the match.
    await host.page.reload();
    await waitForScene(host.page, "Match");
    expect(await room(host.page)).toMatchObject({ code, seat: "A", phase: "playing" });

    expect(host.errors).toEqual([]);
    expect(guest.errors).toEqual([]);
    await host.context.close();
    await guest.context.close();
  }, 120_000);

  it("explains a mistyped code and an unknown room in the player's language", async () => {
    const { page, context, errors } = await openGame(browser, server.url, { locale: "zh-CN" });
    await toMenu(page, "Lin");
    await clickUi(page, "menu.code");
    await page.keyboard.type("O0I1");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.__tcpArena?.notice === "net.error.badCode");
    expect((await uiBoxes(page))["menu.code"]?.focused).toBe(true);

    await page.keyboard.press("Control+A");
    await page.keyboard.type("ZZZZZ");
    await clickUi(page, "menu.join");
    await page.waitForFunction(() => window.__tcpArena?.notice === "net.error.notFound", undefined, { timeout: 30_000 });
    await screenshot(page, "shell-menu-error-zh");
    expect(await page.evaluate(() => window.__tcpArena?.scene)).toBe("Menu");
    // A failed join is explained on screen, not in the console.
    expect(errors.filter((e) => !e.includes("Failed to load resource"))).toEqual([]);
    await context.close();
  }, 120_000);

  it("takes a player who opens an invitation link into that room after Start", async () => {
    // The host uses the keyboard alone: Tab to the name, type it, Tab to "Create a room", Enter.
    const host = await openGame(browser, server.url);
    await waitForScene(host.page, "Title");
    await host.page.keyboard.press("Enter");
    await waitForScene(host.page, "Menu");
    await tabTo(host.page, "menu.name");
    await host.page.keyboard.type("Host");
    await tabTo(host.page, "menu.create");
    await host.page.keyboard.press("Enter");
    await waitForScene(host.page, "Lobby");
    const code = (await waitForUi(host.page, "lobby.code")).label;

    const guest = await openGame(browser, server.url, { query: `?room=${code}` });
    await waitForScene(guest.page, "Title");
    await clickUi(guest.page, "title.start");
    await waitForScene(guest.page, "Lobby");
    expect((await room(guest.page))?.code).toBe(code);

    // A third person can only watch: "Watch by code" joins without a seat.
    const watcher = await openGame(browser, server.url, { locale: "zh-CN" });
    await toMenu(watcher.page, "Teacher");
    await clickUi(watcher.page, "menu.code");
    await watcher.page.keyboard.type(code);
    await clickUi(watcher.page, "menu.watch");
    await waitForScene(watcher.page, "Lobby");
    expect(await room(watcher.page)).toMatchObject({ code, seat: "spectator" });
    await screenshot(watcher.page, "shell-lobby-spectator-zh");

    for (const g of [host, guest, watcher]) {
      expect(g.errors).toEqual([]);
      await g.context.close();
    }
  }, 120_000);

  it("brings a player who reloads the page back to the same seat of the same room", async () => {
    const host = await openGame(browser, server.url);
    await toMenu(host.page, "Reloader");
    await clickUi(host.page, "menu.create");
    await waitForScene(host.page, "Lobby");
    const code = (await waitForUi(host.page, "lobby.code")).label;
    await clickUi(host.page, "lobby.ready");
    await host.page.waitForFunction(() => window.__tcpArena?.room?.seats?.A?.ready === true);

    await host.page.reload();
    await waitForScene(host.page, "Lobby");
    const after = await room(host.page);
    expect(after?.code).toBe(code);
    expect(after?.seat).toBe("A");
    expect(after?.seats?.A?.name).toBe("Reloader");
    expect(host.errors).toEqual([]);
    await host.context.close();
  }, 150_000);

  it("puts the tutor bot in the other seat for practice", async () => {
    const { page, context, errors } = await openGame(browser, server.url);
    await toMenu(page, "Solo");
    await clickUi(page, "menu.tutor");
    await waitForScene(page, "Lobby");
    await page.waitForFunction(() => {
      const r = window.__tcpArena?.room;
      const other = r?.seat === "A" ? r?.seats?.B : r?.seats?.A;
      return other?.kind === "bot";
    });
    await screenshot(page, "shell-lobby-practice");

    // The same lobby on a phone held upright: every control stays on screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => (window.__tcpArena?.ui["lobby.ready"]?.width ?? 999) < 390);
    for (const [id, b] of Object.entries(await uiBoxes(page))) {
      expect({ id, inside: b.x >= 0 && b.y >= 0 && b.x + b.width <= 390 && b.y + b.height <= 844 }).toEqual({ id, inside: true });
    }
    await screenshot(page, "shell-lobby-phone");
    await clickUi(page, "lobby.leave");
    await waitForScene(page, "Menu");
    expect(await page.evaluate(() => [window.__tcpArena?.room, sessionStorage.getItem("tcpArena.reconnect")])).toEqual([null, null]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it("pairs two players who both choose quick match", async () => {
    const a = await openGame(browser, server.url);
    const b = await openGame(browser, server.url);
    await toMenu(a.page, "Quick A");
    await clickUi(a.page, "menu.quick");
    await waitForScene(a.page, "Lobby");
    await toMenu(b.page, "Quick B");
    await clickUi(b.page, "menu.quick");
    await waitForScene(b.page, "Lobby");
    const [ra, rb] = [await room(a.page), await room(b.page)];
    expect(rb?.code).toBe(ra?.code);
    expect(new Set([ra?.seat, rb?.seat])).toEqual(new Set(["A", "B"]));
    for (const g of [a, b]) {
      expect(g.errors).toEqual([]);
      await g.context.close();
    }
  }, 120_000);
});
