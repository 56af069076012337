// The browser-test harness: builds the client when its sources changed, starts the real
// game server on a free 127.0.0.1 port, and drives Debian's Chromium with playwright-core.
// Helpers click at the boxes the game publishes (window.__tcpArena.ui) and type with the
// keyboard, as a player would; screenshots go to test-artifacts/ (gitignored).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { freePort } from "../free-port";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "dist" || entry.name === "node_modules") continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds client/dist unless it is newer than every client, shared and asset source. */
export function ensureClientBuilt(opts: { force?: boolean } = {}): void {
  const index = path.join(ROOT, "client/dist/index.html");
  const sources = Math.max(...["client", "shared", "assets"].map((d) => newestMtime(path.join(ROOT, d))));
  if (!opts.force && existsSync(index) && statSync(index).mtimeMs > sources) return;
  const r = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "pipe", encoding: "utf8" });
  if (r.status !== 0) throw new Error(`client build failed:\n${r.stdout}\n${r.stderr}`);
}

export interface GameServer {
  url: string;
  stop(): Promise<void>;
}

/** The real server (server/app.ts) in a child process of the Node that runs the tests. */
export async function startGameServer(): Promise<GameServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "test/browser/serve.ts")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), VITEST: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (d: Buffer): void => {
      output += d.toString();
      if (output.includes(`READY ${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 3000).unref();
      }),
  };
}

/** playwright gives every launch a fresh, temporary --user-data-dir. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface GamePage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

export interface OpenOptions {
  locale?: string;
  viewport?: { width: number; height: number };
  query?: string;
}

/** A new browser context (its own storage, like another person's browser) on the game. */
export async function openGame(browser: Browser, url: string, opts: OpenOptions = {}): Promise<GamePage> {
  const context = await browser.newContext({
    locale: opts.locale ?? "en-US",
    viewport: opts.viewport ?? { width: 1280, height: 720 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  await page.goto(url + (opts.query ?? ""));
  return { page, context, errors };
}

interface UiBox {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  focused: boolean;
  enabled: boolean;
}

export async function currentScene(page: Page): Promise<string> {
  return page.evaluate(() => window.__tcpArena?.scene ?? "");
}

export async function waitForScene(page: Page, key: string, timeoutMs = 45_000): Promise<void> {
  await page.waitForFunction((k) => window.__tcpArena?.scene === k, key, { timeout: timeoutMs });
}

export async function uiBoxes(page: Page): Promise<Record<string, UiBox>> {
  return page.evaluate(() => window.__tcpArena?.ui ?? {});
}

export async function waitForUi(page: Page, testId: string, timeoutMs = 45_000): Promise<UiBox> {
  await page.waitForFunction((id) => !!window.__tcpArena?.ui[id], testId, { timeout: timeoutMs });
  const box = (await uiBoxes(page))[testId];
  if (!box) throw new Error(`no control ${testId}`);
  return box;
}

/**
 * Clicks the middle of a control with the mouse (or a finger: Chromium sends pointer events),
 * once it is on, as a person would: a control that is off (a lobby still loading its scenario
 * list, say) takes no click.
 */
export async function clickUi(page: Page, testId: string, timeoutMs = 45_000): Promise<void> {
  await page.waitForFunction((id) => window.__tcpArena?.ui[id]?.enabled === true, testId, { timeout: timeoutMs });
  const box = await waitForUi(page, testId);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The id of the control that has the keyboard focus, if any. */
export async function focusedUi(page: Page): Promise<string | undefined> {
  const boxes = await uiBoxes(page);
  return Object.entries(boxes).find(([, b]) => b.focused)?.[0];
}

/** Presses Tab until `testId` has the focus (at most `limit` presses). */
export async function tabTo(page: Page, testId: string, limit = 30): Promise<void> {
  // The focus skips a control that is off: wait until it is on, as for a click.
  await page.waitForFunction((id) => window.__tcpArena?.ui[id]?.enabled === true, testId, { timeout: 45_000 });
  for (let i = 0; i < limit; i++) {
    if ((await focusedUi(page)) === testId) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${testId}`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Text drawn on the canvas is not in the DOM; the labels of the controls are. */
export async function visibleLabels(page: Page): Promise<string[]> {
  return Object.values(await uiBoxes(page)).map((b) => b.label);
}

/** Opens two players' pages (same options), runs `body`, and closes both whatever happens. */
export async function withTwoPlayers(
  browser: Browser,
  url: string,
  opts: OpenOptions,
  body: (host: GamePage, guest: GamePage) => Promise<void>,
): Promise<void> {
  const host = await openGame(browser, url, opts);
  const guest = await openGame(browser, url, opts);
  try {
    await body(host, guest);
  } finally {
    await host.context.close();
    await guest.context.close();
  }
}
