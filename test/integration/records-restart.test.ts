// A finished match is kept in SQLite: its replay is still served after the server restarts.
// (Its own file: restarting the shared test server would leave the SDK's keep-alive
// connections pointing at the stopped one.)
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ColyseusTestServer } from "@colyseus/testing";
import { bootServer, httpUrl, pair, serverMatch } from "./harness";
import { autoplay } from "./autoplay";

const dir = mkdtempSync(join(tmpdir(), "tcp-arena-restart-"));
let server: ColyseusTestServer | null = null;
afterAll(async () => {
  await server?.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

/** A GET on a new connection (no keep-alive socket to the server that stopped). */
function freshGet(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.setTimeout(10_000, () => req.destroy(new Error("timeout")));
  });
}

describe("stored matches across a restart", () => {
  it("serves the replay and the capture of a match finished before the server restarted", async () => {
    const dbPath = join(dir, "arena.sqlite");
    server = await bootServer({ dbPath });
    const [a, b] = await pair(server, { scenarioId: "handshake", difficulty: "standard", timeFactor: 50 });
    const playA = autoplay(server, a, "A");
    const playB = autoplay(server, b, "B");
    a.send("ready", { ready: true });
    b.send("ready", { ready: true });
    await Promise.all([playA.finished, playB.finished]);
    await a.waitFor("phase finished", () => a.state.phase === "finished");
    const id: string = a.state.matchId;
    const ladder = JSON.parse(JSON.stringify(serverMatch(server, a)!.ladder));
    await server.shutdown();
    server = null;

    server = await bootServer({ dbPath });
    const base = httpUrl(server);
    const replay = await freshGet(`${base}/api/matches/${id}/replay.json`);
    expect(replay.status).toBe(200);
    expect(JSON.parse(replay.body).ladder).toEqual(ladder);
    const pcap = await freshGet(`${base}/api/matches/${id}/capture.pcap`);
    expect(pcap.status).toBe(200);
  });
});
