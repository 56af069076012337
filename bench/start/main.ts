// npm run bench:start: how long `npm start` takes to its first 200 on /healthz, in a fresh
// copy of the project (cold: it builds the client and the server) and again in the same
// copy (warm: the build stamp matches, nothing is rebuilt); then the bytes the server sends
// for the client's main script with br, gzip and identity; and, for comparison, how long
// `npm run dev` (the server through tsx) takes to the same 200. Figures only, never pass/fail.
//   npm run bench:start -- --warm-runs 3
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { request } from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { countOption } from "../options";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const START_TIMEOUT_MS = 300_000;
const POLL_MS = 20;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === "object" && addr ? addr.port : 0));
    });
  });
}

/** The project's files as a fresh clone has them (tracked and new, not ignored), node_modules linked. */
function freshCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "tcp-arena-start-"));
  const ls = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" });
  if (ls.status !== 0) throw new Error(`git ls-files failed: ${ls.stderr}`);
  for (const rel of ls.stdout.split("\0").filter(Boolean)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    try {
      copyFileSync(path.join(ROOT, rel), path.join(dir, rel));
    } catch {
      // a file deleted but not yet committed
    }
  }
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, timeout: 5000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end();
  });
}

interface Started {
  child: ChildProcess;
  ms: number;
  output: () => string;
}

/** Runs `npm start` (or another npm script) in `dir` and waits for the first 200 on /healthz. */
async function start(dir: string, port: number, script = "start"): Promise<Started> {
  let output = "";
  const t0 = performance.now();
  const child = spawn("npm", ["run", script], {
    cwd: dir,
    detached: true, // its own process group, stopped as one below
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DB_PATH: path.join(dir, "bench.sqlite") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  while (performance.now() - t0 < START_TIMEOUT_MS) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
    const ok = await get(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return { child, ms: performance.now() - t0, output: () => output };
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  await stop(child);
  throw new Error(`no 200 on /healthz within ${START_TIMEOUT_MS} ms:\n${output}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  process.kill(-child.pid, "SIGTERM");
  const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, "SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Body bytes of the page's main script for each Accept-Encoding. */
async function scriptBytes(port: number): Promise<{ script: string; sizes: Record<string, number> }> {
  const index = (await get(`http://127.0.0.1:${port}/`)).body.toString();
  const script = /<script[^>]*type="module"[^>]*src="\.?\/?([^"]+)"/.exec(index)?.[1];
  if (!script) throw new Error("no module script in index.html");
  const sizes: Record<string, number> = {};
  for (const enc of ["br", "gzip", "identity"]) {
    const res = await get(`http://127.0.0.1:${port}/${script}`, { "accept-encoding": enc });
    if (res.status !== 200) throw new Error(`${script} with ${enc}: HTTP ${res.status}`);
    sizes[enc] = res.body.length;
  }
  return { script, sizes };
}

const buildLines = (out: string): string =>
  out
    .split("\n")
    .filter((l) => /^(client|server): /.test(l))
    .join("; ");

async function main(): Promise<void> {
  const { values: args } = parseArgs({ args: process.argv.slice(2), options: { "warm-runs": { type: "string" } } });
  const warmRuns = countOption("warm-runs", args["warm-runs"], 3);
  const dir = freshCopy();
  const port = await freePort();
  try {
    const cold = await start(dir, port);
    const bytes = await scriptBytes(port);
    await stop(cold.child);
    console.log(`cold start (fresh copy, builds): ${(cold.ms / 1000).toFixed(2)} s to the first 200 on /healthz`);
    console.log(`  ${buildLines(cold.output())}`);
    const warm: number[] = [];
    for (let i = 0; i < warmRuns; i++) {
      const run = await start(dir, port);
      await stop(run.child);
      if (/built in/.test(run.output())) throw new Error(`warm start rebuilt:\n${run.output()}`);
      warm.push(run.ms);
    }
    const sorted = [...warm].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    console.log(
      `warm start (nothing to build): median ${(median / 1000).toFixed(2)} s over ${warmRuns} (${warm.map((m) => (m / 1000).toFixed(2)).join(", ")} s)`,
    );
    const dev: number[] = [];
    for (let i = 0; i < warmRuns; i++) {
      const run = await start(dir, port, "dev");
      await stop(run.child);
      dev.push(run.ms);
    }
    const devMedian = [...dev].sort((a, b) => a - b)[Math.floor(dev.length / 2)] ?? 0;
    console.log(
      `for comparison, npm run dev (tsx, no build): median ${(devMedian / 1000).toFixed(2)} s over ${warmRuns} (${dev.map((m) => (m / 1000).toFixed(2)).join(", ")} s)`,
    );
    console.log(`main script ${bytes.script}:`);
    for (const [enc, n] of Object.entries(bytes.sizes)) {
      console.log(`  ${enc.padEnd(8)} ${String(n).padStart(9)} bytes (${(n / 1024).toFixed(1)} KiB)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
