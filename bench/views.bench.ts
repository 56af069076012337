// The server's work for one client at one step of a match, without the network: building the
// viewer's view (viewParts), the message of what changed since its previous one (ViewTracker,
// server/rooms/views.ts) and packing it with msgpackr as Colyseus' client.send does. Each
// playable scenario is played by two tutors in guided and standard mode; every step is
// turned into both players' messages. Prints bytes per message and µs per message for each
// part (medians of 15 rounds after 30 warm-up rounds).
import { Packr } from "msgpackr";
import { eventsFor, viewParts } from "../shared/match";
import { playScenario } from "../shared/bots/local";
import { SCENARIOS } from "../shared/scenarios";
import { ViewTracker } from "../server/rooms/views";

// As @colyseus/core packs a message (its Protocol.ts): no records, for any msgpack reader.
const packr = new Packr({ useRecords: false });
const PLAYABLE = SCENARIOS.filter((s) => s.goal.kind !== "none");
const WARMUP_ROUNDS = 30;
const ROUNDS = 15;

interface Round {
  messages: number;
  bytes: number;
  /** ns in each part. */
  build: number;
  track: number;
  pack: number;
}

function round(): Round {
  const r: Round = { messages: 0, bytes: 0, build: 0, track: 0, pack: 0 };
  for (const scenario of PLAYABLE) {
    for (const difficulty of ["guided", "standard"] as const) {
      const trackers = { A: new ViewTracker(), B: new ViewTracker() };
      playScenario(scenario, {
        difficulty,
        seed: 3,
        onResult: ({ match }, events) => {
          for (const viewer of ["A", "B"] as const) {
            const t0 = process.hrtime.bigint();
            const { view, sources } = viewParts(match, viewer);
            const t1 = process.hrtime.bigint();
            const message = trackers[viewer].message({ match, viewer, view, sources }, 0, 1, eventsFor(match, viewer, events));
            const t2 = process.hrtime.bigint();
            r.bytes += packr.pack(["view", message]).length;
            const t3 = process.hrtime.bigint();
            r.build += Number(t1 - t0);
            r.track += Number(t2 - t1);
            r.pack += Number(t3 - t2);
            r.messages++;
          }
        },
      });
    }
  }
  return r;
}

for (let i = 0; i < WARMUP_ROUNDS; i++) round();
const rounds = Array.from({ length: ROUNDS }, round);
const median = (f: (r: Round) => number) => rounds.map(f).sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
const us = (part: keyof Round) => median((r) => r[part] / r.messages / 1000).toFixed(2);
const first = rounds[0]!;
console.log(
  `${PLAYABLE.length} scenarios × guided and standard: ${first.messages} messages per round, ${(first.bytes / first.messages).toFixed(0)} bytes per message packed`,
);
console.log(`µs per message (median of ${ROUNDS} rounds): view ${us("build")}, what changed ${us("track")}, msgpack ${us("pack")}`);
