// Limits per client address (server/http/guard.ts): rooms created, matchmaking requests
// (random room codes included) and WebSocket connections a minute, and the body size. Each
// refusal is immediate, has its code and creates nothing. The server here runs with small
// limits so the test stays short; the defaults are in DEFAULT_LIMITS.
import http from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ColyseusTestServer } from "@colyseus/testing";
import { bootServer, httpUrl } from "./harness";
import { MATCH_ROOM } from "../../shared/protocol";

let server: ColyseusTestServer;
let base = "";
const LIMITS = { createPerMinute: 10, matchmakePerMinute: 40, connectPerMinute: 30, maxBodyBytes: 8 * 1024 };

beforeAll(async () => {
  server = await bootServer({ limits: LIMITS });
  base = httpUrl(server);
});
afterEach(async () => {
  await server.cleanup();
});
afterAll(async () => {
  await server.shutdown();
});

const post = (path: string, body: unknown) =>
  fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

async function roomCount(): Promise<number> {
  const { matchMaker } = await import("@colyseus/core");
  return (await matchMaker.query({ name: MATCH_ROOM })).length;
}

describe("limits per address", () => {
  it("room creation over HTTP without ever connecting: the first ten are made, the rest get 429 join/too-many and create nothing", async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, () => post(`/matchmake/create/${MATCH_ROOM}`, { mode: "private" })));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(LIMITS.createPerMinute);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - LIMITS.createPerMinute);
    const refused = answers.find((r) => r.status === 429)!;
    expect(await refused.json()).toMatchObject({ error: "join/too-many", limit: "create" });
    expect(await roomCount()).toBeLessThanOrEqual(LIMITS.createPerMinute);
  });

  it("with the SDK, creating past the limit rejects with join/too-many", async () => {
    // The previous test used this minute's creations already.
    await expect(server.sdk.create(MATCH_ROOM, { mode: "private" })).rejects.toMatchObject({ code: 429, message: "join/too-many" });
  });

  it("guessing room codes: matchmaking requests past the limit get 429, whatever the code", async () => {
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => post(`/matchmake/joinById/ZZZ${String(i).padStart(2, "2")}`, {})),
    );
    expect(answers.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(60 - LIMITS.matchmakePerMinute);
    expect(answers.some((r) => r.status !== 429)).toBe(false);
  });

  it("WebSocket connections past the limit are refused with 429 before the handshake", async () => {
    const statuses = await Promise.all(
      Array.from(
        { length: 45 },
        () =>
          new Promise<number>((resolve) => {
            const req = http.get(`${base}/abc/def?sessionId=x`, {
              headers: {
                connection: "Upgrade",
                upgrade: "websocket",
                "sec-websocket-version": "13",
                "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ==",
              },
            });
            req.on("upgrade", (_res, socket) => {
              socket.destroy();
              resolve(101);
            });
            req.on("response", (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            });
            req.on("error", () => resolve(-1));
          }),
      ),
    );
    expect(statuses.filter((s) => s === 429)).toHaveLength(45 - LIMITS.connectPerMinute);
  });
});

describe("request bodies", () => {
  it("a 5 MB body is refused with 413 from its Content-Length, before it is read", async () => {
    const t0 = performance.now();
    const status = await new Promise<number>((resolve) => {
      const req = http.request(`${base}/matchmake/create/${MATCH_ROOM}`, {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": 5 * 1024 * 1024 },
      });
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", () => resolve(-1));
      // Only the first bytes are ever sent: the answer must not wait for the rest.
      req.write("{" + " ".repeat(1000));
    });
    expect(status).toBe(413);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it("a chunked body without a length is refused with 411", async () => {
    const status = await new Promise<number>((resolve) => {
      const req = http.request(`${base}/matchmake/joinById/ABCDE`, {
        method: "POST",
        headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
      });
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", () => resolve(-1));
      req.write("{}");
    });
    expect(status).toBe(411);
  });
});
