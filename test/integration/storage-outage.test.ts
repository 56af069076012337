// A server on PostgreSQL whose database goes away: the HTTP routes that read it answer 503
// with a typed code (match/storage-failed, class/storage-failed) instead of failing the
// request or the process, and the server goes on serving what needs no database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ColyseusTestServer } from "@colyseus/testing";
import { newMatchId } from "../../server/storage";
import { bootServer, httpUrl } from "./harness";
import { skipPostgres, startPostgres, type PostgresServer } from "./postgres-server";

let postgres: PostgresServer | null = null;
let server: ColyseusTestServer | null = null;

beforeAll(async () => {
  if (skipPostgres) return;
  postgres = await startPostgres();
  server = await bootServer({ databaseUrl: await postgres.createDatabase() });
  base = httpUrl(server);
}, 60_000);

afterAll(async () => {
  await server?.shutdown();
  await postgres?.stop();
});

let base = "";

describe.skipIf(skipPostgres)("a server whose PostgreSQL goes away", () => {
  it("answers 404 for an unknown replay while the database is up", async () => {
    expect((await fetch(`${base}/api/matches/${newMatchId()}/replay.json`)).status).toBe(404);
  });

  it("answers replays with 503 match/storage-failed and class lists with 503 class/storage-failed once it is gone, and still serves /healthz", async () => {
    await postgres!.stop();
    postgres = null;
    const replay = await fetch(`${base}/api/matches/${newMatchId()}/replay.json`);
    expect(replay.status).toBe(503);
    expect(await replay.json()).toMatchObject({ error: "match/storage-failed" });
    const classes = await fetch(`${base}/api/classes`, { headers: { authorization: `Bearer ${"A".repeat(32)}` } });
    expect(classes.status).toBe(503);
    expect(await classes.json()).toMatchObject({ error: "class/storage-failed" });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
