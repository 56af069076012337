import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  entryLen,
  seqDiff,
  seqLe,
  step,
  TCP_STATES,
  TIMER_NAMES,
  isSeqNumber,
  type Endpoint,
  type Segment,
  type TcpEvent,
} from "../../shared/tcp";
import { deepFreeze, endpointA, endpointB } from "./fixtures";
import { simulate, type Side } from "./sim";

/** What must hold after every step, whatever happened. */
function checkInvariants(ep: Endpoint, segments: readonly Segment[] = []): void {
  expect(TCP_STATES).toContain(ep.state);
  expect(seqLe(ep.sndUna, ep.sndNxt)).toBe(true);
  expect(ep.unread >= 0 && ep.unread <= ep.received.length).toBe(true);
  if (ep.state !== "CLOSED" && ep.state !== "LISTEN") {
    // Everything between SND.UNA and SND.NXT waits in the retransmission queue, and the
    // retransmission timer runs exactly when something does.
    const queued = ep.retransmitQueue.reduce((n, e) => n + entryLen(e), 0);
    expect(seqDiff(ep.sndNxt, ep.sndUna)).toBe(queued);
    expect(ep.timers.retransmit !== null).toBe(queued > 0);
  }
  for (const s of segments) {
    expect(isSeqNumber(s.seq) && isSeqNumber(s.ack)).toBe(true);
    expect(s.window).toBe(ep.rcvWnd);
  }
  expect(JSON.parse(JSON.stringify(ep))).toEqual(ep);
}

const near = (base: number) => fc.integer({ min: -3, max: 8 }).map((d) => (base + d + 2 ** 32) % 2 ** 32);

/** A random event for this endpoint, with numbers usually close to the ones it expects. */
function arbEvent(ep: Endpoint): fc.Arbitrary<TcpEvent> {
  const flags = fc.record({ syn: fc.boolean(), ack: fc.boolean(), fin: fc.boolean(), rst: fc.boolean(), psh: fc.boolean() });
  const segment = fc.record({
    seq: fc.oneof(near(ep.rcvNxt), near(ep.irs ?? 0), fc.nat({ max: 2 ** 32 - 1 })),
    ack: fc.oneof(near(ep.sndUna), near(ep.sndNxt), fc.nat({ max: 2 ** 32 - 1 })),
    flags,
    window: fc.oneof(fc.constant(65535), fc.nat({ max: 8 })),
    data: fc.oneof(fc.constant(""), fc.string({ maxLength: 6 })),
  });
  return fc.oneof(
    { weight: 6, arbitrary: segment.map((s): TcpEvent => ({ type: "segment", segment: s })) },
    fc.boolean().map((passive): TcpEvent => ({ type: "open", passive })),
    fc.string({ maxLength: 5 }).map((data): TcpEvent => ({ type: "send", data })),
    fc.option(fc.nat({ max: 6 }), { nil: undefined }).map((bytes): TcpEvent => ({ type: "recv", bytes })),
    fc.constantFrom<TcpEvent>({ type: "shutdown" }, { type: "close" }, { type: "abort" }, { type: "reboot" }),
    fc.constantFrom(...TIMER_NAMES).map((timer): TcpEvent => ({ type: "timeout", timer })),
  );
}

describe("properties (fast-check)", () => {
  it("random event sequences never throw, never mutate their input, keep the invariants and note every state change", () => {
    const seeds = fc.record({
      profile: fc.constantFrom("rfc" as const, "linux" as const),
      autoRecv: fc.boolean(),
      picks: fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
      seed: fc.integer(),
    });
    fc.assert(
      fc.property(seeds, ({ profile, autoRecv, picks, seed }) => {
        let ep = endpointA(profile, { autoRecv });
        let now = 0;
        for (const [i, pick] of picks.entries()) {
          // Draw the next event from the endpoint's current numbers.
          const [event] = fc.sample(arbEvent(ep), { seed: seed + i * 7919 + pick, numRuns: 1 });
          now += pick % 3000;
          const r = step(deepFreeze(ep), event!, now);
          checkInvariants(r.endpoint, r.segments);
          // Every state change is recorded: the transition notes chain from the old state
          // to the new one.
          let state: string = ep.state;
          for (const n of r.notes) {
            if (n.code !== "state/transition") continue;
            expect(n.params.from).toBe(state);
            state = String(n.params.to);
          }
          expect(state).toBe(r.endpoint.state);
          ep = r.endpoint;
        }
      }),
      { numRuns: 300 },
    );
  });

  const drops = fc.array(fc.boolean(), { maxLength: 14 }).filter((d) => d.filter(Boolean).length <= 5);

  it("two conformant endpoints over a lossy wire always end the open with both ESTABLISHED", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("rfc" as const, "linux" as const),
        fc.boolean(),
        drops,
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 500 }),
        (profile, simultaneous, d, delay, lag) => {
          const calls = simultaneous
            ? [
                { at: 0, side: "a" as Side, event: { type: "open", passive: false } as TcpEvent },
                { at: lag % (delay + 1), side: "b" as Side, event: { type: "open", passive: false } as TcpEvent },
              ]
            : [
                { at: 0, side: "b" as Side, event: { type: "open", passive: true } as TcpEvent },
                { at: lag, side: "a" as Side, event: { type: "open", passive: false } as TcpEvent },
              ];
          const sim = simulate(
            endpointA(profile),
            endpointB(profile),
            { delay, drops: d, calls },
            {
              maxEvents: 200,
              ignoreTimeWait: false,
              check: (_s, ep) => checkInvariants(ep),
            },
          );
          expect([sim.a.state, sim.b.state]).toEqual(["ESTABLISHED", "ESTABLISHED"]);
          expect(sim.wire).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("after data both ways and a close, both end CLOSED or TIME_WAIT with every byte delivered", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("rfc" as const, "linux" as const),
        drops,
        fc.integer({ min: 1, max: 400 }),
        fc.string({ maxLength: 8 }),
        fc.string({ maxLength: 8 }),
        fc.integer({ min: 0, max: 6000 }),
        fc.integer({ min: 0, max: 6000 }),
        (profile, d, delay, dataA, dataB, closeA, closeB) => {
          // Later than any handshake can take with 5 losses (1+2+4+8+16 s of backoff).
          const open = 40_000;
          const calls = [
            { at: 0, side: "b" as Side, event: { type: "open", passive: true } as TcpEvent },
            { at: 1, side: "a" as Side, event: { type: "open", passive: false } as TcpEvent },
            { at: open, side: "a" as Side, event: { type: "send", data: dataA } as TcpEvent },
            { at: open, side: "b" as Side, event: { type: "send", data: dataB } as TcpEvent },
            { at: open + 1 + closeA, side: "a" as Side, event: { type: "shutdown" } as TcpEvent },
            { at: open + 1 + closeB, side: "b" as Side, event: { type: "shutdown" } as TcpEvent },
          ];
          // With the 2MSL timer never run, a side leaves TIME_WAIT for CLOSED only on an RST:
          // a retransmission the ACK overtook comes back from the peer, already CLOSED, as one
          // (RFC 9293 3.10.7.1), and TIME-WAIT takes it (3.10.7.4; the hazard of RFC 1337).
          const last: Record<Side, string> = { a: "CLOSED", b: "CLOSED" };
          let resetOutOfTimeWait = false;
          const sim = simulate(
            endpointA(profile),
            endpointB(profile),
            { delay, drops: d, calls },
            {
              maxEvents: 400,
              ignoreTimeWait: true,
              check: (side, ep) => {
                checkInvariants(ep);
                if (last[side] === "TIME_WAIT" && ep.state === "CLOSED") resetOutOfTimeWait = true;
                last[side] = ep.state;
              },
            },
          );
          expect(["CLOSED", "TIME_WAIT"]).toContain(sim.a.state);
          expect(["CLOSED", "TIME_WAIT"]).toContain(sim.b.state);
          expect(sim.a.state === "TIME_WAIT" || sim.b.state === "TIME_WAIT" || resetOutOfTimeWait).toBe(true);
          expect([sim.a.received, sim.b.received]).toEqual([dataB, dataA]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("with duplication, reordering and close() or shutdown() at any time, both still end CLOSED or TIME_WAIT", () => {
    const call = fc.constantFrom<TcpEvent>({ type: "shutdown" }, { type: "close" });
    fc.assert(
      fc.property(
        fc.constantFrom("rfc" as const, "linux" as const),
        drops,
        fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 20 }),
        fc.array(fc.boolean(), { maxLength: 20 }),
        fc.array(
          fc.record({
            at: fc.integer({ min: 40_000, max: 46_000 }),
            side: fc.constantFrom<Side>("a", "b"),
            data: fc.string({ minLength: 1, maxLength: 4 }),
          }),
          { maxLength: 4 },
        ),
        call,
        call,
        fc.integer({ min: 0, max: 6000 }),
        fc.integer({ min: 0, max: 6000 }),
        (profile, d, jitter, dups, sends, callA, callB, closeA, closeB) => {
          const calls = [
            { at: 0, side: "b" as Side, event: { type: "open", passive: true } as TcpEvent },
            { at: 1, side: "a" as Side, event: { type: "open", passive: false } as TcpEvent },
            ...sends.map((s) => ({ at: s.at, side: s.side, event: { type: "send", data: s.data } as TcpEvent })),
            { at: 40_000 + closeA, side: "a" as Side, event: callA },
            { at: 40_000 + closeB, side: "b" as Side, event: callB },
          ];
          const sim = simulate(
            endpointA(profile),
            endpointB(profile),
            { delay: 50, drops: d, jitter, dups, calls },
            {
              maxEvents: 600,
              ignoreTimeWait: true,
              check: (_s, ep) => checkInvariants(ep),
            },
          );
          expect(["CLOSED", "TIME_WAIT"]).toContain(sim.a.state);
          expect(["CLOSED", "TIME_WAIT"]).toContain(sim.b.state);
        },
      ),
      { numRuns: 400 },
    );
  });
});
