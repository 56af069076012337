// A flood is stopped before its messages are decoded: Colyseus counts each connection's
// messages a second (MatchRoom.maxMessagesPerSecond) and the room cuts a flooder off with
// `input/flooding` and close code FLOOD_CLOSE_CODE, without a reconnection. Below that, the
// token bucket drops what is over its rate with at most one `input/rate-limited` a second.
// The honest players' match goes on to its end. (The timing is measured by bench/flood.)
import { describe, expect, it } from "vitest";
import type { ColyseusTestServer } from "@colyseus/testing";
import { FLOOD_CLOSE_CODE, MAX_MESSAGES_PER_SECOND, RATE_BURST } from "../../shared/protocol";
import { createRoom, joinRoom, pair, type Player, useTestServer } from "./harness";
import { autoplay } from "./autoplay";

let server: ColyseusTestServer;
useTestServer((s) => (server = s));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends as fast as the SDK can write: `count` messages in one go, without waiting. */
function flood(player: Player, count: number): void {
  for (let i = 0; i < count; i++) player.send("declare", { state: "ESTABLISHED", clientSeq: i });
}

/** The close code the flooder's SDK reports (it does not retry FLOOD_CLOSE_CODE). */
function leaveCode(player: Player): Promise<number> {
  return new Promise((resolve) => player.room.onLeave((code) => resolve(code)));
}

async function honestMatch(): Promise<{ a: Player; b: Player; finished: Promise<unknown>; stop: () => void }> {
  const [a, b] = await pair(server, { scenarioId: "full-lifecycle", difficulty: "standard", timeFactor: 50 });
  const playA = autoplay(server, a, "A");
  const playB = autoplay(server, b, "B");
  a.send("ready", { ready: true });
  b.send("ready", { ready: true });
  const stop = () => {
    playA.stop();
    playB.stop();
  };
  return { a, b, finished: Promise.all([playA.finished, playB.finished]), stop };
}

describe("a flood", () => {
  it("from a client in another room: the flooder is cut off with input/flooding and its code, the honest match completes", async () => {
    const { a, finished } = await honestMatch();
    const flooder = await createRoom(server, { mode: "private", name: "mallory" });
    const left = leaveCode(flooder);
    flood(flooder, 20_000);
    expect(await left).toBe(FLOOD_CLOSE_CODE);
    await flooder.waitFor("the reason", () => flooder.errors.some((e) => e.code === "input/flooding"));
    await finished;
    expect(a.view?.goalReached).toBe(true);
    // Cut off for good: its seat is free again, nobody waits for it to come back.
    await sleep(100);
    expect(server.getRoomById(flooder.room.roomId)?.clients.length ?? 0).toBe(0);
  });

  it("from a spectator of the honest room: cut off the same way while the two players finish", async () => {
    const { a, finished } = await honestMatch();
    const flooder = await joinRoom(server, a.room.roomId, { spectator: true });
    const left = leaveCode(flooder);
    flood(flooder, 20_000);
    expect(await left).toBe(FLOOD_CLOSE_CODE);
    await finished;
    expect(a.view?.goalReached).toBe(true);
    await a.waitFor("no spectator left", () => a.state.spectators === 0);
  });

  it("from a seated player mid-match: cut off the same way, its seat goes to a bot and the peer is still served", async () => {
    const { a, b, finished, stop } = await honestMatch();
    await a.waitFor("the match running", () => a.view !== null && a.state.phase === "playing");
    const left = leaveCode(b);
    flood(b, 20_000);
    expect(await left).toBe(FLOOD_CLOSE_CODE);
    await a.waitFor("a bot in seat B", () => a.state.seats.get("B").kind === "bot");
    // The peer is still served at once.
    const viewsBefore = a.views.length;
    a.send("hint", {});
    await a.waitFor("a fresh view", () => a.views.length > viewsBefore, 2000);
    stop();
    void finished.catch(() => undefined);
  });

  it("below the cut-off, a seated player's excess is dropped with input/rate-limited, and it is heard again once it slows down", async () => {
    const [a, b] = await pair(server);
    // More than the bucket holds, fewer than the cut-off.
    const burst = Math.min(RATE_BURST + 15, MAX_MESSAGES_PER_SECOND - 5);
    for (let i = 0; i < burst; i++) b.send("ready", { ready: i % 2 === 0 });
    await b.waitFor("rate-limited", () => b.errors.some((e) => e.code === "input/rate-limited"));
    expect(b.errors.filter((e) => e.code === "input/rate-limited")).toHaveLength(1);
    await sleep(1200);
    b.send("configure", { scenarioId: "no-such-scenario" });
    await b.waitFor("an answer again", () => b.errors.some((e) => e.code === "room/unknown-scenario"));
    expect(b.room.connection.isOpen).toBe(true);
    // The peer was never slowed: it is answered at once.
    const t0 = performance.now();
    a.send("configure", { difficulty: "expert" });
    await a.waitFor("the change", () => a.state.difficulty === "expert");
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
