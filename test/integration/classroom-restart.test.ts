// A class survives a crash: kill -9 of the server in the middle of a round and after the
// end, then a restart on the same database. Students come back by their class link (their
// browser id) to the same seat with their points; the teacher comes back with the host key
// and goes on; the report of a finished class is the same after the crash.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ColyseusSDK } from "@colyseus/sdk";
import { getScenario } from "../../shared/scenarios";
import type { ClassReport } from "../../shared/protocol/classroom";
import { viewAutoplay } from "./autoplay";
import { startChildServer, type ChildServer } from "./child-server";
import { browserIdOf, hostClass, joinClass, takeSeat, type ClassClient } from "./class-client";

const handshake = getScenario("handshake")!;
const dir = mkdtempSync(path.join(tmpdir(), "tcp-arena-class-crash-"));
const env = { DB_PATH: path.join(dir, "arena.sqlite") };
let server: ChildServer | null = null;
/** The system's choice at the first start, kept for the restarts: the class link names it. */
let port = 0;

async function start(): Promise<ChildServer> {
  const started = await startChildServer(port, env);
  port = started.port;
  return started;
}

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function playRound(sdk: { sdk: ColyseusSDK }, students: ClassClient[], round: number): Promise<void> {
  await Promise.all(
    students.map(async (s) => {
      const seat = await s.waitFor(`round ${round} seat`, () => (s.seat?.round === round ? s.seat : null));
      const player = await takeSeat(sdk, seat);
      await viewAutoplay(player, handshake, { timeoutMs: 40_000 }).finished;
      await player.room.leave();
    }),
  );
}

const report = async (key: string, id: string): Promise<ClassReport> =>
  (await (
    await fetch(`${server!.url}/api/classes/${id}/report.json`, { headers: { authorization: `Bearer ${key}` } })
  ).json()) as ClassReport;

describe("classroom across a crash", () => {
  it("brings a class in progress back after kill -9 and keeps a finished class's report", { timeout: 180_000 }, async () => {
    server = await start();
    let sdk = { sdk: new ColyseusSDK(server.url) };
    const round = { scenarioId: "handshake", difficulty: "guided" as const, timeLimitSeconds: 120 };
    const teacher = await hostClass(sdk, { setup: { rounds: [round, round, round] } });
    const { code, hostKey, classId } = { ...teacher.welcome!, hostKey: teacher.welcome!.hostKey! };
    let students: ClassClient[] = [];
    for (let i = 0; i < 4; i++) students.push(await joinClass(sdk, code, { name: `s${i + 1}`, browserId: browserIdOf(i) }));
    const ids = students.map((s) => s.welcome!.student!.id);

    teacher.send("startRound");
    await playRound(sdk, students, 1);
    const board1 = await teacher.waitFor("round 1 board", () => (teacher.leaderboard?.round === 1 ? teacher.leaderboard : null), 30_000);
    const points = new Map(board1.rows.map((r) => [r.studentId, r.points]));

    // Round 2 begins; every student sits in their match; then the process dies.
    teacher.send("startRound");
    await Promise.all(students.map((s) => s.waitFor("round 2 seat", () => s.seat?.round === 2)));
    await Promise.all(students.map(async (s) => takeSeat(sdk, s.seat!)));
    await server.crash();

    server = await start();
    sdk = { sdk: new ColyseusSDK(server.url) };
    const back = await joinClass(sdk, code, { hostKey });
    expect(back.welcome!.role).toBe("host");
    expect(back.welcome!.classId).toBe(classId);
    // The interrupted round ends as it stood; round 1 stands.
    expect(back.status!.phase).toBe("results");
    expect(back.status!.round).toBe(2);
    students = [];
    for (let i = 0; i < 4; i++) students.push(await joinClass(sdk, code, { name: "ignored", browserId: browserIdOf(i) }));
    expect(students.map((s) => s.welcome!.student!.id)).toEqual(ids);
    expect(students.map((s) => s.welcome!.student!.name)).toEqual(["s1", "s2", "s3", "s4"]);
    for (const s of students) expect(s.welcome!.student!.points).toBe(points.get(s.welcome!.student!.id));
    const mid = await report(hostKey, classId);
    expect(mid.students.every((s) => s.rounds[0] !== null)).toBe(true);

    // The class goes on: round 3, then the podium.
    back.send("startRound");
    await playRound(sdk, students, 3);
    await back.waitFor("round 3 board", () => (back.leaderboard?.round === 3 ? back.leaderboard : null), 30_000);
    back.send("finishClass");
    await back.waitFor("podium", () => back.podium);
    const before = await report(hostKey, classId);
    expect(before.summary.endedAt).not.toBeNull();
    expect(before.students.every((s) => s.rounds[0] !== null && s.rounds[2] !== null)).toBe(true);

    await server.crash();
    server = await start();
    expect(await report(hostKey, classId)).toEqual(before);
  });
});
