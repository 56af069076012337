// A flood of 1,000 messages a second is rate-limited per client (token bucket): the
// flooder's messages are dropped with at most one `input/rate-limited` a second, and the
// honest players' match in the same room goes on to its end.
import { describe, expect, it } from "vitest";
import type { ColyseusTestServer } from "@colyseus/testing";
import { RATE_BURST } from "../../shared/protocol";
import { joinRoom, pair, type Player, useTestServer } from "./harness";
import { autoplay } from "./autoplay";

let server: ColyseusTestServer;
useTestServer((s) => (server = s));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** 1,000 messages in about one second: 20 batches of 50, 50 ms apart. */
async function flood(player: Player, message: (i: number) => [string, unknown]): Promise<number> {
  let sent = 0;
  for (let batch = 0; batch < 20; batch++) {
    for (let i = 0; i < 50; i++) {
      const [type, payload] = message(sent++);
      player.send(type, payload);
    }
    await sleep(50);
  }
  return sent;
}

/** Every time A sends an action, how long until its next view (ms). */
function latencies(player: Player): { onAction: () => void; samples: number[] } {
  const samples: number[] = [];
  let sentAt: number | null = null;
  player.onReceive((type) => {
    if (type === "view" && sentAt !== null) {
      samples.push(performance.now() - sentAt);
      sentAt = null;
    }
  });
  return { onAction: () => (sentAt = performance.now()), samples };
}

describe("a flood", () => {
  it("from a third client in the room is rate-limited while the two players finish their match", async () => {
    const [a, b] = await pair(server, { scenarioId: "full-lifecycle", difficulty: "standard", timeFactor: 50 });
    const flooder = await joinRoom(server, a.room.roomId, { name: "mallory" });
    // Seats are taken: the flooder is a spectator, in the same room and event loop.
    const lat = latencies(a);
    const playA = autoplay(server, a, "A", { onAction: lat.onAction });
    const playB = autoplay(server, b, "B");
    a.send("ready", { ready: true });
    b.send("ready", { ready: true });
    const [sent] = await Promise.all([
      flood(flooder, (i) => (i % 3 === 0 ? ["hint", {}] : i % 3 === 1 ? ["teleport", { i }] : ["segment", { seq: "x" }])),
      playA.finished,
      playB.finished,
    ]);
    expect(sent).toBe(1000);
    expect(a.view?.goalReached).toBe(true);
    await sleep(100);
    const limited = flooder.errors.filter((e) => e.code === "input/rate-limited");
    expect(limited.length).toBeGreaterThanOrEqual(1);
    // One warning a second at most, and only the burst (plus the refill) got an answer.
    expect(limited.length).toBeLessThanOrEqual(3);
    expect(flooder.errors.length).toBeLessThan(RATE_BURST + 30);
    const sorted = [...lat.samples].sort((x, y) => x - y);
    console.info(`honest player's action -> view during the flood: n=${sorted.length} p50=${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms max=${sorted.at(-1)?.toFixed(1)} ms`);
  });

  it("from a seated player drops its own messages, and it is heard again once it slows down", async () => {
    const [a, b] = await pair(server);
    await flood(b, () => ["ready", { ready: true }]);
    await b.waitFor("rate-limited", () => b.errors.some((e) => e.code === "input/rate-limited"));
    await sleep(1200);
    b.send("configure", { scenarioId: "no-such-scenario" });
    await b.waitFor("an answer again", () => b.errors.some((e) => e.code === "room/unknown-scenario"));
    // The peer was never slowed: it is answered at once.
    const t0 = performance.now();
    a.send("configure", { difficulty: "expert" });
    await a.waitFor("the change", () => a.state.difficulty === "expert");
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
