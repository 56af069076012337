// The demo for `npm run bench:client` (`/?demo=ten-segments`): a match view with ten
// segments always in flight, both ways, so the frame rate is measured on a busy wire.
// No server and no reducer: the view is made here, as the server would send it.
import type { PlayerView, ScoreSheet, WireView } from "../../../../shared/match/types";
import type { Segment } from "../../../../shared/tcp/types";
import type { MatchSource, MatchSourceListener } from "./source";

const DELAY = 2000;
const IN_FLIGHT = 10;
const zero = (): ScoreSheet => ({ segments: 0, declarations: 0, streak: 0, speed: 0, goal: 0, penalties: 0, callouts: 0, total: 0 });

function segmentNo(n: number): Segment {
  const fromA = n % 2 === 0;
  return {
    seq: (fromA ? 4_294_967_000 : 3000) + n * 10,
    ack: (fromA ? 3000 : 4_294_967_000) + n * 10,
    flags: { syn: n === 0, ack: n !== 0, fin: n % 7 === 6, rst: false, psh: n % 3 === 1 },
    window: 65535,
    data: n % 3 === 1 ? "hello" : "",
  };
}

export class DemoSource implements MatchSource {
  readonly kind = "local";
  readonly code = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly t0 = performance.now();

  start(l: MatchSourceListener): void {
    const tick = (): void => {
      const now = performance.now() - this.t0;
      l.view(this.viewAt(now), now, 1);
    };
    tick();
    // A new view each time a segment lands keeps exactly ten on the wire.
    this.timer = setInterval(tick, DELAY / IN_FLIGHT);
  }

  private viewAt(now: number): PlayerView {
    const period = DELAY / IN_FLIGHT;
    const newest = Math.floor(now / period);
    const wire: WireView[] = [];
    for (let k = newest - IN_FLIGHT + 1; k <= newest; k++) {
      const sentAt = k * period;
      wire.push({
        id: k + 1000,
        from: k % 2 === 0 ? "A" : "B",
        segment: segmentNo(((k % 20) + 20) % 20),
        sentAt,
        arriveAt: sentAt + DELAY,
      });
    }
    const side = (s: "A" | "B"): PlayerView["A"] => ({
      side: s,
      role: s === "A" ? "client" : "server",
      address: s === "A" ? "10.0.0.1" : "10.0.0.2",
      port: s === "A" ? 49152 : 80,
      iss: 0,
      revealed: "ESTABLISHED",
      score: zero(),
      checkpointPending: false,
    });
    return {
      viewer: "A",
      scenarioId: "demo",
      difficulty: "standard",
      A: side("A"),
      B: side("B"),
      you: {
        side: "A",
        checkpoint: null,
        timers: [{ timer: "retransmit", at: now + DELAY }],
        received: "",
        hint: null,
        stateChoices: null,
        nextClientSeq: 1,
      },
      wire,
      ladder: [],
      clock: { netNow: now, paused: false, wallAnchor: now, netAnchor: now, rate: 1 },
      waitingFor: [],
      goal: { kind: "none" },
      goalReached: false,
      ended: null,
    };
  }

  act(): void {}
  rematch(): void {}
  matchId(): null {
    return null;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
