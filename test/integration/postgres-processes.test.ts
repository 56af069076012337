// Beyond one machine: two server processes (server/main.ts, configured by env only) share a
// private Redis (rooms, matchmaking) and a throwaway PostgreSQL (every record). A match
// played across them is stored once and its replay is served by either; a class made on one
// is listed and reported by the other. Skipped where redis-server or PostgreSQL is missing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColyseusSDK } from "@colyseus/sdk";
import { MATCH_ROOM } from "../../shared/protocol";
import type { ClassReport, ClassSummary } from "../../shared/protocol/classroom";
import { getScenario } from "../../shared/scenarios";
import { Player } from "./harness";
import { freePorts } from "../free-port";
import { viewAutoplay } from "./autoplay";
import { startChildServer, type ChildServer } from "./child-server";
import { browserIdOf, hostClass, joinClass } from "./class-client";
import { skipPostgres, startPostgres, type PostgresServer } from "./postgres-server";
import { haveRedis, startRedis, type RedisServer } from "./redis-server";

/** Ports free when the file starts (test/free-port.ts): Redis's, and the two servers' (each names its own in PUBLIC_ADDRESS). */
let REDIS_PORT = 0;
let PORTS: number[] = [];
const handshake = getScenario("handshake")!;
const skip = (!haveRedis() || skipPostgres) && !process.env.CI;

let redis: RedisServer | null = null;
let postgres: PostgresServer | null = null;
let db: pg.Pool | null = null;
const servers: ChildServer[] = [];
let dir = "";

beforeAll(async () => {
  if (skip) return;
  dir = mkdtempSync(path.join(tmpdir(), "tcp-arena-pg-redis-"));
  [REDIS_PORT = 0, ...PORTS] = await freePorts(3);
  redis = await startRedis(REDIS_PORT, dir);
  postgres = await startPostgres();
  const url = await postgres.createDatabase();
  db = new pg.Pool({ connectionString: url, max: 2 });
  // Started together, as a deployment would: both migrate the one database, in turns.
  servers.push(
    ...(await Promise.all(
      PORTS.map((port) =>
        startChildServer(port, {
          REDIS_URL: redis!.url,
          DATABASE_URL: url,
          PUBLIC_ADDRESS: `127.0.0.1:${port}`,
          ROOM_SECRET: "shared-by-both-processes",
        }),
      ),
    )),
  );
}, 90_000);

afterAll(async () => {
  for (const s of servers) await s.stop();
  await db?.end();
  await postgres?.stop();
  await redis?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const get = async (port: number, url: string, key?: string) => {
  const res = await fetch(`http://127.0.0.1:${port}${url}`, key ? { headers: { authorization: `Bearer ${key}` } } : {});
  return { status: res.status, body: await res.text() };
};

// CI installs redis-server and postgresql (.ci/run), so there a missing binary fails instead of skipping.
describe.skipIf(skip)("two server processes sharing Redis and PostgreSQL", () => {
  it("both say they keep their records in PostgreSQL", () => {
    for (const s of servers) expect(s.output()).toMatch(/server\.listening .*storage=postgres/);
  });

  it("stores a match played across the two processes once, and either serves its replay and capture", { timeout: 60_000 }, async () => {
    const one = new ColyseusSDK(`ws://127.0.0.1:${PORTS[0]}`);
    const two = new ColyseusSDK(`ws://127.0.0.1:${PORTS[1]}`);
    const a = new Player(
      await one.create(MATCH_ROOM, {
        mode: "private",
        name: "alice",
        settings: { scenarioId: "handshake", difficulty: "guided", timeFactor: 50 },
      }),
    );
    const b = new Player(await two.joinById(a.room.roomId, { name: "bob" }));
    await b.waitFor("welcome", () => b.welcome);
    await a.waitFor("bob seen by alice", () => a.state.seats.get("B").name === "bob");
    const playA = viewAutoplay(a, handshake);
    const playB = viewAutoplay(b, handshake);
    a.send("ready", { ready: true });
    b.send("ready", { ready: true });
    await Promise.all([playA.finished, playB.finished]);
    await a.waitFor("phase finished", () => a.state.phase === "finished");
    const id: string = a.state.matchId;

    // The save goes out when the match ends; poll (bounded) until it has landed.
    let stored = 0;
    for (let i = 0; i < 50 && stored === 0; i++) {
      stored = Number((await db!.query("SELECT COUNT(*) AS n FROM matches WHERE id = $1", [id])).rows[0].n);
      if (stored === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(stored).toBe(1);
    const replays = await Promise.all(PORTS.map((port) => get(port, `/api/matches/${id}/replay.json`)));
    for (const r of replays) expect(r.status).toBe(200);
    expect(JSON.parse(replays[0]!.body)).toEqual(JSON.parse(replays[1]!.body));
    expect(JSON.parse(replays[0]!.body)).toMatchObject({ id, scenarioId: "handshake", ended: { reason: "goal" } });
    for (const port of PORTS) expect((await get(port, `/api/matches/${id}/capture.pcap`)).status).toBe(200);
    // The match left the journal: nothing for either process to bring back after a restart. It
    // leaves once its save has settled, in the journal's next batch: poll (bounded) for that too.
    let live = 1;
    for (let i = 0; i < 50 && live !== 0; i++) {
      live = Number((await db!.query("SELECT COUNT(*) AS n FROM live_matches WHERE id = $1", [id])).rows[0].n);
      if (live !== 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(live).toBe(0);
    await Promise.all([a.room.leave(), b.room.leave()]);
  });

  it("lists and reports on one process a class made on the other, with a student who joined through the first", {
    timeout: 60_000,
  }, async () => {
    const one = { sdk: new ColyseusSDK(`http://127.0.0.1:${PORTS[0]}`) };
    const teacher = await hostClass(one, {
      setup: { name: "7B", rounds: [{ scenarioId: "handshake", difficulty: "guided", timeLimitSeconds: 120 }] },
    });
    const w = teacher.welcome!;
    const student = await joinClass(one, w.code, { name: "ana", browserId: browserIdOf(1) });
    await teacher.waitFor("ana on the roster", () => teacher.roster.size === 1);

    let listed: ClassSummary[] = [];
    for (let i = 0; i < 50 && !listed.some((c) => c.students === 1); i++) {
      const res = await get(PORTS[1]!, "/api/classes", w.hostKey);
      expect(res.status).toBe(200);
      listed = JSON.parse(res.body) as ClassSummary[];
      if (!listed.some((c) => c.students === 1)) await new Promise((r) => setTimeout(r, 100));
    }
    expect(listed).toEqual([expect.objectContaining({ id: w.classId, code: w.code, name: "7B", students: 1 })]);
    const report = await get(PORTS[1]!, `/api/classes/${w.classId}/report.json`, w.hostKey);
    expect(report.status).toBe(200);
    expect((JSON.parse(report.body) as ClassReport).students.map((s) => s.name)).toEqual(["ana"]);
    // Another teacher's key opens nothing there.
    expect((await get(PORTS[1]!, `/api/classes/${w.classId}/report.json`, "B".repeat(32))).status).toBe(404);
    await Promise.all([student.room.leave(), teacher.room.leave()]);
  });
});

describe("a server given a database it cannot use", () => {
  const start = (env: Record<string, string>) =>
    spawnSync(process.execPath, ["--import", "tsx", "server/main.ts"], {
      cwd: path.resolve(import.meta.dirname, "../.."),
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", VITEST: "", LOG_LEVEL: "info", ...env },
      encoding: "utf8",
      timeout: 30_000,
    });

  it("stops with storage/not-a-postgres-url for a DATABASE_URL of another scheme, and does not print its password", () => {
    const run = start({ DATABASE_URL: "mysql://root:hunter2@127.0.0.1/arena" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/server\.start-failed code=storage\/not-a-postgres-url/);
    expect(run.stderr + run.stdout).not.toContain("hunter2");
    expect(run.stdout).not.toContain("server.listening");
  });

  let unused = 0;
  beforeAll(async () => {
    unused = (await freePorts(1))[0]!;
  });

  it("stops with an error naming the connection when PostgreSQL does not answer", () => {
    // A port nothing listens on at this moment.
    const run = start({ DATABASE_URL: `postgres://arena:secret@127.0.0.1:${unused}/arena` });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/server\.start-failed .*ECONNREFUSED/);
    expect(run.stderr + run.stdout).not.toContain("secret");
  });
});
