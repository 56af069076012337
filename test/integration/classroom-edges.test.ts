// The classroom's bad input and second chances, with real @colyseus/sdk clients: each bad
// message gets its code and changes nothing, a flood of joins is refused, and a student who
// reloads in the middle of a match comes back to the same seat with the score intact.
import { describe, expect, it } from "vitest";
import type { ColyseusTestServer } from "@colyseus/testing";
import { serverMatch, useTestServer } from "./harness";
import { autoplay } from "./autoplay";
import { browserIdOf, hostClass, joinClass, refusedJoin, takeSeat } from "./class-client";

let server: ColyseusTestServer;
useTestServer((s) => (server = s));

const setup = { rounds: [{ scenarioId: "handshake", difficulty: "standard" as const, timeLimitSeconds: 120 }] };

describe("classroom: bad input and second chances", () => {
  it("answers each bad teacher message with its code and changes nothing", async () => {
    const teacher = await hostClass(server, { setup });
    const error = async (type: string, payload: unknown) => {
      const from = teacher.errors.length;
      teacher.send(type, payload);
      return (await teacher.waitFor(`error for ${type}`, () => teacher.errors[from])).code;
    };
    expect(await error("kick", { studentId: "one" })).toBe("class/input-invalid");
    expect(await error("kick", { studentId: 1, extra: true })).toBe("class/input-invalid");
    expect(await error("kick", { studentId: 99 })).toBe("class/unknown-student");
    expect(await error("extendRound", { seconds: 60 })).toBe("class/wrong-phase");
    expect(await error("endRound", {})).toBe("class/wrong-phase");
    expect(await error("startRound", {})).toBe("class/no-students");
    expect(await error("teleport", {})).toBe("class/unknown-type");
    expect(teacher.status).toMatchObject({ phase: "lobby", round: 0, students: 0 });
  });

  it("refuses bad create options with class/invalid-options", async () => {
    const bad = async (options: unknown) => {
      try {
        await server.sdk.create("classroom", options as never);
        return "created";
      } catch (e) {
        return String((e as Error).message);
      }
    };
    expect(await bad({ setup: { rounds: [] } })).toContain("class/invalid-options");
    expect(await bad({ setup: { rounds: [{ scenarioId: "no-such", difficulty: "guided", timeLimitSeconds: 60 }] } })).toContain(
      "class/invalid-options",
    );
    expect(await bad({ setup: { ...setup, name: "\u202eevil" } })).toContain("class/name-invalid");
    expect(await bad({ setup, hostKey: "short" })).toContain("class/invalid-options");
  });

  it("refuses a flood of joins from one browser with class/rate-limited, and the class goes on", async () => {
    const teacher = await hostClass(server, { setup });
    const code = teacher.welcome!.code;
    const answers: string[] = [];
    for (let i = 0; i < 12; i++) answers.push(await refusedJoin(server, code, { name: "flood", browserId: browserIdOf(7) }));
    expect(answers.filter((a) => a.includes("class/rate-limited")).length).toBeGreaterThan(0);
    const other = await joinClass(server, code, { name: "honest", browserId: browserIdOf(8) });
    expect(other.welcome!.student!.name).toBe("honest");
  });

  it("brings a student who reloads mid-match back to the same seat, score intact", { timeout: 60_000 }, async () => {
    const teacher = await hostClass(server, { setup });
    const code = teacher.welcome!.code;
    const a = await joinClass(server, code, { name: "ana", browserId: browserIdOf(1) });
    const b = await joinClass(server, code, { name: "ben", browserId: browserIdOf(2) });
    teacher.send("startRound");
    const seatA = await a.waitFor("seat", () => a.seat);
    const seatB = await b.waitFor("seat", () => b.seat);
    const playerA = await takeSeat(server, seatA);
    const playerB = await takeSeat(server, seatB);
    const playB = autoplay(server, playerB, seatB.side, { timeoutMs: 40_000 });
    const first = autoplay(server, playerA, seatA.side, { maxActions: 2 });
    await playerA.waitFor("two actions taken", () => first.actions() >= 2);
    await new Promise((r) => setTimeout(r, 300));
    const scoreBefore = serverMatch(server, playerA)!.sides[seatA.side].score.total;
    // The page reloads: both sockets go, the browser id brings the student back.
    first.stop();
    await playerA.room.leave();
    await a.room.leave();
    const again = await joinClass(server, code, { name: "typed again", browserId: browserIdOf(1) });
    expect(again.welcome!.student!.name).toBe("ana");
    const seat = await again.waitFor("a fresh seat", () => again.seat);
    expect(seat).toMatchObject({ roomId: seatA.roomId, side: seatA.side });
    const back = await takeSeat(server, seat);
    await back.waitFor("the view", () => back.view);
    expect(back.welcome!.you).toBe(seatA.side);
    expect(serverMatch(server, back)!.sides[seatA.side].score.total).toBe(scoreBefore);
    await Promise.all([autoplay(server, back, seat.side, { timeoutMs: 40_000 }).finished, playB.finished]);
    const board = await teacher.waitFor("leaderboard", () => teacher.leaderboard, 20_000);
    expect(board.rows.map((r) => r.name).sort()).toEqual(["ana", "ben"]);
  });
});

describe("classroom: a round that does not go to plan", () => {
  it("lets the tutor stand in for a student who never takes the seat, and counts nothing for them", { timeout: 60_000 }, async () => {
    process.env.ABSENT_SEAT_MS = "300";
    try {
      const teacher = await hostClass(server, { setup });
      const code = teacher.welcome!.code;
      const a = await joinClass(server, code, { name: "here", browserId: browserIdOf(11) });
      const b = await joinClass(server, code, { name: "away", browserId: browserIdOf(12) });
      teacher.send("startRound");
      const seat = await a.waitFor("seat", () => a.seat);
      await b.waitFor("seat", () => b.seat);
      const player = await takeSeat(server, seat);
      await autoplay(server, player, seat.side, { timeoutMs: 40_000 }).finished;
      const board = await teacher.waitFor("leaderboard", () => teacher.leaderboard, 20_000);
      const by = new Map(board.rows.map((r) => [r.name, r]));
      expect(by.get("here")!.points).toBeGreaterThan(0);
      expect(by.get("away")!.points).toBe(0);
    } finally {
      delete process.env.ABSENT_SEAT_MS;
    }
  });

  it("ends a round when the teacher says so: matches end as they stand and the leaderboard follows", { timeout: 60_000 }, async () => {
    const teacher = await hostClass(server, { setup });
    const code = teacher.welcome!.code;
    const a = await joinClass(server, code, { name: "one", browserId: browserIdOf(21) });
    const b = await joinClass(server, code, { name: "two", browserId: browserIdOf(22) });
    teacher.send("startRound");
    const [sa, sb] = await Promise.all([a.waitFor("seat", () => a.seat), b.waitFor("seat", () => b.seat)]);
    const [pa, pb] = await Promise.all([takeSeat(server, sa), takeSeat(server, sb)]);
    const playA = autoplay(server, pa, sa.side, { maxActions: 1 });
    autoplay(server, pb, sb.side, { maxActions: 1 });
    await pa.waitFor("one action", () => playA.actions() >= 1);
    teacher.send("extendRound", { seconds: 60 });
    await teacher.waitFor("longer round", () => (teacher.status?.endsInMs ?? 0) > 150_000);
    teacher.send("endRound");
    await pa.waitFor("the match ended", () => pa.view?.ended);
    const board = await teacher.waitFor("leaderboard", () => teacher.leaderboard, 20_000);
    expect(board.rows).toHaveLength(2);
    expect(teacher.status?.phase).toBe("results");
    expect(pa.view!.ended!.reason).toBe("host");
  });
});
