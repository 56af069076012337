// Replays: the input log rebuilds the identical match; the same seed gives the same match.
import { describe, expect, it } from "vitest";
import { makeTrickster } from "../../shared/bots/trickster";
import { playScenario } from "../../shared/bots/local";
import { replayMatch, replayRecord } from "../../shared/match/replay";
import { SCENARIOS } from "../../shared/scenarios/index";
import { scenario } from "./helpers";

const lossy = scenario({
  A: {
    role: "client",
    start: "CLOSED",
    task: { en: "", zh: "" },
    address: "a",
    port: 1,
    steps: [
      { call: "connect", when: "CLOSED" },
      { call: "send", data: "hi", when: "ESTABLISHED" },
      { call: "close", when: "ESTABLISHED", received: 2 },
    ],
  },
  B: {
    role: "server",
    start: "LISTEN",
    task: { en: "", zh: "" },
    address: "b",
    port: 2,
    steps: [
      { call: "send", data: "yo", when: "ESTABLISHED", received: 2 },
      { call: "close", when: "CLOSE_WAIT" },
    ],
  },
  goal: { kind: "none" },
});

describe("replay", () => {
  it("replaying the input log of a lossy expert match with a trickster rebuilds the identical match", () => {
    const live = playScenario(lossy, {
      seed: 11,
      difficulty: "expert",
      botA: makeTrickster(0.3),
      config: { lossRate: 0.2 },
      maxInputs: 400,
    });
    const segs = live.ladder.flatMap((e) => (e.kind === "segment" ? [e] : []));
    expect(segs.some((e) => e.fate === "dropped")).toBe(true);
    expect(segs.some((e) => e.verdict !== null && !e.verdict.ok)).toBe(true);
    const rec = JSON.parse(JSON.stringify(replayRecord(live)));
    const again = replayMatch(rec.config, lossy, rec.isn, rec.inputs);
    expect(JSON.stringify(again)).toBe(JSON.stringify(live));
  });

  it("every scenario replays to the same final match", () => {
    for (const sc of SCENARIOS) {
      const live = playScenario(sc, { seed: 2 });
      const again = replayMatch(live.config, sc, live.isn, live.inputs);
      expect(JSON.stringify(again), sc.id).toBe(JSON.stringify(live));
    }
  });

  it("the same seed plays the same match; another seed picks other ISNs", () => {
    const a = playScenario(lossy, { seed: 4, config: { lossRate: 0.3 } });
    const b = playScenario(lossy, { seed: 4, config: { lossRate: 0.3 } });
    const c = playScenario(lossy, { seed: 5, config: { lossRate: 0.3 } });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(c.isn).not.toEqual(a.isn);
  });
});
