import { mkdtempSync, rmSync, writeFileSync, mkdirSync, utimesSync } from "node:fs";
import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ColyseusTestServer } from "@colyseus/testing";
import { bootServer, httpUrl } from "./harness";
import { precompressDir } from "../../scripts/precompress.ts";

let server: ColyseusTestServer;
let base = "";
let clientDir: string;

/** A script big enough for compression to pay, as the build's scripts are. */
const SCRIPT = Array.from({ length: 200 }, (_, i) => `console.log("segment ${i}", ${i} * 2);`).join("\n");
/** A file edited after the build: its precompressed copies are stale. */
const EDITED = "console.log('edited after the build');".repeat(40);

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A raw request (fetch would decode the body and hide content-encoding). */
function get(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<Reply> {
  return new Promise((resolve, reject) => {
    request(`${base}${url}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

beforeAll(async () => {
  clientDir = mkdtempSync(path.join(tmpdir(), "tcp-arena-client-"));
  writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>TCP Arena</title>");
  mkdirSync(path.join(clientDir, "assets"));
  writeFileSync(path.join(clientDir, "assets", "main-abc123.js"), SCRIPT);
  writeFileSync(path.join(clientDir, "assets", "edited-abc123.js"), EDITED);
  await precompressDir(clientDir);
  // Edited after the build, one second later than its precompressed copies.
  const later = new Date(Date.now() + 1000);
  writeFileSync(path.join(clientDir, "assets", "edited-abc123.js"), EDITED + "\n");
  utimesSync(path.join(clientDir, "assets", "edited-abc123.js"), later, later);
  server = await bootServer({ clientDir });
  base = httpUrl(server);
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
    const zipped = await get("/assets/main-abc123.js", { "accept-encoding": "gzip, deflate" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(Number(zipped.headers["content-length"])).toBe(zipped.body.length);
    expect(gunzipSync(zipped.body).toString()).toBe(SCRIPT);
    const plain = await get("/assets/main-abc123.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it("sends the brotli copy to a browser that accepts br, whatever the order of its list", async () => {
    for (const accept of ["gzip, deflate, br, zstd", "br", "br;q=0.5, gzip;q=0.9"]) {
      const res = await get("/assets/main-abc123.js", { "accept-encoding": accept });
      expect(res.status).toBe(200);
      expect(res.headers["content-encoding"]).toBe("br");
      expect(res.headers["content-type"]).toContain("javascript");
      expect(res.headers.vary).toBe("accept-encoding");
      expect(Number(res.headers["content-length"])).toBe(res.body.length);
      expect(res.body.length).toBeLessThan(SCRIPT.length);
      expect(brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
    }
  });

  it("honours q=0: br refused gets gzip, both refused or identity only gets the plain file", async () => {
    const noBr = await get("/assets/main-abc123.js", { "accept-encoding": "br;q=0, gzip" });
    expect(noBr.headers["content-encoding"]).toBe("gzip");
    for (const accept of ["br;q=0, gzip;q=0", "identity", ""]) {
      const res = await get("/assets/main-abc123.js", { "accept-encoding": accept });
      expect(res.headers["content-encoding"]).toBeUndefined();
      expect(Number(res.headers["content-length"])).toBe(SCRIPT.length);
      expect(res.body.toString()).toBe(SCRIPT);
    }
  });

  it("sends the plain file, not a stale copy, when the file is newer than its precompressed copies", async () => {
    const res = await get("/assets/edited-abc123.js", { "accept-encoding": "gzip, br" });
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.body.toString()).toBe(EDITED + "\n");
  });

  it("gives each encoding its own ETag and answers a matching If-None-Match with an empty 304", async () => {
    const tags = new Set<string>();
    for (const accept of ["br", "gzip", "identity"]) {
      const first = await get("/assets/main-abc123.js", { "accept-encoding": accept });
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+(-br|-gzip)?"$/);
      tags.add(etag);
      const again = await get("/assets/main-abc123.js", { "accept-encoding": accept, "if-none-match": etag });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers.etag).toBe(etag);
      expect(again.headers["cache-control"]).toContain("immutable");
      expect(again.headers.vary).toBe("accept-encoding");
    }
    expect(tags.size).toBe(3);
    const index = await get("/");
    expect((await get("/", { "if-none-match": `"other", W/${String(index.headers.etag)}` })).status).toBe(304);
    expect((await get("/", { "if-none-match": "*" })).status).toBe(304);
  });

  it("sends the whole body again for an ETag that does not match, or a request that says no-cache", async () => {
    const res = await get("/assets/main-abc123.js", { "accept-encoding": "br", "if-none-match": '"0-0-br"' });
    expect(res.status).toBe(200);
    expect(brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
    const etag = String(res.headers.etag);
    const noCache = await get("/assets/main-abc123.js", {
      "accept-encoding": "br",
      "if-none-match": etag,
      "cache-control": "no-cache",
    });
    expect(noCache.status).toBe(200);
    expect(noCache.body.length).toBe(Number(noCache.headers["content-length"]));
  });

  it("answers HEAD with the headers of the GET and no body", async () => {
    for (const accept of ["br", "gzip", "identity"]) {
      const got = await get("/assets/main-abc123.js", { "accept-encoding": accept });
      const head = await get("/assets/main-abc123.js", { "accept-encoding": accept }, "HEAD");
      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
      for (const h of ["content-type", "content-length", "content-encoding", "etag", "cache-control", "vary"]) {
        expect(head.headers[h]).toBe(got.headers[h]);
      }
    }
  });

  it("answers any other method on a client file with 404", async () => {
    expect((await get("/assets/main-abc123.js", {}, "DELETE")).status).toBe(404);
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
