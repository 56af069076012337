// Shared fixtures for the referee, match and bot tests: small scenarios as data, a compact
// segment notation, and ISNs a few bytes below 2^32 so the wrap is always crossed.
import { createMatch } from "../../shared/match/create";
import { applyInput } from "../../shared/match/reducer";
import type { ApplyResult, MatchConfig, MatchState, PlayerAction, SegmentDraft } from "../../shared/match/types";
import type { Scenario, Side } from "../../shared/scenarios/types";
import { createEndpoint, SEQ_MOD, seqAdd, step, type Endpoint, type TcpEvent } from "../../shared/tcp/index";

export const ISN_A = SEQ_MOD - 2;
export const ISN_B = SEQ_MOD - 5;
export const plus = seqAdd;

/** "SA seq=1 ack=2 data=hi": flag letters S A F R P, then fields. */
export function draft(text: string): SegmentDraft {
  const [head = "", ...rest] = text.trim().split(/\s+/);
  const flags = {
    syn: head.includes("S"),
    ack: head.includes("A"),
    fin: head.includes("F"),
    rst: head.includes("R"),
    psh: head.includes("P"),
  };
  const out: SegmentDraft = { seq: 0, ack: 0, flags, data: "" };
  for (const f of rest) {
    const [k, v = ""] = f.split("=");
    if (k === "seq") out.seq = Number(v);
    else if (k === "ack") out.ack = Number(v);
    else if (k === "data") out.data = v;
  }
  return out;
}

export function scenario(over: Partial<Scenario> = {}): Scenario {
  const text = { en: "", zh: "" };
  return {
    id: "test",
    number: 99,
    title: text,
    briefing: text,
    debrief: text,
    concepts: [],
    profile: "rfc",
    msl: 1000,
    A: { role: "client", start: "CLOSED", task: text, address: "10.0.0.1", port: 40000, steps: [{ call: "connect", when: "CLOSED" }] },
    B: { role: "server", start: "LISTEN", task: text, address: "10.0.0.2", port: 80 },
    network: [],
    script: [],
    goal: { kind: "states", A: "ESTABLISHED", B: "ESTABLISHED" },
    parSeconds: 30,
    ...over,
  };
}

export function config(over: Partial<MatchConfig> = {}): MatchConfig {
  return {
    scenarioId: "test",
    difficulty: "standard",
    timeFactor: 1,
    idleTimeFactor: 100,
    wireDelayMs: 100,
    seed: 42,
    lossRate: 0,
    ...over,
  };
}

export function newMatch(over: Partial<Scenario> = {}, cfg: Partial<MatchConfig> = {}): MatchState {
  return createMatch(config(cfg), scenario(over), ISN_A, ISN_B);
}

/** A small driver that keeps wall time moving forward by `stepMs` per input. */
export class Driver {
  wall = 0;
  log: ApplyResult[] = [];
  constructor(
    public m: MatchState,
    public stepMs = 10,
  ) {}
  act(side: Side, action: PlayerAction): ApplyResult {
    this.wall += this.stepMs;
    const r = applyInput(this.m, { type: "action", side, action, now: this.wall });
    this.m = r.match;
    this.log.push(r);
    return r;
  }
  send(side: Side, text: string, finMode?: "shutdown" | "close"): ApplyResult {
    return this.act(side, finMode ? { type: "segment", segment: draft(text), finMode } : { type: "segment", segment: draft(text) });
  }
  declare(side: Side, state: Parameters<typeof declareAction>[0]): ApplyResult {
    return this.act(side, declareAction(state));
  }
  /** Declares the true state (tests that are not about declarations). */
  settle(side: Side): ApplyResult | null {
    const cp = this.m.sides[side].checkpoint;
    return cp === null ? null : this.declare(side, cp.truth);
  }
  advanceTo(wall: number): ApplyResult {
    this.wall = Math.max(this.wall, wall);
    const r = applyInput(this.m, { type: "advance", now: this.wall });
    this.m = r.match;
    this.log.push(r);
    return r;
  }
}

export function declareAction(state: import("../../shared/tcp/types").TcpState): PlayerAction {
  return { type: "declare", state };
}

/** An endpoint brought to a state through the engine, for referee tests. */
export function endpoints(): { a: Endpoint; b: Endpoint } {
  return {
    a: createEndpoint({ localPort: 40000, remotePort: 80, iss: ISN_A }),
    b: createEndpoint({ localPort: 80, remotePort: 40000, iss: ISN_B }),
  };
}

/** Runs events through the engine, returning the final endpoint and its last emitted segments. */
export function run(ep: Endpoint, events: TcpEvent[], now = 0) {
  let e = ep;
  let last: ReturnType<typeof step> = { endpoint: ep, segments: [], notes: [] };
  for (const ev of events) {
    last = step(e, ev, now);
    e = last.endpoint;
  }
  return last;
}
