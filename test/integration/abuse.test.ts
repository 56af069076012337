// What one hostile client can try with a real SDK and what it gets: names that impersonate
// are refused with their code, a second tab with a live reconnection token takes the seat
// and the first is told why, and garbage frames or bad options leave one short log line
// each, never a stack trace or an error-level line.
import { afterEach, describe, expect, it } from "vitest";
import type { ColyseusTestServer } from "@colyseus/testing";
import { Protocol } from "@colyseus/core";
import { TAKEN_OVER_CLOSE_CODE } from "../../shared/protocol";
import type { PlayerView } from "../../shared/match/types";
import { setLogLevel } from "../../server/log";
import { createRoom, joinRoom, pair, Player, useTestServer } from "./harness";

let server: ColyseusTestServer;
useTestServer((s) => (server = s));

const FLAGS = { syn: true, ack: false, fin: false, rst: false, psh: false };

describe("names shown to others", () => {
  const impersonating: [string, string][] = [
    ["a right-to-left override", "alice\u202Eexe.txt"],
    ["a bidi isolate", "\u2067bob\u2069"],
    ["a zero-width space", "ad\u200Bmin"],
    ["a BOM", "\uFEFFteacher"],
    ["a C1 control", "eve\u0085"],
    ["a line separator", "line\u2028two"],
  ];
  for (const [what, name] of impersonating) {
    it(`a nickname with ${what} is refused at join with join/invalid-name name/forbidden-character`, async () => {
      const a = await createRoom(server, { mode: "private", name: "alice" });
      await expect(server.sdk.joinById(a.room.roomId, { name })).rejects.toMatchObject({
        message: "join/invalid-name name/forbidden-character",
      });
      expect(a.state.seats.get("B").kind).toBe("empty");
    });
  }

  it("a nickname with one at creation creates no room", async () => {
    await expect(server.sdk.create("match", { mode: "private", name: "x\u202Ey" })).rejects.toMatchObject({
      message: "join/invalid-name name/forbidden-character",
    });
  });

  it("a nickname is shown in NFC with its spaces tidied", async () => {
    const a = await createRoom(server, { mode: "private", name: "  Jose\u0301\u3000 M " });
    expect(a.state.seats.get("A").name).toBe("José M");
  });
});

describe("a second tab", () => {
  it("with the live reconnection token takes the seat with its view; the first is told room/taken-over and closed for good", async () => {
    const [a, b] = await pair(server, { scenarioId: "three-way-handshake" });
    a.send("ready", { ready: true });
    b.send("ready", { ready: true });
    await a.waitFor("the first view", () => a.view);
    a.send("segment", { seq: a.view!.A.iss, ack: 0, flags: FLAGS, data: "" });
    await a.waitFor("a checkpoint", () => a.view?.you?.checkpoint);
    const before = a.view as PlayerView;
    const firstClosed = new Promise<number>((resolve) => a.room.onLeave((code) => resolve(code)));

    const second = new Player(await server.sdk.reconnect(a.room.reconnectionToken));
    const view = await second.waitFor("the seat's view", () => second.view);
    expect(await firstClosed).toBe(TAKEN_OVER_CLOSE_CODE);
    expect(a.errors.map((e) => e.code)).toContain("room/taken-over");
    expect(second.welcome?.you).toBe("A");
    expect({ you: view.you, A: view.A, ladder: view.ladder }).toEqual({ you: before.you, A: before.A, ladder: before.ladder });
    // The seat stays one human's: the peer sees it connected, and the second tab plays on.
    await b.waitFor("A connected", () => b.state.seats.get("A").connected && !b.state.seats.get("A").reconnecting);
    second.send("declare", { state: "SYN_SENT" });
    await second.waitFor("the answer", () => second.view?.A.revealed === "SYN_SENT");
  });
});

describe("log lines a client can cause", () => {
  let lines: string[] = [];
  const restore: (() => void)[] = [];
  function capture(): void {
    lines = [];
    setLogLevel("info");
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream);
      stream.write = ((chunk: unknown, ...rest: unknown[]) => {
        lines.push(
          ...String(chunk)
            .split("\n")
            .filter((l) => l.length > 0),
        );
        return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write;
      restore.push(() => (stream.write = write));
    }
  }
  afterEach(() => {
    for (const r of restore.splice(0)) r();
    setLogLevel("silent");
  });

  it("oversized and undecodable frames and invalid options: no stack trace, no error line, a few lines in all", async () => {
    const a = await createRoom(server, { mode: "private", name: "alice" });
    capture();
    for (let i = 0; i < 10; i++) {
      const p = await joinRoom(server, a.room.roomId, { spectator: true });
      p.room.reconnection.enabled = false;
      const closed = new Promise((resolve) => p.room.onLeave(resolve));
      p.send("segment", { data: "x".repeat(8000) });
      await closed;
    }
    for (let i = 0; i < 10; i++) {
      // Colyseus closes a connection whose frame it cannot decode (4002).
      const garbage = await joinRoom(server, a.room.roomId, { spectator: true });
      const closed = new Promise((resolve) => garbage.room.onLeave(resolve));
      garbage.room.connection.send(new Uint8Array([Protocol.ROOM_DATA, 0xc1, 0xff, 0x00, 0x13]));
      await closed;
    }
    for (let i = 0; i < 10; i++) {
      await expect(server.sdk.joinById(a.room.roomId, { name: 42 } as never)).rejects.toMatchObject({ message: "join/invalid-options" });
      await expect(server.sdk.create("match", { mode: "nonsense" } as never)).rejects.toMatchObject({ message: "join/invalid-options" });
    }
    // The server still answers everyone else.
    a.send("hint", {});
    await a.waitFor("an answer", () => a.errors.length > 0);
    // Only the server's own lines count (the SDK of this test process prints its closes).
    lines = lines.filter((l) => /^\d{4}-\d\d-\d\dT/.test(l) || /^\s+at /.test(l) || /Error/.test(l));

    expect(lines.filter((l) => /^\s+at /.test(l))).toEqual([]);
    expect(lines.filter((l) => / (error|warn) /.test(l.slice(0, 40)))).toEqual([]);
    // Joins, leaves and refusals are one info line each; what Colyseus says about the garbage
    // (oversized, undecodable) is throttled to one line per kind.
    expect(lines.filter((l) => / colyseus\./.test(l)).length).toBeLessThanOrEqual(2);
    expect(lines.every((l) => / info /.test(l.slice(0, 40)))).toBe(true);
  });
});
