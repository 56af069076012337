// The server-side API a classroom uses: create a pair's match with reserved seats (or a bot
// in a seat), have the students join with their reservations, and hear the results.
import { describe, expect, it } from "vitest";
import type { ColyseusTestServer } from "@colyseus/testing";
import { createServerMatch, onMatchFinished, onMatchProgress, type MatchProgress, type MatchResults } from "../../server/server-matches";
import { joinRoom, Player, useTestServer } from "./harness";
import { autoplay } from "./autoplay";

let server: ColyseusTestServer;
useTestServer(
  (s) => (server = s),
  () => {
    process.env.BOT_THINK_MS = "5";
  },
);

function nextResults(roomId: string): Promise<MatchResults> {
  return new Promise((resolve) => {
    const off = onMatchFinished((r) => {
      if (r.roomId !== roomId) return;
      off();
      resolve(r);
    });
  });
}

describe("server-created matches (classroom)", () => {
  it("two reserved students land in their seats, the match starts by itself, and the results arrive tagged", async () => {
    const created = await createServerMatch({
      settings: { scenarioId: "handshake", difficulty: "standard", timeFactor: 50 },
      seats: { A: { kind: "human", name: "Li Lei" }, B: { kind: "human", name: "Han Meimei" } },
      tag: "class-7b/round-1/pair-1",
    });
    const results = nextResults(created.roomId);
    const progress: MatchProgress[] = [];
    const offProgress = onMatchProgress((p) => p.roomId === created.roomId && progress.push(p));
    const a = new Player(await server.sdk.consumeSeatReservation(created.reservations.A!));
    const b = new Player(await server.sdk.consumeSeatReservation(created.reservations.B!));
    await a.waitFor("welcome", () => a.welcome);
    expect(a.welcome?.you).toBe("A");
    await b.waitFor("welcome", () => b.welcome);
    expect(b.welcome?.you).toBe("B");
    expect(a.state.seats.get("A").name).toBe("Li Lei");
    expect(a.state.configurable).toBe(false);
    const playA = autoplay(server, a, "A");
    const playB = autoplay(server, b, "B");
    await Promise.all([playA.finished, playB.finished]);
    const r = await results;
    expect(r).toMatchObject({
      tag: "class-7b/round-1/pair-1",
      scenarioId: "handshake",
      reason: "goal",
      goalReached: true,
      mode: "classroom",
    });
    expect(r.scores.A).toBe(a.view!.A.score.total);
    expect(r.declarations.A.total).toBeGreaterThan(0);
    expect(r.seats.B.name).toBe("Han Meimei");
    // The dashboard heard every step, ending with the final scores.
    offProgress();
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toMatchObject({ ended: true, goalReached: true, scores: r.scores, tag: "class-7b/round-1/pair-1" });
  });

  it("a bot fills the odd student's partner seat", async () => {
    const created = await createServerMatch({
      settings: { scenarioId: "four-way-close", difficulty: "standard", timeFactor: 50 },
      seats: { A: { kind: "human", name: "Odd One" }, B: { kind: "bot", bot: "tutor" } },
    });
    expect(created.reservations.B).toBeUndefined();
    const results = nextResults(created.roomId);
    const a = new Player(await server.sdk.consumeSeatReservation(created.reservations.A!));
    await autoplay(server, a, "A").finished;
    const r = await results;
    expect(r.seats.B).toMatchObject({ kind: "bot", bot: "tutor" });
    expect(r.goalReached).toBe(true);
  });

  it("anyone else who joins by code only watches, and a forged server option is refused", async () => {
    const created = await createServerMatch({
      settings: { scenarioId: "handshake" },
      seats: { A: { kind: "human", name: "x" }, B: { kind: "human", name: "y" } },
    });
    // The students take their seats (an unconsumed reservation would hold the room 15 s).
    await server.sdk.consumeSeatReservation(created.reservations.A!);
    await server.sdk.consumeSeatReservation(created.reservations.B!);
    const intruder = await joinRoom(server, created.roomId, { seat: "A", name: "intruder" });
    await intruder.waitFor("welcome", () => intruder.welcome);
    expect(intruder.welcome?.you).toBe("spectator");
    await expect(server.sdk.create("match", { __server: { secret: "guess", options: {} } } as never)).rejects.toBeTruthy();
  });
});
