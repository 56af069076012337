import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ColyseusTestServer } from "@colyseus/testing";
import { bootServer, TEST_PORT } from "./harness";

const base = `http://127.0.0.1:${TEST_PORT}`;
let server: ColyseusTestServer;
let clientDir: string;

beforeAll(async () => {
  clientDir = mkdtempSync(path.join(tmpdir(), "tcp-arena-client-"));
  writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>TCP Arena</title>");
  mkdirSync(path.join(clientDir, "assets"));
  writeFileSync(path.join(clientDir, "assets", "main-abc123.js"), "console.log('hi')");
  server = await bootServer({ clientDir });
});

afterAll(async () => {
  await server.shutdown();
  rmSync(clientDir, { recursive: true, force: true });
});

describe("the HTTP side of the game's port", () => {
  it("GET /healthz answers ok as JSON", async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it("serves the built client's index.html at / and hashed assets with a long cache", async () => {
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get("content-type")).toContain("text/html");
    expect(await index.text()).toContain("TCP Arena");
    const asset = await fetch(`${base}/assets/main-abc123.js`);
    expect(asset.headers.get("content-type")).toContain("javascript");
    expect(asset.headers.get("cache-control")).toContain("immutable");
  });

  it("a link with ?room=CODE still gets the client page", async () => {
    const res = await fetch(`${base}/?room=ABCDE`);
    expect(await res.text()).toContain("TCP Arena");
  });

  it("never serves a file outside the client folder", async () => {
    const res = await fetch(`${base}/..%2f..%2fetc%2fpasswd`);
    expect(res.status).toBe(404);
  });
});
