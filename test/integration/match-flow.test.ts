// From start to debrief: a match is played, its replay and capture can be downloaded, and a
// rematch swaps the players' roles.
import { describe, expect, it } from "vitest";
import type { ColyseusTestServer } from "@colyseus/testing";
import { createRoom, httpUrl, pair, type Player, useTestServer } from "./harness";
import { autoplay } from "./autoplay";

let server: ColyseusTestServer;
useTestServer(
  (s) => (server = s),
  () => {
    process.env.BOT_THINK_MS = "5";
  },
);

async function playOnce(a: Player, b: Player, sideOfA: "A" | "B") {
  const sideOfB = sideOfA === "A" ? "B" : "A";
  const playA = autoplay(server, a, sideOfA);
  const playB = autoplay(server, b, sideOfB);
  return Promise.all([playA.finished, playB.finished]);
}

describe("a whole match, then the debrief", () => {
  it("a finished match's replay.json and capture.pcap are served by its matchId", async () => {
    const [a, b] = await pair(server, { scenarioId: "handshake", timeFactor: 50 });
    a.send("ready", { ready: true });
    b.send("ready", { ready: true });
    await playOnce(a, b, "A");
    await a.waitFor("finished", () => a.state.phase === "finished");
    const id = a.state.matchId;
    expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const replay = await fetch(`${httpUrl(server)}/api/matches/${id}/replay.json`);
    expect(replay.status).toBe(200);
    const json = (await replay.json()) as { scenarioId: string; ladder: unknown[]; inputs: unknown[] };
    expect(json.scenarioId).toBe("handshake");
    // The replay is rebuilt from the input log: its ladder is the one the players saw.
    expect(json.ladder).toEqual(a.view!.ladder);
    const pcap = await fetch(`${httpUrl(server)}/api/matches/${id}/capture.pcap`);
    expect(pcap.status).toBe(200);
    expect(pcap.headers.get("content-type")).toContain("pcap");
  });

  it("a rematch swaps roles: the player who was the client is now the server", async () => {
    const [a, b] = await pair(server, { scenarioId: "handshake", timeFactor: 50 });
    a.send("ready", { ready: true });
    b.send("ready", { ready: true });
    await playOnce(a, b, "A");
    await a.waitFor("finished", () => a.state.phase === "finished");
    const roleOfAliceBefore = a.state.seats.get("A").role;
    a.send("rematch", {});
    await b.waitFor("A's vote", () => b.state.seats.get("A").rematch);
    expect(b.state.phase).toBe("finished");
    b.send("rematch", {});
    await a.waitFor("the second match", () => a.state.matchNumber === 2 && a.state.phase === "playing");
    await a.waitFor("a new welcome", () => a.welcome?.you === "B");
    // Every view alice gets after the swap is of the new match, seen from her new seat.
    await a.waitFor("a view of match 2", () => a.views.at(-1)?.matchNumber === 2);
    const afterSwap = a.views.filter((v) => v.view.viewer === "B");
    expect(afterSwap.every((v) => v.matchNumber === 2)).toBe(true);
    expect(a.state.seats.get("B").name).toBe("alice");
    expect(a.state.seats.get("B").role).not.toBe(roleOfAliceBefore);
    const [endA] = await playOnce(a, b, "B");
    expect(endA.goalReached).toBe(true);
  });

  it("free play is ended by a player (reason host); a scripted scenario refuses `end` with room/not-free-play", async () => {
    const [a, b] = await pair(server, { scenarioId: "free-play", lossRate: 0.2, timeFactor: 50 });
    expect(a.state.lossRate).toBeCloseTo(0.2);
    a.send("ready", { ready: true });
    b.send("ready", { ready: true });
    await a.waitFor("A's view", () => a.view);
    a.send("end", {});
    await b.waitFor("the end", () => b.view?.ended);
    expect(b.view!.ended!.reason).toBe("host");
    await a.waitFor("phase finished", () => a.state.phase === "finished");

    const [c, d] = await pair(server, { scenarioId: "handshake" });
    c.send("ready", { ready: true });
    d.send("ready", { ready: true });
    await c.waitFor("C's view", () => c.view);
    c.send("end", {});
    const error = await c.waitFor("an error", () => c.errors[0]);
    expect(error.code).toBe("room/not-free-play");
    expect(c.view!.ended).toBeNull();
  });

  it("guided: the view carries the segment to send and a short state list; a wrong segment is blocked with a hint", async () => {
    const [a, b] = await pair(server, { scenarioId: "handshake", difficulty: "guided", timeFactor: 50 });
    a.send("ready", { ready: true });
    b.send("ready", { ready: true });
    const view = await a.waitFor("A's view", () => a.view);
    expect(view.difficulty).toBe("guided");
    // A wrong SYN (bad sequence number) is refused with the segment TCP would send.
    const seqWrong = (view.A.iss! + 7) >>> 0;
    a.send("segment", { seq: seqWrong, ack: 0, flags: { syn: true, ack: false, fin: false, rst: false, psh: false }, data: "" });
    const rejected = await a.waitFor("a rejection", () => a.events.find((e) => e.type === "rejected"));
    expect(rejected).toMatchObject({ type: "rejected", side: "A", rejection: { code: "action/wrong-segment" } });
    expect(a.view!.you!.checkpoint).toBeNull();
    // The right one goes through, and the checkpoint offers a short list with the truth in it.
    a.send("segment", { seq: view.A.iss, ack: 0, flags: { syn: true, ack: false, fin: false, rst: false, psh: false }, data: "" });
    const choices = await a.waitFor("a short state list", () => a.view?.you?.stateChoices);
    expect(choices.length).toBeLessThan(11);
    expect(choices).toContain("SYN_SENT");
  });

  it("practice against the trickster: the bot makes mistakes and the match still goes on", async () => {
    const a = await createRoom(server, {
      mode: "practice",
      bot: "trickster",
      // High enough that a mistake is all but certain (0.1^3 for three segments).
      botMistakeRate: 0.9,
      seat: "A",
      settings: { scenarioId: "four-way-close", difficulty: "expert", timeFactor: 50 },
    });
    a.send("ready", { ready: true });
    const play = autoplay(server, a, "A", { timeoutMs: 25_000 });
    const end = await play.finished;
    expect(end.ended).not.toBeNull();
    expect(a.state.seats.get("B").bot).toBe("trickster");
    // At the end the whole ladder is shown: the bot's wrong segments are in it, judged.
    const tricks = end.ladder.filter((e) => e.kind === "segment" && e.from === "B" && e.verdict && !e.verdict.ok);
    expect(tricks.length).toBeGreaterThan(0);
  });
});
