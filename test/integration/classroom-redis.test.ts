// One class over two server processes sharing Redis (and one database file): the teacher is
// on one process, half the class joins through the other, the pairs' matches are created
// where the matchmaker puts them, and the teacher's dashboard still follows every pair.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColyseusSDK } from "@colyseus/sdk";
import { getScenario } from "../../shared/scenarios";
import { PAIR_FINISHED } from "../../shared/protocol/classroom";
import { freePorts } from "../free-port";
import { viewAutoplay } from "./autoplay";
import { startChildServer, type ChildServer } from "./child-server";
import { browserIdOf, hostClass, joinClass, takeSeat, type ClassClient } from "./class-client";
import { haveRedis, startRedis, type RedisServer } from "./redis-server";

/** Redis's and the two processes' ports, free when the file starts: each is told its own before it starts. */
let redisPort = 0;
let ports: number[] = [];
const handshake = getScenario("handshake")!;
let redis: RedisServer | null = null;
const servers: ChildServer[] = [];
let dir = "";

beforeAll(async () => {
  if (!haveRedis()) return;
  const [forRedis, ...forServers] = await freePorts(3);
  redisPort = forRedis!;
  ports = forServers;
  dir = mkdtempSync(path.join(tmpdir(), "tcp-arena-class-redis-"));
  redis = await startRedis(redisPort, dir);
  for (const port of ports) {
    servers.push(
      await startChildServer(port, {
        REDIS_URL: redis.url,
        PUBLIC_ADDRESS: `127.0.0.1:${port}`,
        ROOM_SECRET: "shared-by-both-processes",
        DB_PATH: path.join(dir, "arena.sqlite"),
      }),
    );
  }
}, 60_000);

afterAll(async () => {
  for (const s of servers) await s.stop();
  await redis?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// CI installs redis-server (.ci/run), so there a missing binary fails instead of skipping.
describe.skipIf(!haveRedis() && !process.env.CI)("a class over two processes behind Redis", () => {
  it("students on both processes play a round and the dashboard sees every pair", { timeout: 120_000 }, async () => {
    const one = { sdk: new ColyseusSDK(`http://127.0.0.1:${ports[0]}`) };
    const two = { sdk: new ColyseusSDK(`http://127.0.0.1:${ports[1]}`) };
    const teacher = await hostClass(one, {
      setup: { rounds: [{ scenarioId: "handshake", difficulty: "guided", timeLimitSeconds: 120 }], botPartner: true },
    });
    const code = teacher.welcome!.code;
    const students: Array<[ClassClient, typeof one]> = [];
    for (let i = 0; i < 7; i++) {
      const via = i % 2 === 0 ? one : two;
      students.push([await joinClass(via, code, { name: `p${i}`, browserId: browserIdOf(i) }), via]);
    }
    await teacher.waitFor("7 students", () => teacher.roster.size === 7);
    teacher.send("startRound");
    const pairs = await teacher.waitFor("pairs", () => teacher.pairs);
    expect(pairs.pairs).toHaveLength(4);
    await Promise.all(
      students.map(async ([s, via]) => {
        const seat = await s.waitFor("seat", () => s.seat);
        const player = await takeSeat(via, seat);
        await viewAutoplay(player, handshake, { timeoutMs: 40_000 }).finished;
      }),
    );
    const board = await teacher.waitFor("leaderboard", () => teacher.leaderboard, 30_000);
    expect(board.of).toBe(7);
    expect(teacher.rows.size).toBe(4);
    for (const row of teacher.rows.values()) expect(row[6] & PAIR_FINISHED).toBe(PAIR_FINISHED);
    // The pairs' matches were made on both processes: the dashboard did not depend on where.
    const made = servers.map((s) => (s.output().match(/room\.created .*mode=classroom/g) ?? []).length);
    expect(made[0]! + made[1]!).toBe(4);
    expect(made.every((n) => n > 0)).toBe(true);
  });
});
