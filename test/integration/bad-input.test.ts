import { describe, expect, it } from "vitest";
import type { ColyseusTestServer } from "@colyseus/testing";
import { pair, type Player, serverMatch, useTestServer } from "./harness";
import { MAX_DATA_CHARS } from "../../shared/protocol";

let server: ColyseusTestServer;
useTestServer((s) => (server = s));

const FLAGS = { syn: true, ack: false, fin: false, rst: false, psh: false };

/** A pair in a playing handshake match. */
async function playing(): Promise<[Player, Player]> {
  const [a, b] = await pair(server, { scenarioId: "handshake" });
  a.send("ready", { ready: true });
  b.send("ready", { ready: true });
  await a.waitFor("A's view", () => a.view);
  await b.waitFor("B's view", () => b.view);
  return [a, b];
}

/** Sends a bad message and returns the error it earned; the match must be unchanged. */
async function errorFor(player: Player, type: string, payload: unknown) {
  const errorsBefore = player.errors.length;
  const viewsBefore = player.views.length;
  const matchBefore = JSON.stringify(serverMatch(server, player));
  player.send(type, payload);
  const error = await player.waitFor(`an error for ${type}`, () => player.errors[errorsBefore]);
  expect(player.views.length).toBe(viewsBefore);
  expect(JSON.stringify(serverMatch(server, player))).toBe(matchBefore);
  return error;
}

describe("bad input gets a clear error, changes nothing, and keeps the player connected", () => {
  it("wrong types: input/invalid naming the field", async () => {
    const [a] = await playing();
    const error = await errorFor(a, "segment", { seq: "one", ack: 0, flags: FLAGS, data: "" });
    expect(error).toMatchObject({ code: "input/invalid", type: "segment" });
    expect(error.message).toContain("seq");
  });

  it("numbers out of range (negative, above 2^32-1, fractions): input/invalid", async () => {
    const [a] = await playing();
    for (const seq of [-1, 2 ** 32, 1.5]) {
      const error = await errorFor(a, "segment", { seq, ack: 0, flags: FLAGS, data: "" });
      expect(error.code).toBe("input/invalid");
    }
  });

  it("missing fields and extra fields: input/invalid", async () => {
    const [a] = await playing();
    expect((await errorFor(a, "declare", {})).code).toBe("input/invalid");
    expect((await errorFor(a, "segment", { seq: 1, ack: 0, data: "" })).code).toBe("input/invalid");
    expect((await errorFor(a, "call", { call: "listen", score: 1000 })).code).toBe("input/invalid");
  });

  it("a string longer than the protocol allows: input/too-large", async () => {
    const [a] = await playing();
    const error = await errorFor(a, "segment", { seq: 1, ack: 0, flags: FLAGS, data: "x".repeat(MAX_DATA_CHARS + 1) });
    expect(error.code).toBe("input/too-large");
  });

  it("data that is not printable ASCII: input/invalid", async () => {
    const [a] = await playing();
    expect((await errorFor(a, "segment", { seq: 1, ack: 0, flags: FLAGS, data: "héllo\u0000" })).code).toBe("input/invalid");
  });

  it("an unknown message type: input/unknown-type", async () => {
    const [a] = await playing();
    const error = await errorFor(a, "teleport", { to: "ESTABLISHED" });
    expect(error).toMatchObject({ code: "input/unknown-type", type: "teleport" });
  });

  it("after all of these the player is still connected and can play", async () => {
    const [a] = await playing();
    await errorFor(a, "teleport", {});
    await errorFor(a, "declare", { state: "NOT_A_STATE" });
    const viewsBefore = a.views.length;
    a.send("segment", { seq: a.view!.A.iss, ack: 0, flags: FLAGS, data: "" });
    await a.waitFor("a new view", () => a.views.length > viewsBefore);
    expect(a.view!.you!.checkpoint).not.toBeNull();
  });

  it("a frame over 4 KiB is refused by the transport, which closes that socket only", async () => {
    const [a, b] = await playing();
    a.room.reconnection.enabled = false;
    const closed = new Promise<number>((resolve) => a.room.onLeave((code) => resolve(code)));
    a.send("segment", { seq: 1, ack: 0, flags: FLAGS, data: "x".repeat(8000) });
    expect(await closed).toBe(1009);
    // The peer is untouched.
    b.send("hint", {});
    const viewsBefore = b.views.length;
    await b.waitFor("B still served", () => b.views.length > viewsBefore);
  });
});
