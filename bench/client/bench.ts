// npm run bench:client — figures for the browser client, measured in headless Chromium:
//   1. JavaScript transferred before the title screen is interactive (and its gzip size),
//   2. time from navigation to the first frame of the interactive title,
//   3. median frame rate of the match screen with ten segments in flight (?demo=ten-segments).
// It prints figures; it is not a pass/fail test.
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { ensureClientBuilt, launchBrowser, startGameServer } from "../../test/browser/harness";

const RUNS = 5;
const FPS_SECONDS = 5;
const MARK = "tcpArena:title-interactive";

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

interface TitleRun {
  msToInteractive: number;
  jsBytes: number;
  jsGzipBytes: number;
  files: string[];
}

async function titleRun(browser: Browser, url: string): Promise<TitleRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: "en-US" });
  const page = await context.newPage();
  const js: Array<{ url: string; body: Promise<Buffer | null>; at: number }> = [];
  page.on("response", (res) => {
    const type = res.headers()["content-type"] ?? "";
    if (type.includes("javascript")) js.push({ url: res.url(), body: res.body().catch(() => null), at: Date.now() });
  });
  await page.goto(url);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, MARK, { timeout: 30_000, polling: 50 });
  const msToInteractive = await page.evaluate((m) => performance.getEntriesByName(m)[0]!.startTime, MARK);
  // Only what had arrived by then counts: lazily loaded chunks come later, on demand.
  const doneAt = Date.now();
  let jsBytes = 0;
  let jsGzipBytes = 0;
  const files: string[] = [];
  for (const r of js.filter((r) => r.at <= doneAt)) {
    const body = await r.body;
    if (!body) continue;
    jsBytes += body.length;
    jsGzipBytes += gzipSync(body, { level: 9 }).length;
    files.push(new URL(r.url).pathname);
  }
  await context.close();
  return { msToInteractive, jsBytes, jsGzipBytes, files };
}

async function fpsRun(browser: Browser, url: string): Promise<number | null> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: "en-US" });
  const page = await context.newPage();
  await page.goto(`${url}?demo=ten-segments`);
  try {
    await page.waitForFunction(() => window.__tcpArena?.scene === "Match", undefined, { timeout: 20_000 });
  } catch {
    await context.close();
    return null;
  }
  await page.waitForTimeout(1000); // let the first segments take off
  const fps = await page.evaluate(async (seconds) => {
    const stamps: number[] = [];
    await new Promise<void>((resolve) => {
      const end = performance.now() + seconds * 1000;
      const tick = (t: number): void => {
        stamps.push(t);
        if (t < end) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    // Frames per one-second window, then the median window.
    const perSecond: number[] = [];
    const t0 = stamps[0]!;
    for (const t of stamps) {
      const i = Math.floor((t - t0) / 1000);
      if (i < seconds) perSecond[i] = (perSecond[i] ?? 0) + 1;
    }
    return perSecond.filter((n) => n !== undefined);
  }, FPS_SECONDS);
  await context.close();
  return median(fps);
}

ensureClientBuilt({ force: true });
const server = await startGameServer();
const browser = await launchBrowser();
try {
  await titleRun(browser, server.url); // warm-up: the server's first reads from disk
  const runs: TitleRun[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await titleRun(browser, server.url));
  const fps = await fpsRun(browser, server.url);
  const first = runs[0]!;
  console.log("TCP Arena client bench (headless Chromium, 1280×720, fresh context per run)");
  console.log(`JavaScript before the title is interactive: ${kB(first.jsBytes)} raw, ${kB(first.jsGzipBytes)} gzip (goal <= 450 kB gzip)`);
  console.log(`  files: ${first.files.join(", ")}`);
  console.log(`Time to the first interactive title frame: median ${median(runs.map((r) => r.msToInteractive)).toFixed(0)} ms over ${RUNS} runs (goal <= 2000 ms); runs: ${runs.map((r) => r.msToInteractive.toFixed(0)).join(", ")}`);
  console.log(fps === null ? "Match frame rate: n/a (the Match scene's ten-segments demo did not start)" : `Match with ten segments in flight: median ${fps} fps over ${FPS_SECONDS} s (goal >= 55 fps)`);
} finally {
  await browser.close();
  await server.stop();
}
