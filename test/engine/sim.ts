// A small discrete-event simulation for property tests: two endpoints, a wire with a fixed
// one-way delay that drops the transmissions a schedule names, and user calls at set times.
// Every loop is bounded.
import { nextDeadline, step, type Endpoint, type Segment, type TcpEvent } from "../../shared/tcp";

export type Side = "a" | "b";

export interface SimConfig {
  delay: number;
  /** drops[k] true: the k-th segment put on the wire (counting both sides) is lost. */
  drops: readonly boolean[];
  /** Extra delay of the k-th transmission (reordering), if given. */
  jitter?: readonly number[];
  /** dups[k] true: the k-th transmission arrives twice, the copy `delay` later. */
  dups?: readonly boolean[];
  /** User calls, each at its time. */
  calls: readonly { at: number; side: Side; event: TcpEvent }[];
}

export interface Sim {
  a: Endpoint;
  b: Endpoint;
  now: number;
  events: number;
  sent: number;
  wire: { at: number; to: Side; segment: Segment }[];
  /** Called after every step with the side and the new endpoint (for invariants). */
  check?: (side: Side, ep: Endpoint) => void;
}

export function simulate(
  a: Endpoint,
  b: Endpoint,
  config: SimConfig,
  opts: { maxEvents: number; ignoreTimeWait: boolean; check?: Sim["check"] },
): Sim {
  const sim: Sim = { a, b, now: 0, events: 0, sent: 0, wire: [], ...(opts.check ? { check: opts.check } : {}) };
  const calls = [...config.calls].sort((x, y) => x.at - y.at);
  const apply = (side: Side, event: TcpEvent): void => {
    const r = step(sim[side], event, sim.now);
    sim[side] = r.endpoint;
    sim.events++;
    sim.check?.(side, r.endpoint);
    for (const segment of r.segments) {
      const k = sim.sent++;
      if (config.drops[k] === true) continue;
      const at = sim.now + config.delay + (config.jitter?.[k] ?? 0);
      const to = side === "a" ? "b" : "a";
      sim.wire.push({ at, to, segment });
      if (config.dups?.[k] === true) sim.wire.push({ at: at + config.delay, to, segment });
    }
  };
  const timerOf = (side: Side): { at: number; timer: TcpEvent } | null => {
    const d = nextDeadline(sim[side]);
    if (d === null || (opts.ignoreTimeWait && d.timer === "time-wait")) return null;
    return { at: d.at, timer: { type: "timeout", timer: d.timer } };
  };
  while (sim.events < opts.maxEvents) {
    // The earliest of: the next user call, the next arrival, each side's timer.
    // (`as`: the closure below assigns it, which control-flow narrowing does not see.)
    let best = null as { at: number; run: () => void } | null;
    const consider = (at: number, run: () => void): void => {
      if (best === null || at < best.at) best = { at, run };
    };
    const call = calls[0];
    if (call)
      consider(call.at, () => {
        calls.shift();
        apply(call.side, call.event);
      });
    sim.wire.sort((x, y) => x.at - y.at);
    const arrival = sim.wire[0];
    if (arrival)
      consider(arrival.at, () => {
        sim.wire.shift();
        apply(arrival.to, { type: "segment", segment: arrival.segment });
      });
    for (const side of ["a", "b"] as const) {
      const t = timerOf(side);
      if (t) consider(t.at, () => apply(side, t.timer));
    }
    const next = best;
    if (next === null) break;
    sim.now = Math.max(sim.now, next.at);
    next.run();
  }
  return sim;
}
