// A match in progress survives `kill -9` of its server: a real server process (server/main.ts)
// journals each match's inputs as they happen; after the crash a new process replays them,
// and every player who presents the resume secret from `welcome` returns to the same seat
// with the same view, and the match plays on to its end. A match nobody returns to ends
// cleanly, its partial results saved like any finished match. The same on SQLite and on
// PostgreSQL (a throwaway cluster; skipped where PostgreSQL is not installed).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColyseusSDK } from "@colyseus/sdk";
import { Player } from "./harness";
import { listeningPort } from "./child-server";
import { viewAutoplay } from "./autoplay";
import { MATCH_ROOM } from "../../shared/protocol";
import { getScenario } from "../../shared/scenarios";
import type { PlayerView } from "../../shared/match/types";
import { skipPostgres, startPostgres, type PostgresServer } from "./postgres-server";

const root = path.resolve(import.meta.dirname, "../..");
const FLAGS = { syn: true, ack: false, fin: false, rst: false, psh: false };
let dir = "";
let child: ChildProcess | null = null;
/** The system's choice at a backend's first boot, kept for its restarts: the players come back to the same address. */
let port = 0;
/** Where the server keeps its records: DB_PATH or DATABASE_URL, set per backend below. */
let storageEnv: Record<string, string> = {};
let postgres: PostgresServer | null = null;

function started(proc: ChildProcess, marker: string, ms = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${marker}" within ${ms} ms`)), ms);
    let seen = "";
    proc.stdout!.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const line = seen.split("\n").find((l) => l.includes(marker));
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    });
    proc.once("exit", (code) => reject(new Error(`exited with ${code} before "${marker}"`)));
  });
}

/** A server process on `port` with the backend's storage; resolves with its "listening" line. */
async function boot(): Promise<string> {
  child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      ...storageEnv,
      LOG_LEVEL: "info",
      RESUME_WAIT_SECONDS: "3",
      BOT_THINK_MS: "5",
      VITEST: "",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = await started(child, "server.listening");
  port = listeningPort(line);
  return line;
}

async function killHard(): Promise<void> {
  const proc = child!;
  const exited = new Promise((r) => proc.once("exit", r));
  proc.kill("SIGKILL");
  await exited;
  child = null;
}

/** What a player must find again: seat, own side, score, checkpoint, ladder, wire. */
function essentials(view: PlayerView) {
  return { viewer: view.viewer, you: view.you, A: view.A, B: view.B, ladder: view.ladder, wire: view.wire, ended: view.ended };
}

const sdk = () => new ColyseusSDK(`ws://127.0.0.1:${port}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "tcp-arena-crash-"));
});
afterAll(async () => {
  if (child) await killHard();
  await postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const backends = [
  { name: "SQLite", skip: false, env: async () => ({ DB_PATH: path.join(dir, "arena.sqlite") }) },
  {
    name: "PostgreSQL",
    skip: skipPostgres,
    env: async () => {
      postgres ??= await startPostgres();
      return { DATABASE_URL: await postgres.createDatabase() };
    },
  },
];

for (const backend of backends)
  describe.skipIf(backend.skip)(`kill -9 in the middle of matches, records in ${backend.name}`, () => {
    beforeAll(async () => {
      storageEnv = await backend.env();
      port = 0;
    }, 60_000);
    afterAll(async () => {
      if (child) await killHard();
    });

    it("every player returns to the same seat and view, and the matches play on to their end", { timeout: 90_000 }, async () => {
      await boot();
      const scenario = getScenario("handshake")!;
      const rooms: { a: Player; b: Player }[] = [];
      for (let i = 0; i < 2; i++) {
        const a = new Player(
          await sdk().create(MATCH_ROOM, {
            mode: "private",
            name: `alice${i}`,
            settings: { scenarioId: "handshake", difficulty: "guided", timeFactor: 50 },
          }),
        );
        const b = new Player(await sdk().joinById(a.room.roomId, { name: `bob${i}` }));
        for (const p of [a, b]) p.room.reconnection.enabled = false; // the process is gone: no retry
        a.send("ready", { ready: true });
        b.send("ready", { ready: true });
        await a.waitFor("the first view", () => a.view);
        rooms.push({ a, b });
      }
      // Some history: in room 0, A has sent its SYN and answered the checkpoint.
      const { a: a0 } = rooms[0]!;
      a0.send("segment", { seq: a0.view!.A.iss, ack: 0, flags: FLAGS, data: "", clientSeq: 1 });
      await a0.waitFor("a checkpoint", () => a0.view?.you?.checkpoint);
      a0.send("declare", { state: "SYN_SENT", clientSeq: 2 });
      await a0.waitFor("SYN_SENT learnt", () => a0.view?.A.revealed === "SYN_SENT");
      await sleep(300); // the journal writes every 50 ms
      const before = rooms.map(({ a, b }) => ({ a: essentials(a.view!), b: essentials(b.view!), seats: [a.welcome!, b.welcome!] }));

      await killHard();
      const listening = await boot();
      expect(listening).toContain("recovered=2");

      for (const [i, { a, b }] of rooms.entries()) {
        const back = await Promise.all(
          [a, b].map(async (old) => {
            const p = new Player(await sdk().joinById(old.welcome!.code, { resume: old.welcome!.resume! }));
            await p.waitFor("the view again", () => p.view);
            return p;
          }),
        );
        const [a2, b2] = back as [Player, Player];
        expect(a2.welcome?.you).toBe(before[i]!.seats[0]!.you);
        expect(b2.welcome?.you).toBe(before[i]!.seats[1]!.you);
        expect(essentials(a2.view!)).toEqual(before[i]!.a);
        expect(essentials(b2.view!)).toEqual(before[i]!.b);
        await a2.waitFor("both seats connected", () => a2.state.seats.get("A").connected && a2.state.seats.get("B").connected);
        const [endA] = await Promise.all([viewAutoplay(a2, scenario).finished, viewAutoplay(b2, scenario).finished]);
        expect(endA.ended?.reason).toBe("goal");
      }
    });

    it("a stolen guess is no resume secret: a wrong one gets a spectator seat, not the player's", async () => {
      const a = new Player(await sdk().create(MATCH_ROOM, { mode: "private", name: "carol", settings: { scenarioId: "handshake" } }));
      const b = new Player(await sdk().joinById(a.room.roomId, { name: "dave" }));
      a.send("ready", { ready: true });
      b.send("ready", { ready: true });
      await a.waitFor("the first view", () => a.view);
      const c = new Player(await sdk().joinById(a.room.roomId, { resume: "not-the-secret" }));
      await c.waitFor("welcome", () => c.welcome);
      expect(c.welcome?.you).toBe("spectator");
    });

    it("a match nobody returns to ends cleanly after the wait, with its partial results saved", async () => {
      const a = new Player(
        await sdk().create(MATCH_ROOM, { mode: "private", name: "erin", settings: { scenarioId: "handshake", difficulty: "standard" } }),
      );
      const b = new Player(await sdk().joinById(a.room.roomId, { name: "frank" }));
      for (const p of [a, b]) p.room.reconnection.enabled = false;
      a.send("ready", { ready: true });
      b.send("ready", { ready: true });
      await a.waitFor("the first view", () => a.view);
      a.send("segment", { seq: a.view!.A.iss, ack: 0, flags: FLAGS, data: "", clientSeq: 1 });
      await a.waitFor("a checkpoint", () => a.view?.you?.checkpoint);
      const matchId = a.state.matchId as string;
      await sleep(300);
      await killHard();
      await boot();
      const base = `http://127.0.0.1:${port}`;
      // Not finished yet: its players have RESUME_WAIT_SECONDS (3 s here) to come back.
      expect((await fetch(`${base}/api/matches/${matchId}/replay.json`)).status).toBe(404);
      let replay: Response | null = null;
      for (let i = 0; i < 40 && replay?.status !== 200; i++) {
        await sleep(250);
        replay = await fetch(`${base}/api/matches/${matchId}/replay.json`);
      }
      expect(replay?.status).toBe(200);
      const saved = (await replay!.json()) as { inputs: { type: string }[]; ended: { reason: string } | null };
      expect(saved.ended).not.toBeNull();
      // The partial match is kept: the SYN A sent before the crash is in its log.
      expect(saved.inputs.some((input) => input.type === "action")).toBe(true);
    });
  });
