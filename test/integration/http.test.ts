import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { request } from "node:http";
import { gunzipSync } from "node:zlib";
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

  it("sends scripts gzipped to a browser that accepts gzip, and plain to one that does not", async () => {
    const get = (encoding: string | null) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        const headers: Record<string, string> = encoding ? { "accept-encoding": encoding } : {};
        request(`${base}/assets/main-abc123.js`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
          .on("error", reject)
          .end();
      });
    const zipped = await get("gzip, deflate, br");
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(Number(zipped.headers["content-length"])).toBe(zipped.body.length);
    expect(gunzipSync(zipped.body).toString()).toBe("console.log('hi')");
    const plain = await get(null);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe("console.log('hi')");
  });

  it("answers a malformed %-escape with 404 and keeps serving", async () => {
    expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it("never serves a file outside the client folder", async () => {
    const res = await fetch(`${base}/..%2f..%2fetc%2fpasswd`);
    expect(res.status).toBe(404);
  });
});
