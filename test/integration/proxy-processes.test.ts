// The deployment guide's reverse proxy, run: nginx in front of two server processes that share
// a private Redis and a throwaway PostgreSQL, configured as docs/guide/deployment.md shows
// (each process's WebSockets under its own path prefix, everything else to any process, no
// sticky sessions). Two players who only know the proxy's address play a match to its goal,
// and the replay is served through the proxy. Skipped where nginx, redis-server or PostgreSQL
// is missing.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColyseusSDK } from "@colyseus/sdk";
import { MATCH_ROOM } from "../../shared/protocol";
import { getScenario } from "../../shared/scenarios";
import { Player } from "./harness";
import { freePorts } from "../free-port";
import { viewAutoplay } from "./autoplay";
import { startChildServer, type ChildServer } from "./child-server";
import { skipPostgres, startPostgres, type PostgresServer } from "./postgres-server";
import { haveRedis, startRedis, type RedisServer } from "./redis-server";

const NGINX = "/usr/sbin/nginx";
/** Ports free when the file starts (test/free-port.ts): the proxy's, the two servers' and Redis's. */
let PROXY_PORT = 0;
let PORTS: number[] = [];
let REDIS_PORT = 0;
const handshake = getScenario("handshake")!;
const skip = (!existsSync(NGINX) || !haveRedis() || skipPostgres) && !process.env.CI;

/** The guide's server block, on plain HTTP at PROXY_PORT, in a config nginx can run unprivileged from `dir`. */
function nginxConfig(dir: string): string {
  const prefixes = PORTS.map(
    (port, i) => `
    location /p${i + 1}/ {
        proxy_pass http://127.0.0.1:${port};
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection $connection_upgrade;
        proxy_read_timeout 1h;
        proxy_send_timeout 1h;
    }`,
  );
  return `
${process.getuid?.() === 0 ? "user root;" : ""}
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    upstream arena_any {
${PORTS.map((port) => `        server 127.0.0.1:${port};`).join("\n")}
    }
    map $http_upgrade $connection_upgrade {
        default upgrade;
        ''      close;
    }
    server {
        listen 127.0.0.1:${PROXY_PORT};
        proxy_http_version 1.1;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $remote_addr;
${prefixes.join("\n")}
        location / {
            proxy_pass http://arena_any;
            proxy_next_upstream error timeout http_502 http_503;
        }
    }
}
`;
}

let dir = "";
let redis: RedisServer | null = null;
let nginx: ChildProcess | null = null;
let postgres: PostgresServer | null = null;
const servers: ChildServer[] = [];

beforeAll(async () => {
  if (skip) return;
  dir = mkdtempSync(path.join(tmpdir(), "tcp-arena-proxy-"));
  const [proxy = 0, one = 0, two = 0, forRedis = 0] = await freePorts(4);
  [PROXY_PORT, PORTS, REDIS_PORT] = [proxy, [one, two], forRedis];
  redis = await startRedis(REDIS_PORT, dir);
  postgres = await startPostgres();
  const url = await postgres.createDatabase();
  for (const [i, port] of PORTS.entries()) {
    servers.push(
      await startChildServer(port, {
        REDIS_URL: redis.url,
        DATABASE_URL: url,
        PUBLIC_ADDRESS: `127.0.0.1:${PROXY_PORT}/p${i + 1}`,
        ROOM_SECRET: "shared-by-both-processes",
        TRUST_PROXY: "1",
      }),
    );
  }
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(conf, nginxConfig(dir));
  nginx = spawn(NGINX, ["-p", dir, "-c", conf], { stdio: ["ignore", "ignore", "inherit"] });
  // Ready when /healthz answers through it (bounded).
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${PROXY_PORT}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (nginx.exitCode !== null) throw new Error(`nginx exited with ${nginx.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}, 90_000);

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const done = new Promise((r) => nginx!.once("exit", r));
    nginx.kill("SIGQUIT");
    const hard = setTimeout(() => nginx!.kill("SIGKILL"), 5_000);
    await done;
    clearTimeout(hard);
  }
  for (const s of servers) await s.stop();
  await postgres?.stop();
  await redis?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// CI installs nginx-light, redis-server and postgresql (.ci/run): there a missing one fails instead.
describe.skipIf(skip)("two processes behind the guide's nginx configuration", () => {
  it("players who know only the proxy play a match to its goal, and its replay comes through the proxy", { timeout: 60_000 }, async () => {
    const viaProxy = () => new ColyseusSDK(`http://127.0.0.1:${PROXY_PORT}`);
    const a = new Player(
      await viaProxy().create(MATCH_ROOM, {
        mode: "private",
        name: "alice",
        settings: { scenarioId: "handshake", difficulty: "guided", timeFactor: 50 },
      }),
    );
    const b = new Player(await viaProxy().joinById(a.room.roomId, { name: "bob" }));
    await b.waitFor("welcome", () => b.welcome);
    await a.waitFor("bob seen by alice", () => a.state.seats.get("B").name === "bob");
    // The room lives on exactly one process, and both sockets went to it through its prefix.
    const holders = servers.filter((s) => s.output().includes(`room.created room=${a.room.roomId}`));
    expect(holders).toHaveLength(1);
    const playA = viewAutoplay(a, handshake);
    const playB = viewAutoplay(b, handshake);
    a.send("ready", { ready: true });
    b.send("ready", { ready: true });
    const [endA] = await Promise.all([playA.finished, playB.finished]);
    expect(endA.ended?.reason).toBe("goal");
    await a.waitFor("phase finished", () => a.state.phase === "finished");
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await fetch(`http://127.0.0.1:${PROXY_PORT}/api/matches/${a.state.matchId}/replay.json`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
    await Promise.all([a.room.leave(), b.room.leave()]);
  });
});
