// The production build of the server (scripts/bundle-server.ts, what `npm start` runs) as a
// player meets it: its own process, /healthz, the client's files found from the compiled
// file's place, and a quick match over WebSocket.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleServer } from "../../scripts/bundle-server.ts";
import { listeningPort } from "./child-server";
import { ensureClientBuilt } from "../browser/harness";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// Inside the project, as dist/server/main.js is, so it finds client/dist the same way.
const OUT_DIR = path.join(ROOT, "dist", `test-${process.pid}`);
const ENTRY = path.join(OUT_DIR, "server", "main.js");
const INDEX = path.join(ROOT, "client/dist/index.html");
let base = "";
let child: ChildProcess;
let output = "";

beforeAll(async () => {
  // The client's files must be there to be served: built here when they are missing or older
  // than the sources (the browser tests, which run later, then find them up to date). No
  // server runs in this process, so the synchronous build blocks nothing under test.
  ensureClientBuilt();
  await bundleServer(ROOT, ENTRY);
  child = spawn(process.execPath, [ENTRY], {
    cwd: ROOT,
    // Port 0: the system picks a free one, and the server's listening line names it.
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DB_PATH: ":memory:", VITEST: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  for (let i = 0; i < 300 && !output.includes("server.listening"); i++) {
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!output.includes("server.listening")) throw new Error(`compiled server did not start:\n${output}`);
  base = `http://127.0.0.1:${listeningPort(output)}`;
}, 240_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
  rmSync(OUT_DIR, { recursive: true, force: true });
});

describe("the compiled server", () => {
  it("is one ES module with the packages left as imports", () => {
    const code = readFileSync(ENTRY, "utf8");
    expect(code).toMatch(/from "@colyseus\/core"/);
    expect(code).not.toMatch(/from "\.\.?\//); // our own modules are all bundled in
    expect(existsSync(ENTRY + ".map")).toBe(true);
  });

  it("answers /healthz with ok", async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it("serves the built client from client/dist beside the project, not beside its own file", async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(readFileSync(INDEX, "utf8"));
  });

  it("puts two quick-match players in one room and welcomes both", async () => {
    const sdk = new Client(base);
    const welcomed: string[] = [];
    const a = await sdk.joinOrCreate("match", { mode: "quick", name: "alpha" });
    a.onMessage("welcome", () => welcomed.push("alpha"));
    const b = await sdk.joinOrCreate("match", { mode: "quick", name: "bravo" });
    b.onMessage("welcome", () => welcomed.push("bravo"));
    for (let i = 0; i < 100 && welcomed.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect(b.roomId).toBe(a.roomId);
    expect(welcomed.sort()).toEqual(["alpha", "bravo"]);
    await a.leave();
    await b.leave();
  });
});
