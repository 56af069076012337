import { describe, expect, it } from "vitest";
import type { ColyseusTestServer } from "@colyseus/testing";
import { isRoomCode, JOIN_ERROR_STATUS } from "../../shared/protocol";
import { createRoom, joinRoom, pair, Player, useTestServer } from "./harness";

let server: ColyseusTestServer;
useTestServer((s) => (server = s));

describe("private rooms, quick-match and spectators", () => {
  it("a private room gets a short code without 0/O/1/I that is its roomId, and the creator sits in A", async () => {
    const a = await createRoom(server, { mode: "private", name: "alice" });
    expect(isRoomCode(a.room.roomId)).toBe(true);
    await a.waitFor("welcome", () => a.welcome);
    expect(a.welcome).toMatchObject({ you: "A", code: a.room.roomId, mode: "private" });
    expect(a.state.code).toBe(a.room.roomId);
    expect(a.state.seats.get("A").name).toBe("alice");
    expect(a.state.seats.get("B").kind).toBe("empty");
  });

  it("a friend joins by code into seat B; a third visitor becomes a spectator", async () => {
    const [a, b] = await pair(server);
    await b.waitFor("welcome", () => b.welcome);
    expect(b.welcome?.you).toBe("B");
    await a.waitFor("bob seated", () => a.state.seats.get("B").name === "bob");
    const c = await joinRoom(server, a.room.roomId, { name: "carol" });
    await c.waitFor("welcome", () => c.welcome);
    expect(c.welcome?.you).toBe("spectator");
    await a.waitFor("one spectator", () => a.state.spectators === 1);
  });

  it("quick-match puts two strangers in the same public room", async () => {
    const first = new Player(await server.sdk.joinOrCreate("match", { mode: "quick", name: "q1" }));
    const second = new Player(await server.sdk.joinOrCreate("match", { mode: "quick", name: "q2" }));
    expect(second.room.roomId).toBe(first.room.roomId);
    await second.waitFor("welcome", () => second.welcome);
    expect(second.welcome?.you).toBe("B");
  });

  it("quick-match never lands in a private room", async () => {
    const priv = await createRoom(server, { mode: "private", name: "alice" });
    const quick = new Player(await server.sdk.joinOrCreate("match", { mode: "quick", name: "q" }));
    expect(quick.room.roomId).not.toBe(priv.room.roomId);
  });

  it("create options that fail validation are refused with join/invalid-options", async () => {
    await expect(server.sdk.create("match", { mode: "private", name: "x".repeat(500) } as never)).rejects.toMatchObject({
      code: JOIN_ERROR_STATUS,
      message: "join/invalid-options",
    });
  });

  it("join options that fail validation are refused with join/invalid-options", async () => {
    const a = await createRoom(server, { mode: "private", name: "alice" });
    await expect(server.sdk.joinById(a.room.roomId, { seat: "C" } as never)).rejects.toMatchObject({
      message: "join/invalid-options",
    });
  });
});

describe("the lobby", () => {
  it("configure changes scenario and difficulty for both, and resets ready", async () => {
    const [a, b] = await pair(server);
    a.send("ready", { ready: true });
    await b.waitFor("A ready", () => b.state.seats.get("A").ready);
    b.send("configure", { scenarioId: "four-way-close", difficulty: "expert" });
    await a.waitFor("new settings", () => a.state.scenarioId === "four-way-close" && a.state.difficulty === "expert");
    expect(a.state.seats.get("A").ready).toBe(false);
  });

  it("an unknown scenario is refused with room/unknown-scenario and nothing changes", async () => {
    const [a] = await pair(server);
    a.send("configure", { scenarioId: "no-such-scenario" });
    const error = await a.waitFor("an error", () => a.errors[0]);
    expect(error.code).toBe("room/unknown-scenario");
    expect(a.state.scenarioId).toBe("handshake");
  });

  it("the match starts when both players are ready, and each gets its own view", async () => {
    const [a, b] = await pair(server);
    a.send("ready", { ready: true });
    b.send("ready", { ready: true });
    await a.waitFor("playing", () => a.state.phase === "playing");
    const va = await a.waitFor("A's view", () => a.view);
    const vb = await b.waitFor("B's view", () => b.view);
    expect(va.viewer).toBe("A");
    expect(vb.viewer).toBe("B");
    expect(a.state.matchNumber).toBe(1);
  });

  it("a segment sent in the lobby is refused with room/wrong-phase", async () => {
    const [a] = await pair(server);
    a.send("call", { call: "listen" });
    const error = await a.waitFor("an error", () => a.errors[0]);
    expect(error).toMatchObject({ code: "room/wrong-phase", type: "call" });
  });

  it("a spectator's action is refused with room/spectator", async () => {
    const [a] = await pair(server);
    const c = await joinRoom(server, a.room.roomId, { spectator: true });
    c.send("ready", { ready: true });
    const error = await c.waitFor("an error", () => c.errors[0]);
    expect(error.code).toBe("room/spectator");
  });
});
