import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SEQ_MOD, seqAdd, seqDiff, seqGe, seqGt, seqInHalfOpenAbove, seqInRange, seqLe, seqLt } from "../../shared/tcp";

const seqNum = fc.nat({ max: SEQ_MOD - 1 });
const small = fc.integer({ min: -(2 ** 31) + 1, max: 2 ** 31 - 1 });

describe("sequence arithmetic modulo 2^32 (RFC 9293 3.4)", () => {
  it("adding past 2^32 wraps to the bottom of the space", () => {
    expect(seqAdd(SEQ_MOD - 2, 5)).toBe(3);
    expect(seqAdd(1, -3)).toBe(SEQ_MOD - 2);
  });

  it("a number a few bytes past the wrap is greater than one a few bytes below it", () => {
    expect(seqLt(SEQ_MOD - 3, 2)).toBe(true);
    expect(seqGt(2, SEQ_MOD - 3)).toBe(true);
    expect(seqDiff(2, SEQ_MOD - 3)).toBe(5);
  });

  it("a + n stays a 32-bit sequence number and b - a added back to a gives b", () => {
    fc.assert(
      fc.property(seqNum, seqNum, small, (a, b, n) => {
        const s = seqAdd(a, n);
        expect(Number.isInteger(s) && s >= 0 && s < SEQ_MOD).toBe(true);
        expect(seqAdd(a, seqDiff(b, a))).toBe(b);
        expect(seqDiff(s, a)).toBe(n);
      }),
    );
  });

  it("comparisons agree with the signed distance and with each other", () => {
    fc.assert(
      fc.property(seqNum, small, (a, n) => {
        const b = seqAdd(a, n);
        expect(seqLt(a, b)).toBe(n > 0);
        expect(seqLe(a, b)).toBe(n >= 0);
        expect(seqGe(b, a)).toBe(n >= 0);
        expect(seqInRange(b, a, seqAdd(a, 10))).toBe(n >= 0 && n < 10);
        expect(seqInHalfOpenAbove(b, a, seqAdd(a, 10))).toBe(n > 0 && n <= 10);
      }),
    );
  });
});
