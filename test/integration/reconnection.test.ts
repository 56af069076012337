import { describe, expect, it } from "vitest";
import type { ColyseusTestServer } from "@colyseus/testing";
import { pair, Player, useTestServer } from "./harness";
import { autoplay } from "./autoplay";
import type { PlayerView } from "../../shared/match/types";

let server: ColyseusTestServer;
useTestServer((s) => (server = s));

const NO_FLAGS = { syn: false, ack: false, fin: false, rst: false, psh: false };

/** Starts a handshake and lets A open the connection and declare SYN_SENT: a match with history. */
async function matchWithHistory(): Promise<[Player, Player]> {
  const [a, b] = await pair(server, { scenarioId: "handshake", difficulty: "standard", timeFactor: 0.05 });
  a.send("ready", { ready: true });
  b.send("ready", { ready: true });
  const view = await a.waitFor("A's first view", () => a.view);
  a.send("segment", { seq: view.A.iss, ack: 0, flags: { ...NO_FLAGS, syn: true }, data: "" });
  await a.waitFor("a checkpoint after sending", () => a.view?.you?.checkpoint);
  a.send("declare", { state: "SYN_SENT" });
  await a.waitFor("SYN_SENT learnt", () => a.view?.A.revealed === "SYN_SENT");
  return [a, b];
}

/** What a player must find again after reconnecting. */
function essentials(view: PlayerView) {
  return { you: view.you, A: view.A, B: view.B, ladder: view.ladder.length, wire: view.wire.map((w) => w.id) };
}

function dropSocket(player: Player): void {
  const room = server.getRoomById(player.room.roomId);
  const client = room.clients.getById(player.room.sessionId);
  // An abrupt close (no close frame), as when a phone loses its network.
  (client as unknown as { ref: { terminate(): void } }).ref.terminate();
}

describe("reconnection", () => {
  it("a dropped player keeps seat, score and state, the peer sees 'reconnecting', and the SDK resumes", async () => {
    const [a, b] = await matchWithHistory();
    a.room.reconnection.minUptime = 0;
    const before = essentials(a.view!);
    expect(before.A.score.total).toBeGreaterThan(0);
    const viewsBefore = a.views.length;

    dropSocket(a);
    await b.waitFor("A shown as reconnecting", () => b.state.seats.get("A").reconnecting);
    expect(b.state.seats.get("A").kind).toBe("human");

    await a.waitFor("a fresh view after reconnecting", () => a.views.length > viewsBefore);
    await b.waitFor("A back", () => !b.state.seats.get("A").reconnecting && b.state.seats.get("A").connected);
    expect(a.welcome?.you).toBe("A");
    expect(essentials(a.view!)).toEqual(before);

    // And the match goes on: B can still act and A hears of it.
    const bView = await b.waitFor("B's view", () => b.view);
    expect(bView.viewer).toBe("B");
  });

  it("a reloaded page continues with the reconnection token and can act again", async () => {
    const [a] = await matchWithHistory();
    const token = a.room.reconnectionToken;
    const before = essentials(a.view!);
    a.room.reconnection.enabled = false; // the old page is gone: it will not retry by itself
    dropSocket(a);
    const resumed = new Player(await server.sdk.reconnect(token));
    const view = await resumed.waitFor("the view again", () => resumed.view);
    expect(resumed.welcome?.you).toBe("A");
    expect(essentials(view)).toEqual(before);
  });

  it("a player who leaves mid-match is replaced by the tutor bot, and the other finishes the match", async () => {
    process.env.BOT_THINK_MS = "5";
    const [a, b] = await pair(server, { scenarioId: "four-way-close", timeFactor: 50 });
    const playA = autoplay(server, a, "A");
    a.send("ready", { ready: true });
    b.send("ready", { ready: true });
    await b.waitFor("B's first view", () => b.view);
    await b.room.leave(true);
    await a.waitFor("a bot in seat B", () => a.state.seats.get("B").kind === "bot");
    const end = await playA.finished;
    expect(end.goalReached).toBe(true);
  });

  it("a player who leaves for good frees the seat in the lobby", async () => {
    const [a, b] = await pair(server);
    await b.room.leave(true);
    await a.waitFor("seat B free", () => a.state.seats.get("B").kind === "empty");
  });
});
