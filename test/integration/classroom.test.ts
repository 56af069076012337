// A whole class through the real server with real @colyseus/sdk clients: a teacher hosts,
// 32 students join (one is kicked: 31 play, one with the tutor bot), three rounds with roles
// swapped, each student's result and rank, the podium, and the report and CSV as kept.
import { describe, expect, it } from "vitest";
import type { ColyseusTestServer } from "@colyseus/testing";
import { httpUrl, useTestServer } from "./harness";
import { autoplay } from "./autoplay";
import { browserIdOf, hostClass, joinClass, refusedJoin, takeSeat, type ClassClient } from "./class-client";
import type { ClassReport, ClassSummary } from "../../shared/protocol/classroom";

let server: ColyseusTestServer;
let base = "";
useTestServer((s) => {
  server = s;
  base = httpUrl(s);
});

const auth = (key: string) => ({ headers: { authorization: `Bearer ${key}` } });

/** Every student in a match plays it to its end (the tutor's choices, through the SDK). */
async function playRound(students: ClassClient[], round: number): Promise<void> {
  await Promise.all(
    students.map(async (s) => {
      const seat = await s.waitFor(`round ${round} seat`, () => (s.seat?.round === round ? s.seat : null));
      const player = await takeSeat(server, seat);
      await autoplay(server, player, seat.side, { timeoutMs: 40_000 }).finished;
      await player.room.leave();
    }),
  );
}

describe("classroom: a class of 31 from join code to CSV", () => {
  it("pairs, plays three rounds with roles swapped, ranks, and keeps the report", { timeout: 180_000 }, async () => {
    const teacher = await hostClass(server, {
      setup: {
        name: "7B networking",
        rounds: [
          { scenarioId: "handshake", difficulty: "guided", timeLimitSeconds: 120 },
          { scenarioId: "handshake", difficulty: "standard", timeLimitSeconds: 120 },
          { scenarioId: "four-way-close", difficulty: "standard", timeLimitSeconds: 120 },
        ],
        lateJoin: false,
      },
    });
    const w = teacher.welcome!;
    expect(w.role).toBe("host");
    expect(w.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$/);
    expect(w.joinUrl).toMatch(new RegExp(`/\\?class=${w.code}$`));
    expect(w.joinUrl).not.toContain("localhost");
    expect(w.teacherUrl).toBe(`${w.joinUrl}#host=${w.hostKey}`);

    const names = Array.from({ length: 32 }, (_, i) => (i === 5 ? "小明" : i === 9 ? "=cmd|' /C calc'!A0" : `student-${i + 1}`));
    const students: ClassClient[] = [];
    for (let i = 0; i < names.length; i++) students.push(await joinClass(server, w.code, { name: names[i]!, browserId: browserIdOf(i) }));
    expect(students[5]!.welcome!.student!.name).toBe("小明");

    // Bad joins: each gets its code and changes nothing.
    expect(await refusedJoin(server, w.code, { name: "Student-1", browserId: browserIdOf(900) })).toContain("class/name-taken");
    expect(await refusedJoin(server, w.code, { name: "fuck you", browserId: browserIdOf(901) })).toContain("class/name-refused");
    expect(await refusedJoin(server, w.code, { name: "傻逼", browserId: browserIdOf(902) })).toContain("class/name-refused");
    expect(await refusedJoin(server, w.code, { name: "admin\u202e", browserId: browserIdOf(903) })).toContain("class/name-invalid");
    expect(await refusedJoin(server, w.code, { name: "x", browserId: "short" })).toContain("class/invalid-options");
    expect(await refusedJoin(server, w.code, { hostKey: "A".repeat(32) })).toContain("class/bad-host-key");
    expect(await refusedJoin(server, "ZZZZZ", { name: "lost", browserId: browserIdOf(904) })).not.toBe("joined");

    // A student cannot act as the teacher.
    students[0]!.send("startRound");
    const notHost = await students[0]!.waitFor("not-host", () => students[0]!.errors.find((e) => e.code === "class/not-host"));
    expect(notHost.type).toBe("startRound");

    // The teacher's screen has everyone, then kicks one: that browser cannot come back.
    await teacher.waitFor("32 on the roster", () => teacher.roster.size === 32);
    const kicked = students.pop()!;
    teacher.send("kick", { studentId: kicked.welcome!.student!.id });
    await kicked.waitFor("kicked", () => kicked.kicked);
    await teacher.waitFor("31 on the roster", () => teacher.roster.size === 31);
    expect(await refusedJoin(server, w.code, { name: "again", browserId: browserIdOf(31) })).toContain("class/kicked");

    // Lock: no newcomer; unlock.
    teacher.send("lock", { locked: true });
    await teacher.waitFor("locked", () => teacher.status?.locked);
    expect(await refusedJoin(server, w.code, { name: "latecomer", browserId: browserIdOf(950) })).toContain("class/locked");
    teacher.send("lock", { locked: false });
    await teacher.waitFor("unlocked", () => teacher.status?.locked === false);

    // A rename reaches the student.
    teacher.send("rename", { studentId: students[1]!.welcome!.student!.id, name: "Ada" });
    await students[1]!.waitFor("renamed", () => students[1]!.received.find((m) => m.type === "class.renamed"));
    teacher.send("rename", { studentId: students[2]!.welcome!.student!.id, name: "Ada" });
    await teacher.waitFor("name-taken on rename", () => teacher.errors.find((e) => e.code === "class/name-taken"));

    const previousPairs: Array<Map<number, "A" | "B">> = [];
    for (let round = 1; round <= 3; round++) {
      teacher.send("startRound");
      const pairs = await teacher.waitFor(`round ${round} pairs`, () => (teacher.pairs?.round === round ? teacher.pairs : null));
      expect(pairs.pairs).toHaveLength(16);
      expect(pairs.pairs.filter((p) => p.A.studentId === null || p.B.studentId === null)).toHaveLength(1);
      const roles = new Map<number, "A" | "B">();
      for (const p of pairs.pairs) {
        if (p.A.studentId !== null) roles.set(p.A.studentId, "A");
        if (p.B.studentId !== null) roles.set(p.B.studentId, "B");
      }
      expect(roles.size).toBe(31);
      if (round > 1) {
        // Swap: the same partners, roles swapped.
        for (const [id, role] of roles) expect(role).not.toBe(previousPairs[round - 2]!.get(id));
      }
      previousPairs.push(roles);
      if (round === 1) {
        expect(await refusedJoin(server, w.code, { name: "too late", browserId: browserIdOf(960) })).toContain("class/late-join-off");
      }
      await playRound(students, round);
      const board = await teacher.waitFor(
        `round ${round} leaderboard`,
        () => (teacher.leaderboard?.round === round ? teacher.leaderboard : null),
        30_000,
      );
      expect(board.of).toBe(31);
      expect(board.rows).toHaveLength(31);
      expect(board.rows[0]!.rank).toBe(1);
      for (const s of students) {
        const r = await s.waitFor(`round ${round} result`, () => s.results.find((x) => x.round === round));
        expect(r.rank).toBeGreaterThanOrEqual(1);
        expect(r.of).toBe(31);
        expect(r.points).toBe(board.rows.find((x) => x.studentId === s.welcome!.student!.id)!.points);
      }
      // The dashboard followed every pair to its end.
      expect([...teacher.rows.values()].every((row) => (row[6] & 2) === 2)).toBe(true);
    }

    teacher.send("finishClass");
    const podium = await teacher.waitFor("podium", () => teacher.podium);
    expect(podium.podium.length).toBeGreaterThanOrEqual(3);
    expect(podium.podium.every((r) => r.rank <= 3)).toBe(true);
    for (const s of students) {
      const f = await s.waitFor("final", () => s.final);
      expect(f.of).toBe(31);
      expect(f.concepts.length).toBeGreaterThan(0);
    }

    // The report and the CSV, opened by the host key only.
    expect((await fetch(`${base}/api/classes`)).status).toBe(401);
    const list = (await (await fetch(`${base}/api/classes`, auth(w.hostKey!))).json()) as ClassSummary[];
    expect(list.map((c) => c.id)).toContain(w.classId);
    expect((await fetch(`${base}/api/classes/${w.classId}/report.json`, auth("B".repeat(32)))).status).toBe(404);
    const report = (await (await fetch(`${base}/api/classes/${w.classId}/report.json`, auth(w.hostKey!))).json()) as ClassReport;
    expect(report.students).toHaveLength(31);
    expect(report.students.every((s) => s.rounds.length === 3 && s.rounds.every((p) => p !== null))).toBe(true);
    expect(report.summary.roundsPlayed).toBe(3);
    expect(report.concepts.map((c) => c.concept)).toContain("handshake");
    const csvRes = await fetch(`${base}/api/classes/${w.classId}/report.csv`, auth(w.hostKey!));
    expect(csvRes.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await csvRes.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).replace(/^\ufeff/, "");
    const lines = csv.split("\r\n").filter((l) => l.length > 0);
    expect(lines).toHaveLength(32);
    const header = lines[0]!.split(",");
    expect(header.slice(0, 6)).toEqual(["rank", "nickname", "points", "first-try right", "declarations", "accuracy %"]);
    expect(header.filter((h) => h.startsWith("round "))).toHaveLength(3);
    expect(csv).toContain("小明");
    expect(csv).toContain(",'=cmd|' /C calc'!A0,");
    expect(csv).not.toMatch(/(^|,)=cmd/m);
  });
});
