// legalActions lists what a conformant TCP may do, with the engine's exact segments.
import { describe, expect, it } from "vitest";
import { judgeSegment } from "../../shared/referee/judge";
import { legalActions } from "../../shared/referee/legal";
import { step } from "../../shared/tcp/index";
import { endpoints, ISN_A, run } from "../match/helpers";

describe("legalActions", () => {
  it("CLOSED offers an active open (a SYN with the ISS) and listen()", () => {
    const { a } = endpoints();
    const legal = legalActions(a, []);
    const open = legal.find((x) => x.kind === "segment" && x.stands === "open");
    expect(open?.kind === "segment" && open.segment.seq).toBe(ISN_A);
    expect(legal).toContainEqual({ kind: "call", call: "listen", to: "LISTEN" });
  });

  it("LISTEN offers close() back to CLOSED and no data", () => {
    const { b } = endpoints();
    const listening = run(b, [{ type: "open", passive: true }]).endpoint;
    const legal = legalActions(listening, []);
    expect(legal).toContainEqual({ kind: "call", call: "close", to: "CLOSED" });
    expect(legal.some((x) => x.kind === "segment" && x.stands === "send")).toBe(false);
  });

  it("every segment it offers is judged right by the referee", () => {
    const { a, b } = endpoints();
    const syn = run(a, [{ type: "open", passive: false }]);
    const r = run(b, [
      { type: "open", passive: true },
      { type: "segment", segment: syn.segments[0]! },
    ]);
    const ack = step(syn.endpoint, { type: "segment", segment: r.segments[0]! }, 0);
    for (const [ep, owed] of [
      [r.endpoint, r.segments],
      [ack.endpoint, []],
      [syn.endpoint, []],
    ] as const) {
      for (const x of legalActions(ep, owed)) {
        if (x.kind !== "segment") continue;
        const j = judgeSegment(ep, owed, x.segment, x.finMode);
        expect(j.verdict.ok, `${ep.state} ${x.stands}`).toBe(true);
      }
    }
  });
});
