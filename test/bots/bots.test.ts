// Bots: the tutor plays every scenario to its goal; the trickster makes mistakes from the
// referee's categories at its rate, and the match still goes on.
import { describe, expect, it } from "vitest";
import { playScenario } from "../../shared/bots/local";
import { makeTrickster } from "../../shared/bots/trickster";
import { MAX_OPENS } from "../../shared/bots/tutor";
import { MISTAKE_CODES } from "../../shared/referee/types";
import { SCENARIOS } from "../../shared/scenarios/index";
import { createMatch } from "../../shared/match/create";
import { applyInput, nextWakeAt } from "../../shared/match/reducer";
import { createRng } from "../../shared/net/rng";
import { config, ISN_A, ISN_B, scenario } from "../match/helpers";

const est = { en: "", zh: "" };
const fourWay = scenario({
  A: { role: "client", start: "ESTABLISHED", task: est, address: "a", port: 1, steps: [{ call: "close", when: "ESTABLISHED" }] },
  B: { role: "server", start: "ESTABLISHED", task: est, address: "b", port: 2, steps: [{ call: "close", when: "CLOSE_WAIT" }] },
  goal: { kind: "paths", A: ["FIN_WAIT_1", "FIN_WAIT_2", "TIME_WAIT", "CLOSED"], B: ["CLOSE_WAIT", "LAST_ACK", "CLOSED"] },
});

const lifecycle = scenario({
  A: {
    role: "client",
    start: "CLOSED",
    task: est,
    address: "a",
    port: 1,
    steps: [
      { call: "connect", when: "CLOSED" },
      { call: "send", data: "GET", when: "ESTABLISHED" },
      { call: "close", when: "ESTABLISHED", received: 2 },
    ],
  },
  B: {
    role: "server",
    start: "LISTEN",
    task: est,
    address: "b",
    port: 2,
    steps: [
      { call: "send", data: "OK", when: "ESTABLISHED", received: 3 },
      { call: "close", when: "CLOSE_WAIT" },
    ],
  },
  goal: { kind: "paths", A: ["TIME_WAIT", "CLOSED"], B: ["LAST_ACK", "CLOSED"] },
});

describe("tutor", () => {
  it("two tutors play a three-way handshake to its goal, with ISNs that wrap past 2^32", () => {
    const m = playScenario(scenario(), { isn: { A: ISN_A, B: ISN_B } });
    expect(m.ended?.reason).toBe("goal");
    expect(m.sides.A.history).toEqual(["CLOSED", "SYN_SENT", "ESTABLISHED"]);
    expect(m.sides.B.history).toEqual(["LISTEN", "SYN_RCVD", "ESTABLISHED"]);
    expect(m.ladder.filter((e) => e.kind === "segment")).toHaveLength(3);
  });

  it("two tutors play a four-way close to its goal, every declaration right at the first try", () => {
    const m = playScenario(fourWay, { isn: { A: ISN_A, B: ISN_B } });
    expect(m.ended?.reason).toBe("goal");
    const decl = m.ladder.filter((e) => e.kind === "declaration");
    expect(decl.length).toBeGreaterThan(4);
    expect(decl.every((e) => e.kind === "declaration" && e.right && e.try === 1)).toBe(true);
  });

  it("two tutors play every scenario to its goal (free play: to both CLOSED)", () => {
    for (const sc of SCENARIOS) {
      const m = playScenario(sc, { seed: 21 });
      expect(m.ended?.reason, sc.id).toBe(sc.goal.kind === "none" ? "closed" : "goal");
    }
  });

  it("two tutors reach the handshake's goal in every difficulty", () => {
    for (const difficulty of ["guided", "standard", "expert"] as const) {
      expect(playScenario(scenario(), { difficulty }).ended?.reason).toBe("goal");
    }
  });
});

describe("trickster", () => {
  it("in standard, its wrong segments are refused with referee categories and cost points, and the close still completes", () => {
    const m = playScenario(fourWay, { seed: 8, botA: makeTrickster(0.5), botB: makeTrickster(0.5) });
    expect(m.ended?.reason).toBe("goal");
    const refused = m.ladder.flatMap((e) => (e.kind === "refused" ? [e] : []));
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) for (const k of r.verdict.mistakes) expect(MISTAKE_CODES).toContain(k);
    expect(m.sides.A.score.penalties + m.sides.B.score.penalties).toBeLessThan(0);
  });

  it("in expert, its wrong segments go on the wire and the tutor's TCP answers them", () => {
    const m = playScenario(scenario(), { seed: 3, difficulty: "expert", botA: makeTrickster(1), maxInputs: 200 });
    const wrong = m.ladder.flatMap((e) => (e.kind === "segment" && e.from === "A" && e.verdict && !e.verdict.ok ? [e] : []));
    expect(wrong.length).toBeGreaterThan(0);
    // B received a wrong segment and answered it (a RST or an ACK of its own).
    expect(m.ladder.some((e) => e.kind === "segment" && e.from === "B")).toBe(true);
  });

  it("a runner that keeps the old memory after a refusal does not trap it in a loop of the same mistake", () => {
    const trick = makeTrickster(0.5);
    let m = createMatch(config({ difficulty: "standard" }), fourWay, ISN_A, ISN_B);
    const memory = { A: { step: 0, rng: createRng(1) }, B: { step: 0, rng: createRng(2) } };
    let wall = 0;
    for (let n = 0; n < 300 && m.ended === null; n++) {
      let acted = false;
      for (const side of ["A", "B"] as const) {
        const d = trick(m, side, memory[side]);
        if (d.action === null) continue;
        wall += 100;
        const r = applyInput(m, { type: "action", side, action: d.action, now: wall });
        m = r.match;
        if (r.rejection === undefined) memory[side] = d.memory;
        acted = true;
      }
      if (acted) continue;
      const wake = nextWakeAt(m);
      if (wake === null) break;
      wall = Math.max(wall, wake);
      m = applyInput(m, { type: "advance", now: wall }).match;
    }
    expect(m.ended?.reason).toBe("goal");
  });

  it("over a few matches it makes every mistake category, and each match still reaches its goal", () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 6; seed++) {
      const m = playScenario(lifecycle, { seed, botA: makeTrickster(0.5), botB: makeTrickster(0.5) });
      expect(m.ended?.reason).toBe("goal");
      for (const e of m.ladder) if (e.kind === "refused") e.verdict.mistakes.forEach((k) => seen.add(k));
    }
    expect([...seen].sort()).toEqual([...MISTAKE_CODES].sort());
  });

  it("in expert, a client whose connection two tricksters reset connects again, up to its limit, and the match finishes or stops", () => {
    let reconnects = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const m = playScenario(lifecycle, {
        seed,
        difficulty: "expert",
        botA: makeTrickster(0.5),
        botB: makeTrickster(0.5),
        maxInputs: 3000,
      });
      const syns = m.ladder.filter((e) => e.kind === "segment" && e.from === "A" && e.verdict?.stands === "open");
      if (syns.length > 1) reconnects++;
      expect(syns.length, `seed ${seed}`).toBeLessThanOrEqual(MAX_OPENS);
      // Not ended only when the client gave up: nothing is left to happen (the host ends such a match).
      if (m.ended === null) expect([syns.length, nextWakeAt(m)], `seed ${seed}`).toEqual([MAX_OPENS, null]);
    }
    expect(reconnects).toBeGreaterThan(0);
  });

  it("even at rate 1 a mistake is followed by the right segment, so the match reaches its goal", () => {
    for (const difficulty of ["standard", "expert"] as const) {
      const m = playScenario(fourWay, { seed: 4, difficulty, botA: makeTrickster(1), maxInputs: 500 });
      expect(m.ended?.reason, difficulty).toBe("goal");
      const mine = m.ladder.filter(
        (e) => (e.kind === "refused" && e.side === "A") || (e.kind === "segment" && e.from === "A" && e.verdict !== null),
      );
      const wrong = mine.map((e) => e.kind === "refused" || (e.kind === "segment" && e.verdict?.ok === false));
      expect(wrong.some(Boolean), difficulty).toBe(true);
      wrong.forEach((w, i) => expect(w && wrong[i + 1] === true, `${difficulty} #${i}`).toBe(false));
    }
  });

  it("at rate 0 it plays exactly like the tutor", () => {
    const a = playScenario(fourWay, { seed: 8, botA: makeTrickster(0) });
    const b = playScenario(fourWay, { seed: 8 });
    expect(a.ladder).toEqual(b.ladder);
  });
});
