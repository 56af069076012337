// Every scenario is played to its goal through the room by two real SDK clients, and once
// by a client against the server's tutor bot.
import { describe, expect, it } from "vitest";
import type { ColyseusTestServer } from "@colyseus/testing";
import { SCENARIOS } from "../../shared/scenarios";
import { viewFor } from "../../shared/match";
import { createRoom, pair, serverMatch, useTestServer } from "./harness";
import { autoplay, viewAutoplay } from "./autoplay";

let server: ColyseusTestServer;
useTestServer(
  (s) => (server = s),
  () => {
    process.env.BOT_THINK_MS = "5";
  },
);

/** Fast network time so timers (RTO, 2MSL) pass in a blink; the network still waits for players. */
const FAST = { difficulty: "standard", timeFactor: 50 } as const;

describe("every scenario through the room, two scripted SDK clients", () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.number}. ${scenario.id}: both players reach the end${scenario.goal.kind === "none" ? "" : " with the goal"}`, async () => {
      const [a, b] = await pair(server, { scenarioId: scenario.id, ...FAST });
      const playA = autoplay(server, a, "A");
      const playB = autoplay(server, b, "B");
      a.send("ready", { ready: true });
      b.send("ready", { ready: true });
      const [endA, endB] = await Promise.all([playA.finished, playB.finished]);
      expect(endA.ended).toEqual(endB.ended);
      if (scenario.goal.kind !== "none") {
        expect(endA.goalReached).toBe(true);
        expect(endA.ended?.reason).toBe("goal");
      }
      await a.waitFor("phase finished", () => a.state.phase === "finished");
      // The tutor is always right: every declaration scored at the first try.
      const match = serverMatch(server, a)!;
      const wrong = match.ladder.filter((e) => e.kind === "declaration" && !e.right);
      expect(wrong).toEqual([]);
      expect(endA.A.score.total).toBeGreaterThan(0);
      expect(endB.B.score.total).toBeGreaterThan(0);
      // The views each client rebuilt from ladder deltas are exactly the server's.
      expect(a.view).toEqual(viewFor(match, "A"));
      expect(b.view).toEqual(viewFor(match, "B"));
    });
  }
});

describe("practice against the server's bot", () => {
  it("a client plays the four-way close against the tutor bot to the goal", async () => {
    const a = await createRoom(server, {
      mode: "practice",
      bot: "tutor",
      name: "solo",
      seat: "A",
      settings: { scenarioId: "four-way-close", ...FAST },
    });
    expect(a.state.seats.get("B").kind).toBe("bot");
    const play = autoplay(server, a, "A");
    a.send("ready", { ready: true });
    const end = await play.finished;
    expect(end.goalReached).toBe(true);
    expect(end.B.score.total).toBeGreaterThan(0);
  });
});

// Players that know only their own views (guided mode, the load test's view player): proof
// that a view carries what a real client needs. Not yet for quiet-time, full-lifecycle and
// free play, where that player's own bookkeeping gets lost (docs/guide/architecture.md).
const VIEW_PLAYER_GAPS = new Set(["quiet-time", "full-lifecycle", "free-play"]);

describe("scripted SDK clients that see only their views (guided)", () => {
  for (const scenario of SCENARIOS.filter((s) => !VIEW_PLAYER_GAPS.has(s.id))) {
    it(`${scenario.number}. ${scenario.id}: played to the goal from the views alone`, async () => {
      const [a, b] = await pair(server, { scenarioId: scenario.id, difficulty: "guided", timeFactor: 50 });
      const playA = viewAutoplay(a, scenario);
      const playB = viewAutoplay(b, scenario);
      a.send("ready", { ready: true });
      b.send("ready", { ready: true });
      const [endA] = await Promise.all([playA.finished, playB.finished]);
      expect(endA.goalReached).toBe(true);
    });
  }
});
