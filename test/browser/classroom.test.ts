// A class, end to end in real browsers: the teacher's projector at 1920×1080 hosts it; four
// students join (a phone by typing the code, one in Chinese by the link, one by keyboard alone
// by the link, one on a laptop by the code), play the round's handshake, see their rank, the
// projector's leaderboard and the podium; the teacher opens the report and downloads the CSV.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { clickUi, openGame, screenshot, waitForScene, type GamePage, type GameServer } from "./harness";
import { useGameAndBrowser } from "./fixtures";
import { HANDSHAKE, matchView, play, type InputMode, type Step } from "./match-player";

let server: GameServer;
let browser: Browser;

useGameAndBrowser((s, b) => {
  server = s;
  browser = b;
}, 120_000);

const T = 60_000;
const byTestId = (id: string): string => `[data-testid="${id}"]`;
const textOf = (page: Page, id: string): Promise<string> => page.locator(byTestId(id)).first().innerText();

interface Student {
  g: GamePage;
  name: string;
  mode: InputMode;
  how: "code" | "link";
}

/** Joins as a person would: the code typed (or already in the link), the nickname, Enter or the button. */
async function join(s: Student, code: string): Promise<void> {
  const { page } = s.g;
  await page.waitForSelector(byTestId("class.joinForm"), { timeout: T });
  if (s.mode === "keyboard") {
    // The link brought the code: the focus is already in the nickname field.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe("class.name");
    await page.keyboard.type(s.name);
    await page.keyboard.press("Enter");
  } else {
    if (s.how === "code") {
      await page.click(byTestId("class.code"));
      await page.keyboard.type(code.toLowerCase());
    }
    await page.fill(byTestId("class.name"), s.name);
    await page.click(byTestId("class.join"));
  }
  await page.waitForSelector(byTestId("class.waiting"), { timeout: T });
}

/** The student's match room code, once the Match scene shows it. */
async function matchRoom(page: Page): Promise<string> {
  await waitForScene(page, "Match", T);
  await page.waitForFunction(() => !!window.__tcpArena?.room?.code && window.__tcpArenaMatch?.side != null, undefined, { timeout: T });
  return page.evaluate(() => window.__tcpArena!.room!.code);
}

describe("a classroom in the browser", () => {
  it("the menu's two classroom entries open the teacher's setup and the student's join page", async () => {
    const g = await openGame(browser, server.url);
    try {
      await waitForScene(g.page, "Title");
      await clickUi(g.page, "title.start");
      await waitForScene(g.page, "Menu");
      await clickUi(g.page, "menu.hostClass");
      await g.page.waitForSelector(byTestId("setup.form"), { timeout: T });
      await g.page.click(byTestId("class.menu"));
      await waitForScene(g.page, "Title", T);
      await clickUi(g.page, "title.start");
      await waitForScene(g.page, "Menu");
      await clickUi(g.page, "menu.joinClass");
      await g.page.waitForSelector(byTestId("class.joinForm"), { timeout: T });
      // No code yet: the focus waits in the code field.
      expect(await g.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe("class.code");
      expect(g.errors).toEqual([]);
    } finally {
      await g.context.close();
    }
  }, 120_000);

  it("a teacher hosts a class; four students join by code and by link, play a round, and see their rank, the leaderboard and the podium", async () => {
    const teacher = await openGame(browser, server.url, { query: "?teach", viewport: { width: 1920, height: 1080 } });
    const students: Student[] = [];
    const extra: GamePage[] = [];
    try {
      const tp = teacher.page;
      await tp.waitForSelector(byTestId("setup.form"), { timeout: T });
      await tp.fill(byTestId("setup.name"), "Networks B");
      // The first ready-made playlist: round 1 is the handshake; the teacher makes it standard
      // (the students type every number themselves, as match-player.ts's script does).
      expect(await tp.inputValue(byTestId("setup.playlist"))).toBe("open-and-close");
      expect(await tp.inputValue(byTestId("setup.round.1.scenario"))).toBe("handshake");
      await tp.selectOption(byTestId("setup.round.1.difficulty"), "standard");
      await screenshot(tp, "class-teacher-setup");
      await tp.click(byTestId("setup.create"));
      await tp.waitForSelector(byTestId("lobby.code"), { timeout: T });
      const code = (await textOf(tp, "lobby.code")).trim();
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}$/);
      // The link is the server's (LAN address or PUBLIC_URL) with ?class=CODE; the QR code is drawn.
      expect(await textOf(tp, "lobby.link")).toMatch(new RegExp(`^https?://[^/]+/\\?class=${code}$`));
      const dark = await tp.evaluate(() => {
        const c = document.querySelector<HTMLCanvasElement>('[data-testid="lobby.qr"]')!;
        const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i]! < 60) n++;
        return n / (d.length / 4);
      });
      expect(dark).toBeGreaterThan(0.2);
      expect(new URL(tp.url()).search).toBe(`?teach=${code}`);
      expect(tp.url()).not.toContain("host=");

      // Students on this machine reach the server at its loopback address.
      const link = `?class=${code}`;
      const open = async (
        name: string,
        mode: InputMode,
        how: "code" | "link",
        opts: { locale?: string; phone?: boolean } = {},
      ): Promise<Student> => {
        const g = await openGame(browser, server.url, {
          query: how === "link" ? link : "?class=",
          ...(opts.locale ? { locale: opts.locale } : {}),
          viewport: opts.phone ? { width: 390, height: 844 } : { width: 1280, height: 720 },
        });
        const s = { g, name, mode, how };
        students.push(s);
        return s;
      };
      const phone = await open("Mei", "mouse", "code", { phone: true });
      const chinese = await open("李雷", "mouse", "link", { locale: "zh-CN" });
      const keyboard = await open("Kai", "keyboard", "link");
      const laptop = await open("Ada", "mouse", "code");
      await screenshot(phone.g.page, "class-student-join-phone");
      for (const s of students) await join(s, code);
      expect(await textOf(chinese.g.page, "class.waiting")).toContain("你已加入");
      await screenshot(phone.g.page, "class-student-waiting-phone");
      await screenshot(chinese.g.page, "class-student-waiting-zh");

      // Bad input gets a clear error and changes nothing: a nickname in use, an unknown code.
      const dup = await openGame(browser, server.url, { query: link });
      extra.push(dup);
      await dup.page.fill(byTestId("class.name"), "Mei");
      await dup.page.click(byTestId("class.join"));
      await dup.page.waitForFunction(
        () => document.querySelector('[data-testid="class.status"]')?.textContent?.includes("nickname"),
        undefined,
        { timeout: T },
      );
      await dup.page.fill(byTestId("class.code"), "ZZZZZ");
      await dup.page.fill(byTestId("class.name"), "Zed");
      await dup.page.click(byTestId("class.join"));
      await dup.page.waitForFunction(
        () => document.querySelector('[data-testid="class.status"]')?.textContent?.includes("no class with this code"),
        undefined,
        { timeout: T },
      );
      await screenshot(dup.page, "class-student-unknown-code");

      // The projector lists the four, with the count.
      await tp.waitForFunction(() => document.querySelectorAll('[data-testid="lobby.student"]').length === 4, undefined, { timeout: T });
      expect(await textOf(tp, "lobby.count")).toContain("4");
      expect(await tp.locator(byTestId("lobby.roster")).innerText()).toContain("李雷");
      await screenshot(tp, "class-teacher-lobby");

      // Round 1: two pairs, each in its match.
      await tp.click(byTestId("lobby.start"));
      await tp.waitForSelector(byTestId("dash"), { timeout: T });
      await tp.waitForFunction(() => document.querySelectorAll('[data-testid="dash.pair"]').length === 2, undefined, { timeout: T });
      const rooms = await Promise.all(students.map((s) => matchRoom(s.g.page)));
      const pairs = new Map<string, Student[]>();
      students.forEach((s, i) => pairs.set(rooms[i]!, [...(pairs.get(rooms[i]!) ?? []), s]));
      expect([...pairs.values()].map((p) => p.length)).toEqual([2, 2]);
      await screenshot(phone.g.page, "class-student-match-phone");
      await screenshot(tp, "class-teacher-dashboard");

      const sideOf = (s: Student): Promise<"A" | "B"> => s.g.page.evaluate(() => window.__tcpArenaMatch!.side!);
      // The laptop student makes one mistake first (a wrong number, refused), for the report.
      const withMistake = (side: "A" | "B"): Step[] =>
        side === "A"
          ? [{ send: ["SYN"], seq: (c) => c.iss.A + 5, refused: true }, ...HANDSHAKE.A]
          : [
              HANDSHAKE.B[0]!,
              { send: ["SYN", "ACK"], seq: (c) => c.iss.B, ack: (c) => c.iss.A + 7, refused: true },
              ...HANDSHAKE.B.slice(1),
            ];
      await Promise.all(
        [...pairs.values()].map(async (pair) => {
          const sides = await Promise.all(pair.map(sideOf));
          await Promise.all(pair.map((s, i) => play(s.g.page, s === laptop ? withMistake(sides[i]!) : HANDSHAKE[sides[i]!], s.mode)));
        }),
      );

      // Every pair finished: the round closes by itself and the projector shows the leaderboard.
      await tp.waitForSelector(byTestId("board"), { timeout: T });
      await tp.waitForFunction(() => document.querySelectorAll('[data-testid="board.list.row"]').length === 4, undefined, { timeout: T });
      await tp.waitForTimeout(2000); // the rows' slide
      await screenshot(tp, "class-teacher-leaderboard");

      // Each student sees their own rank; the keyboard student, and the Chinese one, too.
      for (const s of students) await s.g.page.waitForSelector(byTestId("class.result"), { timeout: T });
      expect(await textOf(phone.g.page, "class.myRank")).toMatch(/^Rank [1-4] of 4$/);
      expect(await textOf(chinese.g.page, "class.myRank")).toMatch(/^第 [1-4] 名（共 4 人）$/);
      await screenshot(phone.g.page, "class-student-result-phone");
      await screenshot(chinese.g.page, "class-student-result-zh");
      await screenshot(keyboard.g.page, "class-student-result-keyboard");

      // The teacher ends the class: the podium, and each student's final rank and concepts.
      await tp.click(byTestId("lobby.finish"));
      await tp.waitForSelector(byTestId("podium"), { timeout: T });
      await screenshot(tp, "class-teacher-podium");
      for (const s of students) await s.g.page.waitForSelector(byTestId("class.final"), { timeout: T });
      expect(await textOf(laptop.g.page, "class.finalRank")).toMatch(/^Rank [1-4] of 4$/);
      await screenshot(phone.g.page, "class-student-final-phone");
      await screenshot(chinese.g.page, "class-student-final-zh");

      // The report, and its CSV as the server made it (UTF-8 with a BOM, Chinese names intact).
      await tp.click(byTestId("podium.report"));
      await tp.waitForSelector(byTestId("report.students"), { timeout: T });
      expect(await tp.locator(byTestId("report.students")).innerText()).toContain("李雷");
      expect(await tp.locator(byTestId("report.mistakes")).innerText()).toMatch(/Wrong (sequence|acknowledgment) number/);
      await screenshot(tp, "class-teacher-report");
      const [download] = await Promise.all([tp.waitForEvent("download", { timeout: T }), tp.click(byTestId("report.csv"))]);
      const csv = readFileSync((await download.path())!);
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.toString("utf8")).toContain("李雷");
      expect(download.suggestedFilename()).toBe(`tcp-arena-class-${code}.csv`);

      for (const g of [teacher, ...students.map((s) => s.g)])
        expect({ page: g.page.url(), errors: g.errors.filter((e) => !/status of 4\d\d|status of 5\d\d/.test(e)) }).toEqual({
          page: g.page.url(),
          errors: [],
        });
    } finally {
      for (const g of [teacher, ...students.map((s) => s.g), ...extra]) await g.context.close();
    }
  }, 420_000);

  it("a second teacher screen opens by the teacher link; rename, kick, lock and extend work; a reload mid-match keeps the seat and the points; an idle pair is marked stuck; the teacher watches a pair and finds the class among its past ones", async () => {
    const teacher = await openGame(browser, server.url, { query: "?teach", viewport: { width: 1920, height: 1080 } });
    const pages: GamePage[] = [teacher];
    try {
      const tp = teacher.page;
      await tp.waitForSelector(byTestId("setup.form"), { timeout: T });
      await tp.selectOption(byTestId("setup.round.1.difficulty"), "standard");
      await tp.fill(byTestId("setup.stuckSeconds"), "10");
      await tp.click(byTestId("setup.create"));
      await tp.waitForSelector(byTestId("lobby.code"), { timeout: T });
      const code = (await textOf(tp, "lobby.code")).trim();
      const link = `?class=${code}`;
      const student = async (name: string): Promise<GamePage> => {
        const g = await openGame(browser, server.url, { query: link });
        pages.push(g);
        await g.page.fill(byTestId("class.name"), name);
        await g.page.click(byTestId("class.join"));
        return g;
      };
      const ana = await student("Ana");
      const ben = await student("Ben");
      const cy = await student("Cy");
      for (const g of [ana, ben, cy]) await g.page.waitForSelector(byTestId("class.waiting"), { timeout: T });

      // The teacher link, copied from the lobby, opens the same class as the teacher elsewhere.
      await teacher.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(server.url).origin });
      await tp.click(byTestId("lobby.teacherLink"));
      const teacherUrl = new URL(await tp.evaluate(() => navigator.clipboard.readText()));
      expect(teacherUrl.hash).toMatch(/^#host=[A-Za-z0-9_-]{32}$/);
      // The second screen is a Chinese teacher's laptop.
      const second = await openGame(browser, server.url, {
        query: `${teacherUrl.search}${teacherUrl.hash}`,
        viewport: { width: 1280, height: 800 },
        locale: "zh-CN",
      });
      pages.push(second);
      await second.page.waitForFunction(() => document.querySelectorAll('[data-testid="lobby.student"]').length === 3, undefined, {
        timeout: T,
      });
      expect((await textOf(second.page, "lobby.code")).trim()).toBe(code);
      await screenshot(second.page, "class-teacher-lobby-zh");
      expect(second.page.url()).not.toContain("host=");

      // Kick: two presses (the second confirms). The kicked browser cannot come back, even by reloading.
      const cyId = await tp.locator('[data-testid="lobby.student"]', { hasText: "Cy" }).getAttribute("data-student");
      await tp.click(byTestId(`lobby.kick.${cyId}`));
      await tp.click(byTestId(`lobby.kick.${cyId}`));
      await cy.page.waitForSelector(byTestId("class.kicked"), { timeout: T });
      await cy.page.reload();
      await cy.page.waitForFunction(
        () => document.querySelector('[data-testid="class.status"]')?.textContent?.includes("removed you"),
        undefined,
        { timeout: T },
      );
      await second.page.waitForFunction(() => document.querySelectorAll('[data-testid="lobby.student"]').length === 2, undefined, {
        timeout: T,
      });

      // Rename: the student's own screen shows the new name.
      const benId = await tp.locator('[data-testid="lobby.student"]', { hasText: "Ben" }).getAttribute("data-student");
      await tp.click(byTestId(`lobby.rename.${benId}`));
      await tp.fill(byTestId(`lobby.renameInput.${benId}`), "Benny");
      await tp.press(byTestId(`lobby.renameInput.${benId}`), "Enter");
      await ben.page.waitForFunction(() => document.querySelector('[data-testid="class.myName"]')?.textContent === "Benny", undefined, {
        timeout: T,
      });
      await second.page.waitForFunction(
        () => document.querySelector('[data-testid="lobby.roster"]')?.textContent?.includes("Benny"),
        undefined,
        { timeout: T },
      );

      // Lock: a newcomer is refused with its reason; unlocking is a press away.
      await second.page.click(byTestId("lobby.lock"));
      await tp.waitForFunction(
        () => document.querySelector('[data-testid="lobby.lock"]')?.getAttribute("aria-pressed") === "true",
        undefined,
        { timeout: T },
      );
      const late = await openGame(browser, server.url, { query: link, locale: "zh-CN" });
      pages.push(late);
      await late.page.fill(byTestId("class.name"), "Dee");
      await late.page.click(byTestId("class.join"));
      await late.page.waitForFunction(
        () => document.querySelector('[data-testid="class.status"]')?.textContent?.includes("老师已锁定课堂"),
        undefined,
        { timeout: T },
      );
      await screenshot(late.page, "class-student-locked-zh");

      await tp.click(byTestId("lobby.start"));
      await Promise.all([ana, ben].map((g) => waitForScene(g.page, "Match", T)));
      await Promise.all(
        [ana, ben].map((g) => g.page.waitForFunction(() => window.__tcpArenaMatch?.side != null, undefined, { timeout: T })),
      );
      const [a, b] = (await matchView(ana.page))!.side === "A" ? [ana, ben] : [ben, ana];

      // A's first move (SYN, SYN_SENT), then A reloads: back in the same match, same side, same points.
      await play(a.page, HANDSHAKE.A.slice(0, 2), "mouse");
      const before = (await matchView(a.page))!;
      expect(before.scores!.A.total).toBeGreaterThan(0);
      await a.page.reload();
      await waitForScene(a.page, "Match", T);
      await a.page.waitForFunction((id) => window.__tcpArenaMatch?.matchId === id && window.__tcpArenaMatch.side === "A", before.matchId, {
        timeout: T,
      });
      expect((await matchView(a.page))!.scores!.A.total).toBe(before.scores!.A.total);

      // B has not answered for 10 s: the dashboard marks the pair stuck (a mark and a word, not colour alone).
      await tp.waitForSelector("tr.cr-pair-stuck", { timeout: T });
      expect(await tp.locator("tr.cr-pair-stuck").innerText()).toContain("⚠");
      expect(await textOf(tp, "dash.filter.stuck")).toContain("1");
      await screenshot(tp, "class-teacher-dashboard-stuck");

      // "+1 min" gives the round more time: the clock shows more than the 4 minutes it began with.
      const seconds = async (): Promise<number> => {
        const [m, sec] = (await textOf(tp, "dash.clock")).split(":").map(Number);
        return m! * 60 + sec!;
      };
      expect(await seconds()).toBeLessThanOrEqual(240);
      await tp.click(byTestId("dash.extend"));
      await tp.waitForFunction(
        () => {
          const [m, s] = (document.querySelector('[data-testid="dash.clock"]')?.textContent ?? "0:0").split(":").map(Number);
          return m! * 60 + s! > 245;
        },
        undefined,
        { timeout: T },
      );

      // The second screen watches the pair as a spectator, then goes back to the dashboard.
      await second.page.waitForSelector(byTestId("dash.watch.0"), { timeout: T });
      await screenshot(second.page, "class-teacher-dashboard-zh");
      await second.page.click(byTestId("dash.watch.0"));
      await waitForScene(second.page, "Match", T);
      await screenshot(second.page, "class-teacher-watching");

      await Promise.all([play(a.page, HANDSHAKE.A.slice(2), "mouse"), play(b.page, HANDSHAKE.B, "mouse")]);
      // The round closes by itself: the watching screen returns to the class, showing the leaderboard.
      await second.page.waitForSelector(byTestId("board"), { timeout: T });
      await second.page.waitForTimeout(2000); // the rows' slide
      await screenshot(second.page, "class-teacher-leaderboard-zh");
      for (const g of [a, b]) await g.page.waitForSelector(byTestId("class.result"), { timeout: T });
      expect(await textOf(tp, "board.list")).toContain("Ana");

      // The teacher's browser lists its classes (by its host key) on the setup page.
      const again = await teacher.context.newPage();
      await again.goto(`${server.url}?teach`);
      await again.waitForSelector(byTestId("past.class"), { timeout: T });
      expect(await again.locator(byTestId("past")).innerText()).toContain(code);
      await screenshot(again, "class-teacher-past");
    } finally {
      for (const g of pages) await g.context.close();
    }
  }, 300_000);
});
