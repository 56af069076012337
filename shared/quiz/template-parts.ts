// The pieces trace templates are built from: random numbers for a trace (ISS, ports, MSL),
// the steps of the two applications and the network, and the common openings and closes.
import type { Concept } from "../concepts";
import { SEQ_MOD } from "../tcp/seq";
import type { Profile } from "../tcp/types";
import type { Rng } from "./random";
import type { Side, Trace, TraceStep } from "./types";

export interface Template {
  id: string;
  concepts: Concept[];
  /** Steps before this index are only the handshake that sets the scene. */
  focusFrom: number;
  /** The game's scenario (shared/scenarios) this trace plays out, if any. */
  scenario: string | null;
  build(rng: Rng): Trace;
}

const MSL_CHOICES = [30_000, 60_000, 120_000];

export function iss(rng: Rng): number {
  // One trace in four starts a few numbers below 2^32, so wraparound shows up in answers.
  if (rng.chance(0.25)) return SEQ_MOD - rng.int(1, 3);
  return rng.int(1, 90) * 100 + rng.pick([0, 0, 1]);
}

export function base(rng: Rng, profile: Profile = "rfc", peers = false): Omit<Trace, "steps"> {
  return {
    profile,
    msl: profile === "linux" ? 60_000 : rng.pick(MSL_CHOICES),
    A: { iss: iss(rng), port: rng.int(40000, 60999), role: peers ? "peer" : "client" },
    B: { iss: iss(rng), port: peers ? rng.int(40000, 60999) : rng.pick([80, 443, 8080]), role: peers ? "peer" : "server" },
  };
}

export const call = (side: Side, c: Extract<TraceStep, { t: "call" }>["call"], data?: string): TraceStep =>
  data === undefined ? { t: "call", side, call: c } : { t: "call", side, call: c, data };
export const deliver = (to: Side): TraceStep => ({ t: "deliver", to });
export const lose = (to: Side): TraceStep => ({ t: "lose", to });
export const timer = (side: Side): TraceStep => ({ t: "timer", side });
export const other = (s: Side): Side => (s === "A" ? "B" : "A");

export const HANDSHAKE: TraceStep[] = [call("B", "listen"), call("A", "connect"), deliver("B"), deliver("A"), deliver("B")];
export const WORDS = ["hi", "GET /", "hello", "data", "ok", "bye!", "HTTP/1.1 200"];

/** The four-way close, `x` closing first, with `y` closing after it has ACKed. */
export function fourWay(x: Side, how: "close" | "shutdown"): TraceStep[] {
  const y = other(x);
  return [call(x, how), deliver(y), deliver(x), call(y, "close"), deliver(x)];
}
