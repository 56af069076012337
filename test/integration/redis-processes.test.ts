// "More processes share the load through Redis, with no code change beyond configuration":
// two server processes (server/main.ts, configured by env only) share a private Redis; a
// player creates a room on one, a friend joins it by code through the other, and they play
// the handshake to its goal. Skipped where Debian's redis-server is not installed.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColyseusSDK } from "@colyseus/sdk";
import { Player } from "./harness";
import { freePorts } from "../free-port";
import { MATCH_ROOM } from "../../shared/protocol";
import { getScenario } from "../../shared/scenarios";
import { viewAutoplay } from "./autoplay";
import { printed, stopChild } from "./child-server";
import { haveRedis, startRedis, type RedisServer } from "./redis-server";

const handshake = getScenario("handshake")!;

/** Redis's and the two processes' ports, free when the file starts: each is told its own before it starts. */
let redisPort = 0;
let ports: number[] = [];
const root = path.resolve(import.meta.dirname, "../..");
const children: ChildProcess[] = [];
let redis: RedisServer | null = null;
let dir = "";

beforeAll(async () => {
  if (!haveRedis()) return;
  const [forRedis, ...forServers] = await freePorts(3);
  redisPort = forRedis!;
  ports = forServers;
  dir = mkdtempSync(path.join(tmpdir(), "tcp-arena-redis-"));
  redis = await startRedis(redisPort, dir);
  for (const port of ports) {
    const server = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        REDIS_URL: redis.url,
        PUBLIC_ADDRESS: `127.0.0.1:${port}`,
        ROOM_SECRET: "shared-by-both-processes",
        DB_PATH: ":memory:",
        LOG_LEVEL: "info",
        BOT_THINK_MS: "5",
        VITEST: "",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(server);
    await printed(server, "server.listening");
  }
}, 60_000);

afterAll(async () => {
  for (const child of children.reverse()) await stopChild(child);
  await redis?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// CI installs redis-server (.ci/run), so there a missing binary fails instead of skipping.
describe.skipIf(!haveRedis() && !process.env.CI)("several server processes behind Redis", () => {
  it("a room created on one process is joined by code through the other, and the match is played", async () => {
    const one = new ColyseusSDK(`ws://127.0.0.1:${ports[0]}`);
    const two = new ColyseusSDK(`ws://127.0.0.1:${ports[1]}`);
    const a = new Player(
      await one.create(MATCH_ROOM, {
        mode: "private",
        name: "alice",
        settings: { scenarioId: "handshake", difficulty: "guided", timeFactor: 50 },
      }),
    );
    const b = new Player(await two.joinById(a.room.roomId, { name: "bob" }));
    await b.waitFor("welcome", () => b.welcome);
    expect(b.welcome).toMatchObject({ you: "B", code: a.room.roomId });
    await a.waitFor("bob seen by alice", () => a.state.seats.get("B").name === "bob");
    // Both play from their own views only (guided mode), as a browser would.
    const playA = viewAutoplay(a, handshake);
    const playB = viewAutoplay(b, handshake);
    a.send("ready", { ready: true });
    b.send("ready", { ready: true });
    const [, endB] = await Promise.all([playA.finished, playB.finished]);
    const end = endB.ended!;
    expect(end.reason).toBe("goal");
    expect(b.view!.goalReached).toBe(true);
  });
});
