// The quiz in Chromium with no game server at all: the built client is served by a tiny
// static file server, as if the student opened a saved page or the server was down.
// A shared set (?quiz=SEED&n=5) is taken by keyboard alone, in English and in Chinese; the
// score shows; after a reload the mastery per concept is still there.
import { cpSync, createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { CONCEPTS } from "../../shared/concepts";
import { conceptMastery, dueForReview, emptyMastery, generateQuiz, recordAnswer, type Quiz } from "../../shared/quiz";
import { ROOT, clickUi, ensureClientBuilt, launchBrowser, openGame, screenshot, tabTo, uiBoxes, waitForScene, waitForUi } from "./harness";

const BUILT = path.join(ROOT, "client/dist");
/** A private copy of the build: other test files may rebuild client/dist while these run. */
let DIST = "";

/** Copies client/dist once it is complete (index.html and every file it names). */
async function snapshotBuild(): Promise<string> {
  for (let attempt = 0; attempt < 10; attempt++) {
    ensureClientBuilt();
    const dir = mkdtempSync(path.join(os.tmpdir(), "quiz-dist-"));
    try {
      cpSync(BUILT, dir, { recursive: true });
      const index = readFileSync(path.join(dir, "index.html"), "utf8");
      const refs = [...index.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]!);
      if (refs.length > 0 && refs.every((r) => existsSync(path.join(dir, r)))) return dir;
    } catch {
      // mid-rebuild: try again
    }
    rmSync(dir, { recursive: true, force: true });
    await new Promise((r) => setTimeout(r, 2000));
  }
  throw new Error("client/dist never settled");
}
const HAN = /[\u4e00-\u9fff]/;
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".svg": "image/svg+xml",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
};

function startStatic(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.join(DIST, rel === "/" ? "index.html" : rel);
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const addr = server.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

let site: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  DIST = await snapshotBuild();
  [site, browser] = await Promise.all([startStatic(), launchBrowser()]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (DIST) rmSync(DIST, { recursive: true, force: true });
});

async function label(page: Page, id: string): Promise<string> {
  return (await waitForUi(page, id)).label;
}

/** Answers every question by keyboard: the key of the chosen answer, then Enter. */
async function takeQuiz(page: Page, quiz: Quiz, lang: "en" | "zh", rightFor: (i: number) => boolean, shots: string): Promise<void> {
  for (const [i, question] of quiz.questions.entries()) {
    await page
      .waitForFunction((text) => window.__tcpArena?.ui["quiz.prompt"]?.label === text, question.prompt[lang], { timeout: 20_000 })
      .catch(async (err: unknown) => {
        const shown = await page.evaluate(() => [window.__tcpArena?.scene, window.__tcpArena?.ui["quiz.prompt"]?.label]);
        throw new Error(`question ${i + 1}: expected "${question.prompt[lang]}", screen shows ${JSON.stringify(shown)} (${String(err)})`);
      });
    const pick = rightFor(i) ? question.answer : (question.answer + 1) % question.choices.length;
    if (i === 0) await screenshot(page, `${shots}-question`);
    await page.keyboard.press(String(pick + 1));
    await page.waitForFunction((id) => window.__tcpArena?.ui[id]?.focused === true, `quiz.choice.${pick + 1}`);
    await page.keyboard.press("Enter");
    const verdict = await label(page, "quiz.verdict");
    expect(verdict.startsWith(rightFor(i) ? "✓" : "✗"), verdict).toBe(true);
    expect(await label(page, "quiz.explanation")).toBe(question.explanation[lang]);
    if (i === 0) await screenshot(page, `${shots}-feedback`);
    await page.waitForFunction(() => window.__tcpArena?.ui["quiz.next"]?.focused === true);
    await page.keyboard.press("Enter");
  }
}

function expectedMastery(quiz: Quiz, rightFor: (i: number) => boolean) {
  let r = emptyMastery();
  quiz.questions.forEach((question, i) => (r = recordAnswer(r, question, rightFor(i), 0)));
  return r;
}

for (const lang of ["en", "zh"] as const) {
  describe(`the quiz offline (${lang})`, () => {
    it("takes a shared 5-question set by keyboard alone, shows the score, and keeps mastery across a reload", async () => {
      const seed = `class-${lang}-7b`;
      const quiz = generateQuiz({ seed, count: 5 });
      const rightFor = (i: number): boolean => i < 3;
      const { page, context, errors } = await openGame(browser, site.url, {
        locale: lang === "zh" ? "zh-CN" : "en-US",
        query: `?quiz=${seed}&n=5`,
      });
      const foreign: string[] = [];
      page.on("request", (req) => {
        // blob: and data: URLs are the page's own textures; anything else must be this static site.
        const u = new URL(req.url());
        if (u.protocol !== "blob:" && u.protocol !== "data:" && !req.url().startsWith(site.url)) foreign.push(req.url());
      });

      await waitForScene(page, "Title");
      await page.keyboard.press("Enter");
      await waitForScene(page, "QuizPlay", 20_000);
      await takeQuiz(page, quiz, lang, rightFor, `quiz-${lang}`);

      await waitForScene(page, "QuizResult");
      expect(await label(page, "quiz.result.score")).toBe("3/5");
      const boxes0 = await uiBoxes(page);
      for (const c of CONCEPTS) {
        const asked = quiz.questions.filter((x) => x.concepts.includes(c));
        const right = asked.filter((x) => rightFor(quiz.questions.indexOf(x)));
        expect(boxes0[`quiz.result.${c}`]?.label, c).toBe(asked.length ? `${right.length}/${asked.length}` : undefined);
      }
      expect(await label(page, "quiz.share")).toBe(`${site.url}?quiz=${seed}&n=5`);
      await screenshot(page, `quiz-${lang}-result`);

      // Reload: the page opens the shared set again; Escape leads to the quiz menu, then progress.
      await page.reload();
      await waitForScene(page, "Title");
      await page.keyboard.press("Enter");
      await waitForScene(page, "QuizPlay", 20_000);
      await page.keyboard.press("Escape");
      await waitForScene(page, "Quiz");
      await screenshot(page, `quiz-${lang}-home`);
      const expected = expectedMastery(quiz, rightFor);
      const due = dueForReview(expected, 1).length;
      expect(due).toBe(2);
      expect(await label(page, "quiz.summary")).toContain(
        lang === "en" ? `0 of ${CONCEPTS.length} concepts mastered · ${due} due` : `${due} 道题待复习`,
      );
      await tabTo(page, "quiz.progress");
      await page.keyboard.press("Enter");
      await waitForScene(page, "QuizProgress");
      const boxes = await uiBoxes(page);
      for (const c of CONCEPTS) {
        const shown = boxes[`quiz.mastery.${c}`]?.label;
        const rec = expected.concepts[c];
        expect(shown, c).toBe(rec ? `${Math.round(conceptMastery(expected, c) * 100)}%` : "-");
      }
      expect(Object.keys(expected.concepts).length).toBeGreaterThan(0);
      await screenshot(page, `quiz-${lang}-progress`);

      expect(foreign, foreign.join("\n")).toEqual([]);
      expect(errors, errors.join("\n")).toEqual([]);
      await context.close();
    }, 120_000);
  });
}

describe("the quiz by touch", () => {
  it("picks a concept on a phone, answers with a tap, and switches language mid-question", async () => {
    const { page, context, errors } = await openGame(browser, site.url, { locale: "en-US", viewport: { width: 412, height: 860 } });
    await waitForScene(page, "Title");
    await clickUi(page, "title.start");
    await waitForScene(page, "Menu");
    await clickUi(page, "menu.quiz");
    await waitForScene(page, "Quiz");
    await screenshot(page, "quiz-phone-home");
    await clickUi(page, "quiz.byConcept");
    await waitForUi(page, "quiz.concept.simultaneous-close");
    await screenshot(page, "quiz-phone-concepts");
    await clickUi(page, "quiz.concept.simultaneous-close");
    await waitForScene(page, "QuizPlay");
    await screenshot(page, "quiz-phone-question");
    await clickUi(page, "quiz.choice.2");
    const verdict = await label(page, "quiz.verdict");
    expect(verdict.startsWith("✓") || verdict.startsWith("✗")).toBe(true);
    expect(await label(page, "quiz.score")).toBe(verdict.startsWith("✓") ? "1/5" : "0/5");
    expect(await label(page, "quiz.explanation")).not.toMatch(HAN);

    // The language button is on every screen; the question and its feedback follow it.
    await clickUi(page, "topbar.language");
    await page.waitForFunction(() => window.__tcpArena?.language === "zh");
    await page.waitForFunction((re) => new RegExp(re).test(window.__tcpArena?.ui["quiz.explanation"]?.label ?? ""), HAN.source);
    expect(await label(page, "quiz.prompt")).toMatch(HAN);
    expect(await label(page, "quiz.verdict")).toMatch(HAN);
    await screenshot(page, "quiz-phone-feedback-zh");

    // The rest of the quiz by tapping, then the end screen and the chart on the phone.
    for (let i = 1; i < 5; i++) {
      await clickUi(page, "quiz.next");
      await page.waitForFunction(
        (_n) =>
          window.__tcpArena?.ui["quiz.prompt"] && !window.__tcpArena.ui["quiz.verdict"] && window.__tcpArena.ui["quiz.choice.1"]?.enabled,
        i,
      );
      await clickUi(page, "quiz.choice.1");
      await waitForUi(page, "quiz.verdict");
    }
    await clickUi(page, "quiz.next");
    await waitForScene(page, "QuizResult");
    expect(await label(page, "quiz.result.score")).toMatch(/^[0-5]\/5$/);
    expect(await label(page, "quiz.result.simultaneous-close")).toMatch(/^[0-5]\/5$/);
    await screenshot(page, "quiz-phone-result-zh");
    await clickUi(page, "quiz.progress");
    await waitForScene(page, "QuizProgress");
    expect(await label(page, "quiz.mastery.simultaneous-close")).toMatch(/^\d+%$/);
    await screenshot(page, "quiz-phone-progress-zh");
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});

describe("a class set", () => {
  it("gives every student who opens the teacher's link the same questions", async () => {
    const teacher = await openGame(browser, site.url, { locale: "en-US" });
    await waitForScene(teacher.page, "Title");
    await teacher.page.keyboard.press("Enter");
    await waitForScene(teacher.page, "Menu");
    await tabTo(teacher.page, "menu.quiz");
    await teacher.page.keyboard.press("Enter");
    await waitForScene(teacher.page, "Quiz");
    await tabTo(teacher.page, "quiz.classSet");
    await teacher.page.keyboard.press("Enter");
    const link = await label(teacher.page, "quiz.classLink");
    await screenshot(teacher.page, "quiz-class-set");
    const seed = new URL(link).searchParams.get("quiz");
    expect(seed).toMatch(/^[\w-]+$/);
    expect(new URL(link).searchParams.get("n")).toBe("10");
    const expected = generateQuiz({ seed: seed!, count: 10 });

    // Two students, each in their own browser, in either language.
    for (const locale of ["en-US", "zh-CN"]) {
      const student = await openGame(browser, link.replace(/\?.*$/, ""), { locale, query: new URL(link).search });
      await waitForScene(student.page, "Title");
      await student.page.keyboard.press("Enter");
      await waitForScene(student.page, "QuizPlay", 20_000);
      const lang = locale.startsWith("zh") ? "zh" : "en";
      expect(await label(student.page, "quiz.prompt")).toBe(expected.questions[0]!.prompt[lang]);
      expect(student.errors).toEqual([]);
      await student.context.close();
    }
    expect(teacher.errors).toEqual([]);
    await teacher.context.close();
  }, 120_000);
});

describe("spaced repetition in the browser", () => {
  it("asks a missed question again first in the next practice quiz", async () => {
    // A shared set with a question from the article in it: that one is answered wrong.
    const seeds = Array.from({ length: 200 }, (_, i) => `review-${i}`);
    const seed = seeds.find((s) => generateQuiz({ seed: s, count: 5 }).questions.some((q) => q.kind === "concept"))!;
    const quiz = generateQuiz({ seed, count: 5 });
    const missed = quiz.questions.findIndex((q) => q.kind === "concept");
    const { page, context, errors } = await openGame(browser, site.url, { locale: "en-US", query: `?quiz=${seed}&n=5` });
    await waitForScene(page, "Title");
    await page.keyboard.press("Enter");
    await waitForScene(page, "QuizPlay", 20_000);
    await takeQuiz(page, quiz, "en", (i) => i !== missed, "quiz-review");
    await waitForScene(page, "QuizResult");
    expect(await label(page, "quiz.result.score")).toBe("4/5");

    await tabTo(page, "quiz.home");
    await page.keyboard.press("Enter");
    await waitForScene(page, "Quiz");
    expect(await label(page, "quiz.summary")).toContain("1 due for review");
    await tabTo(page, "quiz.short");
    await page.keyboard.press("Enter");
    await waitForScene(page, "QuizPlay");
    expect(await label(page, "quiz.prompt")).toBe(quiz.questions[missed]!.prompt.en);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
