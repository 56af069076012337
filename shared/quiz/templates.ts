// Trace templates: the game's scenarios as step lists, with their numbers
// drawn at random (ISS, sometimes just below 2^32; which side closes first; data; MSL), and
// random valid walks. Questions are cut out of these traces; the engine computes the answers.
import { SEQ_MOD } from "../tcp/seq";
import type { Profile } from "../tcp/types";
import { LESSON_TEMPLATES } from "./lesson-templates";
import type { Rng } from "./random";
import { base, call, deliver, fourWay, HANDSHAKE, lose, other, timer, WORDS } from "./template-parts";
import type { Side, Trace, TraceStep } from "./types";
import { applyStep, nextDeadline, startRun } from "./trace";

import type { Template } from "./template-parts";
export type { Template };

export const TEMPLATES: Template[] = [
  {
    id: "handshake",
    scenario: "handshake",
    focusFrom: 0,
    concepts: ["handshake", "states"],
    build: (rng) => ({ ...base(rng), steps: HANDSHAKE }),
  },
  {
    id: "four-way-close",
    scenario: "four-way-close",
    focusFrom: 5,
    concepts: ["four-way-close", "states"],
    build: (rng) => {
      const x = rng.pick<Side>(["A", "B"]);
      return { ...base(rng), steps: [...HANDSHAKE, ...fourWay(x, rng.pick(["close", "shutdown"] as const)), deliver(other(x)), timer(x)] };
    },
  },
  {
    id: "half-close",
    scenario: "half-close",
    focusFrom: 5,
    concepts: ["half-close", "four-way-close"],
    build: (rng) => {
      const x = rng.pick<Side>(["A", "B"]);
      const y = other(x);
      const steps = [
        ...HANDSHAKE,
        call(x, "shutdown"),
        deliver(y),
        deliver(x),
        call(y, "send", rng.pick(WORDS)),
        deliver(x),
        deliver(y),
        call(y, "close"),
        deliver(x),
        deliver(y),
      ];
      return { ...base(rng), steps };
    },
  },
  {
    id: "lost-final-ack",
    scenario: "lost-final-ack",
    focusFrom: 5,
    concepts: ["time-wait-lost-ack", "retransmission"],
    build: (rng) => {
      const x = rng.pick<Side>(["A", "B"]);
      const y = other(x);
      return { ...base(rng), steps: [...HANDSHAKE, ...fourWay(x, "close"), lose(y), timer(y), deliver(x), deliver(y)] };
    },
  },
  {
    id: "simultaneous-open",
    scenario: "simultaneous-open",
    focusFrom: 0,
    concepts: ["simultaneous-open", "states"],
    build: (rng) => ({
      ...base(rng, "rfc", true),
      steps: [call("A", "connect"), call("B", "connect"), deliver("B"), deliver("A"), deliver("B"), deliver("A")],
    }),
  },
  {
    id: "simultaneous-close",
    scenario: "simultaneous-close",
    focusFrom: 5,
    concepts: ["simultaneous-close", "states"],
    build: (rng) => {
      const first = rng.pick<Side>(["A", "B"]);
      return {
        ...base(rng),
        steps: [
          ...HANDSHAKE,
          call(first, "close"),
          call(other(first), "close"),
          deliver("B"),
          deliver("A"),
          deliver("B"),
          deliver("A"),
          timer(first),
        ],
      };
    },
  },
  {
    id: "refused",
    scenario: "connection-refused",
    focusFrom: 0,
    concepts: ["reset"],
    build: (rng) => ({ ...base(rng), steps: [call("A", "connect"), deliver("B"), deliver("A")] }),
  },
  {
    id: "lost-syn",
    scenario: "lost-syn",
    focusFrom: 0,
    concepts: ["retransmission", "handshake"],
    build: (rng) => ({
      ...base(rng),
      steps: [call("B", "listen"), call("A", "connect"), lose("B"), timer("A"), deliver("B"), deliver("A"), deliver("B")],
    }),
  },
  {
    id: "fin-ack-combined",
    scenario: "fin-ack-combined",
    focusFrom: 5,
    concepts: ["fin-ack-combined", "four-way-close"],
    build: (rng) => {
      const x = rng.pick<Side>(["A", "B"]);
      const y = other(x);
      const steps: TraceStep[] = [
        ...HANDSHAKE,
        call(x, "close"),
        deliver(y),
        { t: "call", side: y, call: "close", merge: true },
        deliver(x),
        deliver(y),
      ];
      return { ...base(rng), steps };
    },
  },
  {
    id: "fin-wait-2-timer",
    scenario: "fin-wait-2-timeout",
    focusFrom: 5,
    concepts: ["fin-wait-2-timer", "four-way-close"],
    build: (rng) => {
      const profile = rng.pick<Profile>(["linux", "linux", "rfc"]);
      // The last step fires A's FIN_WAIT_2 timer if it has one (linux, after close()); in
      // the rfc profile or after shutdown() there is none and nothing happens.
      return {
        ...base(rng, profile),
        steps: [...HANDSHAKE, call("A", rng.pick(["close", "close", "shutdown"] as const)), deliver("B"), deliver("A"), timer("A")],
      };
    },
  },
  {
    id: "quiet-time",
    scenario: "quiet-time",
    focusFrom: 0,
    concepts: ["quiet-time"],
    build: (rng) => {
      const profile = rng.pick<Profile>(["rfc", "rfc", "linux"]);
      return { ...base(rng, profile), steps: [{ t: "reboot", side: "A" }, call("B", "listen"), call("A", "connect")] };
    },
  },
  {
    id: "old-duplicate",
    scenario: "old-duplicate",
    focusFrom: 5,
    concepts: ["time-wait-old-duplicates", "two-msl"],
    build: (rng) => {
      // The passive closer's data from earlier in this connection wanders in while the
      // active closer waits in TIME_WAIT.
      const b = base(rng);
      const word = rng.pick(WORDS);
      const steps: TraceStep[] = [
        ...HANDSHAKE,
        call("B", "send", word),
        deliver("A"),
        deliver("B"),
        ...fourWay("A", "close"),
        deliver("B"),
      ];
      const old = {
        seq: (b.B.iss + 1) % SEQ_MOD,
        ack: (b.A.iss + 1) % SEQ_MOD,
        flags: { syn: false, ack: true, fin: false, rst: false, psh: true },
        window: 65535,
        data: word,
      };
      return { ...b, steps: [...steps, { t: "inject", to: "A", segment: old }] };
    },
  },
  {
    id: "data",
    scenario: "full-lifecycle",
    focusFrom: 5,
    concepts: ["ack-number", "seq-consumption"],
    build: (rng) => {
      const steps: TraceStep[] = [
        ...HANDSHAKE,
        call("A", "send", rng.pick(WORDS)),
        deliver("B"),
        deliver("A"),
        call("B", "send", rng.pick(WORDS)),
        deliver("A"),
        deliver("B"),
      ];
      return { ...base(rng), steps };
    },
  },
  {
    id: "abort",
    scenario: "abort",
    focusFrom: 5,
    concepts: ["rst-vs-fin", "reset"],
    build: (rng) => {
      const x = rng.pick<Side>(["A", "B"]);
      return { ...base(rng), steps: [...HANDSHAKE, call(x, "abort"), deliver(other(x))] };
    },
  },
  {
    id: "random-walk",
    scenario: null,
    focusFrom: 0,
    concepts: ["states"],
    build: randomWalk,
  },
  ...LESSON_TEMPLATES,
];

/**
 * A random valid trace: at each step one of the moves the two applications and the network
 * could make now. Bounded at 16 steps; every step is one the engine accepts from here.
 */
function randomWalk(rng: Rng): Trace {
  const b = base(rng, rng.pick<Profile>(["rfc", "linux"]));
  const trace: Trace = { ...b, steps: [] };
  let run = startRun(trace);
  const opened: Record<Side, boolean> = { A: false, B: false };
  const closed: Record<Side, boolean> = { A: false, B: false };
  const length = rng.int(5, 16);
  for (let i = 0; i < length; i++) {
    const moves: { step: TraceStep; weight: number }[] = [];
    for (const side of ["A", "B"] as Side[]) {
      const st = run.ep[side].state;
      if (!opened[side] && st === "CLOSED") {
        moves.push({ step: call(side, side === "B" ? "listen" : "connect"), weight: 4 });
      }
      if (st === "ESTABLISHED" || st === "CLOSE_WAIT") {
        moves.push({ step: call(side, "send", rng.pick(WORDS)), weight: 1 });
        if (!closed[side]) moves.push({ step: call(side, rng.pick(["close", "shutdown"] as const)), weight: 2 });
      }
      if (run.wire[side].length > 0) {
        moves.push({ step: deliver(side), weight: 6 });
        moves.push({ step: lose(side), weight: 0.5 });
      }
      if (nextDeadline(run.ep[side])) moves.push({ step: timer(side), weight: run.wire.A.length + run.wire.B.length === 0 ? 3 : 0.3 });
    }
    if (moves.length === 0) break;
    const total = moves.reduce((s, m) => s + m.weight, 0);
    let x = rng.next() * total;
    const chosen = moves.find((m) => (x -= m.weight) < 0) ?? moves[moves.length - 1]!;
    const s = chosen.step;
    if (s.t === "call" && (s.call === "listen" || s.call === "connect")) opened[s.side] = true;
    if (s.t === "call" && (s.call === "close" || s.call === "shutdown")) closed[s.side] = true;
    trace.steps.push(s);
    run = applyStep(run, s);
  }
  return trace;
}
