// A game that teaches, as a student meets it: a wrong state and a wrong ack are answered
// with the reason at once (English and Chinese); Expert gives no hint and a right call-out
// of the trickster's wrong segment scores; the first-match tutorial completes by keyboard;
// the FIN dialog is drawn above the diagram; no control overlaps another at five widths; and
// after one visit the title, the quiz and a practice match open with the server stopped.
// The practice matches run against a bot in the browser (the scenario map).
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { clickUi, openGame, screenshot, startGameServer, uiBoxes, waitForScene, waitForUi, type GameServer } from "./harness";
import { useGameAndBrowser } from "./fixtures";
import { matchView, play } from "./match-player";
import type { MatchTestView } from "../../client/src/match/test-view";
import { CALLOUT_CLAIMS, type CalloutClaim } from "../../shared/match/types";
import { scoring } from "../../shared/match";
import en from "../../client/src/i18n/locales/en/match";
import zh from "../../client/src/i18n/locales/zh/match";
import enCommon from "../../client/src/i18n/locales/en/common";
import zhCommon from "../../client/src/i18n/locales/zh/common";

let server: GameServer;
let browser: Browser;

useGameAndBrowser((s, b) => {
  server = s;
  browser = b;
}, 180_000);

type Level = "guided" | "standard" | "expert";
const LEVELS: Level[] = ["guided", "standard", "expert"];

/** Title → menu → scenario map (a first-time player's map starts in Guided). */
async function toMap(page: Page): Promise<void> {
  await waitForScene(page, "Title");
  await clickUi(page, "title.start");
  await waitForScene(page, "Menu");
  await clickUi(page, "menu.map");
  await waitForScene(page, "ScenarioMap");
}

/** From the map: a practice match in `scenarioId` at `level`, against the bot in the browser. */
async function practise(page: Page, scenarioId: string, level: Level): Promise<void> {
  await waitForUi(page, `map.scenario.${scenarioId}`);
  const names = [enCommon.difficulty[level], zhCommon.difficulty[level]];
  for (let i = 0; i < LEVELS.length; i++) {
    const before = (await waitForUi(page, "map.difficulty")).label;
    if (names.some((n) => before.endsWith(n))) break;
    await clickUi(page, "map.difficulty");
    await page.waitForFunction((b) => window.__tcpArena?.ui["map.difficulty"]?.label !== b, before);
  }
  await clickUi(page, `map.scenario.${scenarioId}`);
  await waitForScene(page, "Match");
  await page.waitForFunction(() => window.__tcpArenaMatch?.screen === "match" && window.__tcpArenaMatch.side !== null);
}

const facts = async (page: Page): Promise<NonNullable<MatchTestView["screenFacts"]>> => (await matchView(page))!.screenFacts!;

/** The answer badge, once it has a line containing `part`. */
async function badgeWith(page: Page, part: string): Promise<string[]> {
  await page
    .waitForFunction((p) => (window.__tcpArenaMatch?.screenFacts?.badge ?? []).some((l) => l.includes(p)), part, { timeout: 30_000 })
    .catch(async () => {
      throw new Error(`badge without "${part}": ${JSON.stringify((await facts(page)).badge)}`);
    });
  return (await facts(page)).badge;
}

async function skipTutorial(page: Page): Promise<void> {
  if ((await facts(page)).tutorial === null) return;
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => window.__tcpArenaMatch?.screenFacts?.tutorial === null);
}

for (const [lang, cat, locale] of [
  ["en", en, "en-US"],
  ["zh", zh, "zh-CN"],
] as const) {
  describe(`feedback that teaches (${lang})`, () => {
    it("answers a wrong state and a wrong ack with the reason at once, and the answer after the second try", async () => {
      const { page, context, errors } = await openGame(browser, server.url, { locale });
      await toMap(page);
      await practise(page, "handshake", "standard");
      await skipTutorial(page);
      // A wrong state: what happened, the arrow to follow, and what the declared state means.
      await play(page, [{ send: ["SYN"], seq: (c) => c.iss.A }, { declareWrong: "ESTABLISHED" }], "keyboard");
      const stateBadge = await badgeWith(page, cat.why.meaning.ESTABLISHED);
      expect(stateBadge.join("\n")).toContain(cat.why.event.sent.split("{{")[0]!);
      await screenshot(page, `teach-wrong-state-${lang}`);
      await play(page, [{ declare: "SYN_SENT" }, { declare: "ESTABLISHED" }], "keyboard");
      // A wrong ack (the peer's ISS itself): a SYN takes one sequence number.
      await play(page, [{ send: ["ACK"], seq: (c) => c.iss.A + 1, ack: (c) => c.iss.B, refused: true }], "keyboard");
      const ackBadge = await badgeWith(page, cat.why.ack.synPlusOne.slice(0, 12));
      expect(ackBadge.join("\n")).not.toContain(String((await matchView(page))!.iss!.B! + 1));
      // The composer kept what was typed: the same segment can be sent again as it is.
      expect(await page.$eval('[data-testid="match.ack"]', (el) => (el as HTMLInputElement).value)).toBe(
        String((await matchView(page))!.iss!.B!),
      );
      await screenshot(page, `teach-wrong-ack-${lang}`);
      const before = (await matchView(page))!.feedbackCount;
      await page.keyboard.press("Enter");
      await page.waitForFunction((n) => (window.__tcpArenaMatch?.feedbackCount ?? 0) > n, before);
      const v = (await matchView(page))!;
      const answer = await badgeWith(page, cat.why.answer.segment.split("{{")[0]!);
      expect(answer.join("\n")).toContain(`ACK seq=${(v.iss!.A! + 1) >>> 0} ack=${(v.iss!.B! + 1) >>> 0}`);
      await screenshot(page, `teach-answer-${lang}`);
      expect(errors).toEqual([]);
      await context.close();
    }, 180_000);
  });
}

/**
 * The trickster's segments in the handshake, each with the claim that names what is wrong
 * in it (null if it is the SYN,ACK TCP sends), worked out by the rules from the ISSs on screen.
 * A segment with other flags is `unclear`: the referee may file it as wrong flags or as not
 * needed, so the test does not guess which claim is the right one.
 */
function peerSegments(v: MatchTestView): { id: number; wrong: CalloutClaim | null; unclear: boolean }[] {
  const out: { id: number; wrong: CalloutClaim | null; unclear: boolean }[] = [];
  for (const e of v.ladder) {
    if (e.kind !== "segment" || e.from !== "B" || e.copyOf !== null) continue;
    const s = e.segment;
    const unclear = !s.flags.syn || !s.flags.ack || s.flags.fin || s.flags.rst;
    const wrong: CalloutClaim | null = unclear ? null : s.seq !== v.iss!.B! ? "seq" : s.ack !== (v.iss!.A! + 1) >>> 0 ? "ack" : null;
    out.push({ id: e.id, wrong, unclear });
  }
  return out;
}

describe("Expert against the trickster", () => {
  it("gives no hint or reason, and a right call-out of a wrong segment scores", async () => {
    const { page, context, errors } = await openGame(browser, server.url);
    await toMap(page);
    let rightCalls = 0;
    // The trickster errs at random (a segment in three, not always in a way a call-out can
    // name with certainty): a few short matches find a wrong one. Twelve once found none in
    // a full run of the suite; 24 (about 6 s each) make that unlikely.
    for (let attempt = 0; attempt < 24 && rightCalls === 0; attempt++) {
      await practise(page, "handshake", "expert");
      await skipTutorial(page);
      expect(Object.keys(await uiBoxes(page))).not.toContain("match.prefill");
      await play(page, [{ send: ["SYN"], seq: (c) => c.iss.A }], "keyboard");
      const sent = await facts(page);
      expect(sent.badge.join("\n")).not.toMatch(/→/);
      expect((await matchView(page))!.hint).toBeNull();
      // A wrong state in Expert: no reason, only "try again".
      await play(page, [{ declareWrong: "CLOSED" }], "keyboard");
      expect((await facts(page)).badge, JSON.stringify((await facts(page)).badge)).toHaveLength(1);
      await play(page, [{ declare: "SYN_SENT" }], "keyboard");
      await page.waitForFunction(
        () => (window.__tcpArenaMatch?.ladder ?? []).some((e) => e.kind === "segment" && e.from === "B" && e.arrivedAt !== null),
        undefined,
        { timeout: 30_000 },
      );
      await page.waitForTimeout(1500); // the trickster may follow a wrong segment with the right one
      const v = (await matchView(page))!;
      const segs = peerSegments(v);
      const target = segs.find((s) => s.wrong !== null) ?? segs.filter((s) => !s.unclear).at(-1);
      if (!target) {
        // Only segments with other flags this time: nothing to call with certainty; next match.
        await clickUi(page, "match.leave");
        await waitForScene(page, "Menu");
        await clickUi(page, "menu.map");
        await waitForScene(page, "ScenarioMap");
        continue;
      }
      const claim = target.wrong ?? "seq";
      const before = v.feedbackCount;
      await page.keyboard.press("X");
      await waitForUi(page, "match.callout.flags");
      // The dialog shows the latest segment first; X steps back to the one to call out.
      for (let i = 0; i < segs.length && (await facts(page)).dialog?.segmentId !== target.id; i++) {
        await page.keyboard.press("X");
        await page.waitForTimeout(200);
      }
      expect((await facts(page)).dialog).toEqual({ name: "callout", onTop: true, segmentId: target.id });
      await screenshot(page, `teach-callout-dialog-${attempt}`);
      await page.keyboard.press(String(CALLOUT_CLAIMS.indexOf(claim) + 1));
      await page.waitForFunction(
        (n) => (window.__tcpArenaMatch?.feedbackCount ?? 0) > n && window.__tcpArenaMatch?.feedback?.startsWith("callout"),
        before,
      );
      const after = (await matchView(page))!;
      if (target.wrong !== null) {
        expect(after.feedback).toBe("callout-right");
        expect(after.scores!.A.callouts).toBe(scoring.CALLOUT_RIGHT);
        rightCalls++;
        await screenshot(page, "teach-callout-right");
      } else {
        // The segment was right: the call was false and costs points.
        expect(after.feedback).toBe("callout-wrong");
        expect(after.scores!.A.callouts).toBe(scoring.CALLOUT_FALSE);
      }
      await clickUi(page, "match.leave");
      await waitForScene(page, "Menu");
      await clickUi(page, "menu.map");
      await waitForScene(page, "ScenarioMap");
    }
    expect(rightCalls).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 400_000);
});

describe("Expert's score during play", () => {
  it("does not drop when a wrong segment is sent, though the score sheet holds the penalty", async () => {
    const { page, context, errors } = await openGame(browser, server.url);
    await toMap(page);
    await practise(page, "handshake", "expert");
    await skipTutorial(page);
    await page.waitForFunction(() => (window.__tcpArenaMatch?.screenFacts?.score ?? "") !== "");
    const before = (await facts(page)).score;
    expect(before).toContain(en.hud.score.replace("{{score}}", "0"));
    // A SYN with a wrong seq goes on the wire in Expert, and costs points: in the sheet only.
    await play(page, [{ send: ["SYN"], seq: (c) => (c.iss.A + 7) >>> 0 }], "keyboard");
    await page.waitForFunction(() => window.__tcpArenaMatch?.scores?.A.penalties === -5, undefined, { timeout: 30_000 });
    await page.waitForTimeout(500);
    expect((await matchView(page))!.scores!.A.total).toBe(scoring.WRONG_SEGMENT);
    expect((await facts(page)).score).toBe(before);
    // The answer badge says why the score did not move.
    expect((await facts(page)).badge).toEqual([en.log.onWire]);
    await screenshot(page, "teach-expert-score");
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});

describe("the first-match tutorial", () => {
  it("walks through its cards by keyboard alone, is remembered, and is not shown again", async () => {
    const { page, context, errors } = await openGame(browser, server.url);
    await toMap(page);
    await practise(page, "handshake", "guided");
    expect((await facts(page)).tutorial).toBe(0);
    await screenshot(page, "teach-tutorial-1");
    for (let card = 0; card < 6; card++) {
      const at = (await facts(page)).tutorial;
      if (at === null) break;
      await page.waitForFunction(() => window.__tcpArena?.ui["tutorial.next"]?.focused === true);
      await page.keyboard.press("Enter");
      await page.waitForFunction((i) => window.__tcpArenaMatch?.screenFacts?.tutorial !== i, at);
      if (card === 2) await screenshot(page, "teach-tutorial-3");
    }
    expect((await facts(page)).tutorial).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem("tcpArena.tutorial"))).toBe("done");
    // Guided from the very first SYN: the composer already holds the ISS.
    expect(await page.$eval('[data-testid="match.seq"]', (el) => (el as HTMLInputElement).value)).toBe(
      String((await matchView(page))!.iss!.A!),
    );
    await page.reload();
    await toMap(page);
    await practise(page, "handshake", "guided");
    await page.waitForTimeout(500);
    expect((await facts(page)).tutorial).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});

describe("the FIN dialog", () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    it(`is drawn above the state diagram's labels at ${viewport.width}x${viewport.height}`, async () => {
      const { page, context, errors } = await openGame(browser, server.url, { viewport });
      await toMap(page);
      await practise(page, "four-way-close", "standard");
      await skipTutorial(page);
      await page.keyboard.press("F");
      await page.keyboard.press("A");
      const v = (await matchView(page))!;
      await clickUi(page, "match.seq");
      await page.keyboard.type(String((v.iss!.A! + 1) >>> 0));
      await clickUi(page, "match.ack");
      await page.keyboard.type(String((v.iss!.B! + 1) >>> 0));
      await clickUi(page, "match.send");
      await waitForUi(page, "match.fin.close");
      expect((await facts(page)).dialog).toEqual({ name: "fin", onTop: true, segmentId: null });
      await screenshot(page, `teach-fin-dialog-${viewport.width}`);
      await clickUi(page, "match.fin.close");
      await page.waitForFunction(() => (window.__tcpArenaMatch?.ladder ?? []).some((e) => e.kind === "segment" && e.from === "A"));
      expect(errors).toEqual([]);
      await context.close();
    }, 120_000);
  }
});

const FIVE: [number, number][] = [
  [360, 800],
  [390, 844],
  [768, 1024],
  [1280, 720],
  [1920, 1080],
];

describe("the match screen at five widths", () => {
  for (const locale of ["en-US", "zh-CN"]) {
    it(`has no two controls overlapping, and 44 px touch targets on phones (${locale})`, async () => {
      const { page, context, errors } = await openGame(browser, server.url, {
        locale,
        viewport: { width: FIVE[0]![0], height: FIVE[0]![1] },
      });
      await toMap(page);
      await practise(page, "handshake", "guided");
      await skipTutorial(page);
      for (const [width, height] of FIVE) {
        await page.setViewportSize({ width, height });
        await page.waitForFunction(
          (w) =>
            (window.__tcpArena?.ui["match.send"]?.x ?? 1e9) + (window.__tcpArena?.ui["match.send"]?.width ?? 0) <= w &&
            window.innerWidth === w,
          width,
        );
        await page.waitForTimeout(300);
        const boxes = Object.entries(await uiBoxes(page));
        const drawn = boxes.filter(([id]) => !id.startsWith("match.state."));
        for (const [i, [id, b]] of drawn.entries()) {
          expect(
            b.x >= -1 && b.y >= -1 && b.x + b.width <= width + 1 && b.y + b.height <= height + 1,
            `${id} at ${width}: off screen`,
          ).toBe(true);
          for (const [other, o] of drawn.slice(i + 1)) {
            const apart = b.x + b.width <= o.x + 1 || o.x + o.width <= b.x + 1 || b.y + b.height <= o.y + 1 || o.y + o.height <= b.y + 1;
            expect(apart, `${id} overlaps ${other} at ${width}`).toBe(true);
          }
          if (width < 400 && id.startsWith("match.")) expect(b.height, `${id} at ${width}`).toBeGreaterThanOrEqual(44);
        }
        // The state buttons' touch boxes too: 44 px tall on a phone, and apart from each other.
        const states = boxes.filter(([id]) => id.startsWith("match.state."));
        expect(states).toHaveLength(11);
        for (const [i, [id, b]] of states.entries()) {
          if (width < 400) expect(b.height, `${id} at ${width}`).toBeGreaterThanOrEqual(44);
          for (const [other, o] of states.slice(i + 1)) {
            const apart = b.x + b.width <= o.x + 1 || o.x + o.width <= b.x + 1 || b.y + b.height <= o.y + 1 || o.y + o.height <= b.y + 1;
            expect(apart, `${id} overlaps ${other} at ${width}`).toBe(true);
          }
        }
        if (width === 390 || width === 1920) await screenshot(page, `teach-match-${width}-${locale}`);
      }
      expect(errors).toEqual([]);
      await context.close();
    }, 180_000);
  }
});

describe("offline for real", () => {
  it("opens the title, the quiz and a practice match after one visit, with the server stopped", async () => {
    const own = await startGameServer();
    const { page, context } = await openGame(browser, own.url);
    try {
      await waitForScene(page, "Title");
      // The service worker has precached the whole client once it controls the page.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
      await own.stop();
      await page.reload();
      await waitForScene(page, "Title");
      await clickUi(page, "title.start");
      await waitForScene(page, "Menu");
      await clickUi(page, "menu.quiz");
      await waitForScene(page, "Quiz");
      await screenshot(page, "teach-offline-quiz");
      await page.reload();
      await toMap(page);
      await practise(page, "handshake", "guided");
      await skipTutorial(page);
      await play(page, [{ send: ["SYN"], seq: (c) => c.iss.A }, { declare: "SYN_SENT" }], "keyboard");
      await screenshot(page, "teach-offline-match");
    } finally {
      await context.close();
      await own.stop();
    }
  }, 180_000);
});
