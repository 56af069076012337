// The quiz's trace runner: two endpoints of the shared engine and a FIFO wire each way.
import { describe, expect, it } from "vitest";
import { applyStep, runTrace, flagsOf, type Trace, type TraceStep } from "../../shared/quiz";

const ISS_A = 4294967294; // two below 2^32: the handshake wraps
const ISS_B = 7000;
const setup = (steps: TraceStep[]): Trace => ({
  profile: "rfc",
  msl: 30_000,
  A: { iss: ISS_A, port: 40000, role: "client" },
  B: { iss: ISS_B, port: 80, role: "server" },
  steps,
});
const HANDSHAKE: TraceStep[] = [
  { t: "call", side: "B", call: "listen" },
  { t: "call", side: "A", call: "connect" },
  { t: "deliver", to: "B" },
  { t: "deliver", to: "A" },
  { t: "deliver", to: "B" },
];

describe("quiz traces", () => {
  it("play a handshake across 2^32 to ESTABLISHED on both sides", () => {
    const run = runTrace(setup(HANDSHAKE));
    expect(run.ep.A.state).toBe("ESTABLISHED");
    expect(run.ep.B.state).toBe("ESTABLISHED");
    const sent = run.records.flatMap((r) => [...r.sent.A, ...r.sent.B]).map((s) => `${flagsOf(s)} ${s.seq}`);
    expect(sent).toEqual([`SYN ${ISS_A}`, `SYN,ACK ${ISS_B}`, `ACK ${ISS_A + 1}`]);
    expect(run.wire.A).toEqual([]);
    expect(run.wire.B).toEqual([]);
  });

  it("lose the head of the wire: the ladder marks it lost and nobody receives it", () => {
    const run = runTrace(
      setup([
        { t: "call", side: "B", call: "listen" },
        { t: "call", side: "A", call: "connect" },
        { t: "lose", to: "B" },
      ]),
    );
    expect(run.ep.B.state).toBe("LISTEN");
    const syn = run.rows.find((r) => r.kind === "segment");
    expect(syn).toMatchObject({ kind: "segment", from: "A", lost: true, arrivedAt: 2 });
  });

  it("fire a side's earliest timer at its deadline: a lost SYN is sent again", () => {
    const run = runTrace(
      setup([
        { t: "call", side: "A", call: "connect" },
        { t: "lose", to: "B" },
        { t: "timer", side: "A" },
      ]),
    );
    const again = run.records[2]!.sent.A;
    expect(again.map(flagsOf)).toEqual(["SYN"]);
    expect(again[0]!.seq).toBe(ISS_A);
    expect(run.records[2]!.now).toBeGreaterThanOrEqual(1000);
  });

  it("merge a pending pure ACK into the FIN of a close that asks for it (FIN+ACK in one segment)", () => {
    const close: TraceStep[] = [
      { t: "call", side: "A", call: "close" },
      { t: "deliver", to: "B" },
      { t: "call", side: "B", call: "close", merge: true },
    ];
    const run = runTrace(setup([...HANDSHAKE, ...close]));
    expect(run.wire.A.map((f) => flagsOf(f.segment))).toEqual(["FIN,ACK"]);
    const next = runTrace(setup([...HANDSHAKE, ...close, { t: "deliver", to: "A" }]));
    expect(next.ep.A.state).toBe("TIME_WAIT");
  });

  it("keep the pure ACK and the FIN apart without a merge (the four-way close)", () => {
    const run = runTrace(
      setup([...HANDSHAKE, { t: "call", side: "A", call: "close" }, { t: "deliver", to: "B" }, { t: "call", side: "B", call: "close" }]),
    );
    expect(run.wire.A.map((f) => flagsOf(f.segment))).toEqual(["ACK", "FIN,ACK"]);
  });

  it("give the same run for the same trace, and leave the run it steps from unchanged", () => {
    const trace = setup(HANDSHAKE.slice(0, 4));
    expect(runTrace(trace)).toEqual(runTrace(trace));
    const before = runTrace(trace);
    const frozen = JSON.stringify(before);
    const after = applyStep(before, { t: "deliver", to: "B" });
    expect(JSON.stringify(before)).toBe(frozen);
    expect(after.ep.B.state).toBe("ESTABLISHED");
  });
});
