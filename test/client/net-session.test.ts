// NetSession: messages are never lost between scenes, and the reconnection token lives
// exactly as long as the seat can be taken back.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Room } from "@colyseus/sdk";
import { NetSession } from "../../client/src/net/session";
import { RECONNECT_KEY } from "../../client/src/net/token";

class FakeRoom {
  roomId = "K7QX3";
  reconnectionToken = "K7QX3:token-1";
  state: unknown = undefined;
  sent: Array<[string, unknown]> = [];
  private handlers = new Map<string, (...args: unknown[]) => void>();
  private cbs = {
    state: [] as Array<(s: unknown) => void>,
    leave: [] as Array<(c: number) => void>,
    drop: [] as Array<() => void>,
    reconnect: [] as Array<() => void>,
  };
  onMessage(type: string, cb: (...args: unknown[]) => void) {
    this.handlers.set(type, cb);
    return () => this.handlers.delete(type);
  }
  onStateChange(cb: (s: unknown) => void) {
    this.cbs.state.push(cb);
  }
  onLeave(cb: (c: number) => void) {
    this.cbs.leave.push(cb);
  }
  onDrop(cb: () => void) {
    this.cbs.drop.push(cb);
  }
  onReconnect(cb: () => void) {
    this.cbs.reconnect.push(cb);
  }
  send(type: string, payload: unknown) {
    this.sent.push([type, payload]);
  }
  async leave() {
    for (const cb of this.cbs.leave) cb(4000);
    return 4000;
  }
  // What the server would do:
  deliver(type: string, payload: unknown) {
    this.handlers.get("*")?.(type, payload);
  }
  drop() {
    for (const cb of this.cbs.drop) cb();
  }
  reconnect(token: string) {
    this.reconnectionToken = token;
    for (const cb of this.cbs.reconnect) cb();
  }
  close(code: number) {
    for (const cb of this.cbs.leave) cb(code);
  }
}

const store = new Map<string, string>();
beforeEach(() => {
  store.clear();
  (globalThis as { sessionStorage?: unknown }).sessionStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  };
});
afterEach(() => {
  delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
});

const open = (): [FakeRoom, NetSession] => {
  const room = new FakeRoom();
  return [room, new NetSession(room as unknown as Room)];
};

describe("NetSession", () => {
  it("keeps the last message of each type for a scene that subscribes later", () => {
    const [room, session] = open();
    room.deliver("welcome", { you: "B", code: "K7QX3", mode: "private" });
    room.deliver("view", { now: 1, matchNumber: 1, ladderFrom: 0, view: { n: 1, ladder: [] } });
    room.deliver("view", { now: 2, matchNumber: 1, ladderFrom: 0, view: { n: 2, ladder: [] } });
    expect(session.seat).toBe("B");
    expect(session.code).toBe("K7QX3");
    expect(session.latest("view")?.now).toBe(2);
  });

  it("delivers each message to its subscribers until they unsubscribe", () => {
    const [room, session] = open();
    const got: number[] = [];
    const off = session.on("view", (v) => got.push(v.now));
    room.deliver("view", { now: 5, matchNumber: 1, ladderFrom: 0, view: { ladder: [] } });
    room.deliver("events", { now: 6, matchNumber: 1, events: [] });
    off();
    room.deliver("view", { now: 7, matchNumber: 1, ladderFrom: 0, view: { ladder: [] } });
    expect(got).toEqual([5]);
  });

  it("merges view deltas itself, so a late subscriber and every listener get the whole ladder", () => {
    const [room, session] = open();
    room.deliver("view", { now: 1, matchNumber: 1, ladderFrom: 0, view: { ladder: ["a", "b"] } });
    const got: unknown[][] = [];
    session.on("view", (m) => got.push((m.view as unknown as { ladder: unknown[] }).ladder));
    room.deliver("view", { now: 2, matchNumber: 1, ladderFrom: 1, view: { ladder: ["B", "c"] } });
    expect(got).toEqual([["a", "B", "c"]]);
    const latest = session.latest("view")!;
    expect(latest.ladderFrom).toBe(0);
    expect((latest.view as unknown as { ladder: unknown[] }).ladder).toEqual(["a", "B", "c"]);
    // A new match (a rematch) starts its ladder afresh, whatever ladderFrom says.
    room.deliver("view", { now: 3, matchNumber: 2, ladderFrom: 1, view: { ladder: ["x"] } });
    expect((session.latest("view")!.view as unknown as { ladder: unknown[] }).ladder).toEqual(["x"]);
  });

  it("keeps the reconnection token across a drop and renews it after an automatic reconnection", () => {
    const [room] = open();
    expect(store.get(RECONNECT_KEY)).toBe("K7QX3:token-1");
    room.drop();
    expect(store.get(RECONNECT_KEY)).toBe("K7QX3:token-1");
    room.reconnect("K7QX3:token-2");
    expect(store.get(RECONNECT_KEY)).toBe("K7QX3:token-2");
  });

  it("forgets the token when the player leaves or the room closes", async () => {
    const [, session] = open();
    await session.leave();
    expect(store.has(RECONNECT_KEY)).toBe(false);
    const [room2] = open();
    expect(store.has(RECONNECT_KEY)).toBe(true);
    room2.close(4001);
    expect(store.has(RECONNECT_KEY)).toBe(false);
  });

  it("sends nothing after leaving", async () => {
    const [room, session] = open();
    session.send("ready", { ready: true });
    await session.leave();
    session.send("ready", { ready: false });
    expect(room.sent).toEqual([["ready", { ready: true }]]);
  });
});
