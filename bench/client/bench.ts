// npm run bench:client — figures for the browser client, measured in headless Chromium:
//   1. JavaScript transferred before the title screen is interactive (and its gzip size),
//   2. time from navigation to the first frame of the interactive title,
//   3. median frame rate of the match screen with ten segments in flight (?demo=ten-segments),
//   4. a student's class join screen (?class=CODE): its JavaScript (gzip) and its time to
//      interactive on a low-end phone on slow 4G (CDP: 1.6 Mbit/s down, 150 ms RTT, CPU ÷4),
//   5. the teacher's dashboard model with 1,000 pairs: one update (every row changed) merged,
//      sorted stuck first and paged, in Node.
// It prints figures; it is not a pass/fail test.
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { ensureClientBuilt, launchBrowser, startGameServer } from "../../test/browser/harness";
import { DashboardModel, pageOf } from "../../client/src/classroom/teacher/dashboard-model";
import { PAIR_STUCK, type ClassStatus, type PairProgressRow } from "../../shared/protocol/classroom";

const RUNS = 5;
const FPS_SECONDS = 5;
const MARK = "tcpArena:title-interactive";
/** client/src/classroom/marks.ts */
const JOIN_MARK = "tcpArena:class-join-interactive";
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };
const PHONE_CPU_SLOWDOWN = 4;

/** Counts animation frames per one-second window for SECONDS seconds, in the page. */
const FRAME_SAMPLER = `new Promise((resolve) => {
  const seconds = SECONDS, stamps = [];
  const end = performance.now() + seconds * 1000;
  requestAnimationFrame(function tick(t) {
    stamps.push(t);
    if (t < end) requestAnimationFrame(tick);
    else {
      const perSecond = new Array(seconds).fill(0);
      for (const s of stamps) { const i = Math.floor((s - stamps[0]) / 1000); if (i < seconds) perSecond[i]++; }
      resolve(perSecond);
    }
  });
})`;

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

async function titleRun(browser: Browser, url: string, opts: { mark?: string; phone?: boolean } = {}): Promise<TitleRun> {
  const mark = opts.mark ?? MARK;
  const context = await browser.newContext(
    opts.phone
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "en-US" }
      : { viewport: { width: 1280, height: 720 }, locale: "en-US" },
  );
  const page = await context.newPage();
  if (opts.phone) {
    // Throttled from the first request: the page is opened cold, as by a QR code scan.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: PHONE_CPU_SLOWDOWN });
  }
  const js: Array<{ url: string; body: Promise<Buffer | null> }> = [];
  page.on("response", (res) => {
    const type = res.headers()["content-type"] ?? "";
    if (type.includes("javascript")) js.push({ url: res.url(), body: res.body().catch(() => null) });
  });
  await page.goto(url);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 60_000, polling: 50 });
  const msToInteractive = await page.evaluate((m) => performance.getEntriesByName(m)[0]!.startTime, mark);
  // Only what had fully arrived by then counts (the page's resource timing): lazily loaded
  // chunks, and those a page prefetches once it is interactive, come later.
  const before = new Set(
    await page.evaluate(
      (t) =>
        performance
          .getEntriesByType("resource")
          .filter((e) => (e as PerformanceResourceTiming).responseEnd <= t)
          .map((e) => e.name),
      msToInteractive,
    ),
  );
  let jsBytes = 0;
  let jsGzipBytes = 0;
  const files: string[] = [];
  for (const r of js.filter((r) => before.has(r.url))) {
    const body = await r.body;
    if (!body) continue;
    jsBytes += body.length;
    jsGzipBytes += gzipSync(body, { level: 9 }).length;
    files.push(new URL(r.url).pathname);
  }
  await context.close();
  return { msToInteractive, jsBytes, jsGzipBytes, files };
}

interface FpsRun {
  fps: number;
  renderer: string;
}

async function fpsRun(browser: Browser, url: string, query: string, scene: string): Promise<FpsRun | null> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: "en-US" });
  const page = await context.newPage();
  await page.goto(`${url}${query}`);
  try {
    await page.waitForFunction((key) => window.__tcpArena?.scene === key, scene, { timeout: 20_000 });
  } catch {
    await context.close();
    return null;
  }
  await page.waitForTimeout(1000); // let the first segments take off
  // A plain-JS string: tsx would wrap named functions in a helper the page does not have.
  const fps = (await page.evaluate(FRAME_SAMPLER.replace("SECONDS", String(FPS_SECONDS)))) as number[];
  const renderer = await page.evaluate(() => window.__tcpArena?.renderer ?? "?");
  await context.close();
  return { fps: median(fps), renderer };
}

/** Median ms of one dashboard update with `pairs` pairs, every row changed, over `runs` updates. */
function dashboardUpdateMs(pairs: number, runs: number): number {
  const model = new DashboardModel();
  const seat = (id: number) => ({ studentId: id, name: `student ${id}` });
  model.applyPairs({
    round: 1,
    pairs: Array.from({ length: pairs }, (_, i) => ({ pair: i, roomId: `r${i}`, A: seat(2 * i + 1), B: seat(2 * i + 2) })),
    waiting: [],
  });
  const status: ClassStatus = { phase: "round", round: 1, rounds: 3, endsInMs: 60_000, locked: false, lateJoin: true, students: 2 * pairs };
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const progress: PairProgressRow[] = Array.from({ length: pairs }, (_, i) => [
      i,
      r + i,
      r,
      (r + i) % 9,
      r % 7,
      i % 3,
      (i + r) % 11 === 0 ? PAIR_STUCK : 0,
      (i * 7 + r) % 90,
    ]);
    const t0 = performance.now();
    model.applyDashboard({ full: false, status, roster: [], removed: [], progress });
    const shown = pageOf(model.lines(), 0, 50);
    if (shown.items.length !== 50) throw new Error("page of 50 expected");
    times.push(performance.now() - t0);
  }
  return median(times);
}

console.log(
  `Teacher dashboard model, 1,000 pairs, every row changed: median ${dashboardUpdateMs(1000, 60).toFixed(2)} ms per update (merge, sort stuck first, page of 50; updates come at most once a second)`,
);

ensureClientBuilt({ force: true });
const server = await startGameServer();
const browser = await launchBrowser();
try {
  await titleRun(browser, server.url); // warm-up: the server's first reads from disk
  const runs: TitleRun[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await titleRun(browser, server.url));
  const joinUrl = `${server.url}?class=K7QX3`;
  await titleRun(browser, joinUrl, { mark: JOIN_MARK, phone: true }); // warm-up
  const joins: TitleRun[] = [];
  for (let i = 0; i < RUNS; i++) joins.push(await titleRun(browser, joinUrl, { mark: JOIN_MARK, phone: true }));
  const fps = await fpsRun(browser, server.url, "?demo=ten-segments", "Match");
  // Forced WebGL: here it is SwiftShader (CPU-emulated), which the game avoids by itself.
  const webglFps = await fpsRun(browser, server.url, "?demo=ten-segments&renderer=webgl", "Match");
  // The same measure on the still title screen: what this machine's Chromium gives at best.
  const idleFps = await fpsRun(browser, server.url, "", "Title");
  const first = runs[0]!;
  console.log("TCP Arena client bench (headless Chromium, 1280×720, fresh context per run)");
  console.log(`JavaScript before the title is interactive: ${kB(first.jsBytes)} raw, ${kB(first.jsGzipBytes)} gzip (goal <= 450 kB gzip)`);
  console.log(`  files: ${first.files.join(", ")}`);
  console.log(
    `Time to the first interactive title frame: median ${median(runs.map((r) => r.msToInteractive)).toFixed(0)} ms over ${RUNS} runs (goal <= 2000 ms); runs: ${runs.map((r) => r.msToInteractive.toFixed(0)).join(", ")}`,
  );
  const join = joins[0]!;
  console.log(`Class join screen (?class=CODE) on a throttled phone (1.6 Mbit/s, 150 ms RTT, CPU ÷${PHONE_CPU_SLOWDOWN}, 390×844):`);
  console.log(
    `  JavaScript before it is interactive: ${kB(join.jsBytes)} raw, ${kB(join.jsGzipBytes)} gzip; files: ${join.files.join(", ")}`,
  );
  console.log(
    `  time to interactive: median ${median(joins.map((r) => r.msToInteractive)).toFixed(0)} ms over ${RUNS} runs (goal <= 1500 ms); runs: ${joins.map((r) => r.msToInteractive.toFixed(0)).join(", ")}`,
  );
  const show = (r: FpsRun | null): string =>
    r ? `median ${r.fps} fps over ${FPS_SECONDS} s (${r.renderer} renderer)` : "n/a (the scene did not start)";
  console.log(`Match with ten segments in flight: ${show(fps)} (goal >= 55 fps)`);
  console.log(`  same, WebGL forced (?renderer=webgl): ${show(webglFps)}`);
  console.log(`  reference, the still title screen: ${show(idleFps)}`);
} finally {
  await browser.close();
  await server.stop();
}
