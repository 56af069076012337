// The wire and the scenario's network rules, and the seeded random source.
import { describe, expect, it } from "vitest";
import { createRng, nextFloat, nextUint32 } from "../../shared/net/rng";
import { createWire, flagSet, nextFlight, releaseOldDuplicates, sendOnWire } from "../../shared/net/wire";
import type { NetworkRule } from "../../shared/scenarios/types";
import type { Segment } from "../../shared/tcp/types";
import { draft } from "./helpers";

const seg = (text: string): Segment => ({ ...draft(text), window: 65535 });
const SYN = seg("S seq=1");
const ACK = seg("A seq=2 ack=9");
const DATA = seg("PA seq=2 ack=9 data=hi");

describe("rng", () => {
  it("the same seed gives the same numbers, in [0, 1)", () => {
    let a = createRng(7);
    let b = createRng(7);
    for (let i = 0; i < 100; i++) {
      const [x, a2] = nextFloat(a);
      const [y, b2] = nextFloat(b);
      expect(x).toBe(y);
      expect(x >= 0 && x < 1).toBe(true);
      a = a2;
      b = b2;
    }
    expect(nextUint32(createRng(8))[0]).not.toBe(nextUint32(createRng(7))[0]);
  });
});

describe("wire", () => {
  it("a segment lands one delay after it was sent", () => {
    const w = createWire(100, 0, []);
    const r = sendOnWire(w, [], createRng(1), "A", SYN, 50);
    expect(r.placed).toHaveLength(1);
    expect(nextFlight(w)).toMatchObject({ arriveAt: 150, fate: "deliver", kind: "original" });
  });

  it("flag sets are matched exactly, PSH ignored", () => {
    expect(flagSet(DATA)).toBe("ACK");
    expect(flagSet(seg("SA"))).toBe("SYN,ACK");
  });

  it("drop with nth loses only the nth matching segment, half-way", () => {
    const rules: NetworkRule[] = [{ kind: "drop", match: { from: "A", flags: "ACK", nth: 2 } }];
    const w = createWire(100, 0, rules);
    const rng = createRng(1);
    const first = sendOnWire(w, rules, rng, "A", ACK, 0).placed[0]!;
    const second = sendOnWire(w, rules, rng, "A", ACK, 10).placed[0]!;
    expect(first.fate).toBe("deliver");
    expect(second).toMatchObject({ fate: "drop", arriveAt: 60 });
  });

  it("duplicate makes a copy that lands gapMs after the original; delay adds extraMs", () => {
    const rules: NetworkRule[] = [
      { kind: "duplicate", match: { hasData: true }, gapMs: 30 },
      { kind: "delay", match: { from: "B" }, extraMs: 500 },
    ];
    const w = createWire(100, 0, rules);
    const r = sendOnWire(w, rules, createRng(1), "A", DATA, 0);
    expect(r.placed.map((f) => [f.kind, f.arriveAt])).toEqual([
      ["original", 100],
      ["duplicate", 130],
    ]);
    const late = sendOnWire(w, rules, createRng(1), "B", ACK, 0).placed[0]!;
    expect(late.arriveAt).toBe(600);
  });

  it("hold-until keeps a SYN on the wire until the other SYN is sent, then both fly (crossing SYNs)", () => {
    const rules: NetworkRule[] = [
      { kind: "hold-until", match: { from: "A", flags: "SYN" }, until: { from: "B", flags: "SYN" } },
      { kind: "hold-until", match: { from: "B", flags: "SYN" }, until: { from: "A", flags: "SYN" } },
    ];
    const w = createWire(100, 0, rules);
    const a = sendOnWire(w, rules, createRng(1), "A", SYN, 0).placed[0]!;
    expect(a.arriveAt).toBeNull();
    const r = sendOnWire(w, rules, createRng(1), "B", seg("S seq=77"), 40);
    expect(r.released.map((f) => f.id)).toEqual([a.id]);
    expect(a.arriveAt).toBe(140);
    // B's SYN is not held: the segment it waits for has already been sent.
    expect(r.placed[0]!.arriveAt).toBe(140);
  });

  it("old-duplicate keeps a copy and delivers it when the target side reaches the state", () => {
    const rules: NetworkRule[] = [
      { kind: "old-duplicate", match: { from: "B", hasData: true, nth: 1 }, deliverTo: "A", whenState: "TIME_WAIT" },
    ];
    const w = createWire(100, 0, rules);
    sendOnWire(w, rules, createRng(1), "B", DATA, 0);
    expect(releaseOldDuplicates(w, { A: "FIN_WAIT_2", B: "LAST_ACK" }, 500)).toHaveLength(0);
    const old = releaseOldDuplicates(w, { A: "TIME_WAIT", B: "CLOSED" }, 900);
    expect(old).toHaveLength(1);
    expect(old[0]).toMatchObject({ from: "B", kind: "old", arriveAt: 1000 });
    expect(releaseOldDuplicates(w, { A: "TIME_WAIT", B: "CLOSED" }, 950)).toHaveLength(0);
  });

  it("inState matches only segments sent from that state, and nth counts among those", () => {
    const rules: NetworkRule[] = [{ kind: "drop", match: { from: "A", flags: "ACK", inState: "TIME_WAIT", nth: 2 } }];
    const w = createWire(100, 0, rules);
    const rng = createRng(1);
    const fates = (["ESTABLISHED", "TIME_WAIT", "ESTABLISHED", "TIME_WAIT"] as const).map(
      (st) => sendOnWire(w, rules, rng, "A", ACK, 0, st).placed[0]!.fate,
    );
    expect(fates).toEqual(["deliver", "deliver", "deliver", "drop"]);
  });

  it("a loss rate loses about that share of segments, the same ones for the same seed", () => {
    const run = (seed: number) => {
      const w = createWire(100, 0.25, []);
      let rng = createRng(seed);
      const fates: string[] = [];
      for (let i = 0; i < 2000; i++) {
        const r = sendOnWire(w, [], rng, "A", ACK, i);
        rng = r.rng;
        fates.push(r.placed[0]!.fate);
      }
      return fates;
    };
    const a = run(9);
    const lost = a.filter((f) => f === "drop").length / a.length;
    expect(lost).toBeGreaterThan(0.2);
    expect(lost).toBeLessThan(0.3);
    expect(run(9)).toEqual(a);
  });
});
