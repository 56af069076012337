// Sequence-number arithmetic modulo 2^32 (RFC 9293 section 3.4).
// Every comparison of sequence numbers in the engine goes through here, so an ISS a few
// bytes below 2^32 wraps correctly everywhere.

export const SEQ_MOD = 0x1_0000_0000;

// The hot path of the engine: `>>> 0` and `| 0` are ToUint32 / ToInt32, i.e. exactly
// "modulo 2^32" and "modulo 2^32 as a signed distance", for any integer operands.

/** a + n, wrapped into 0..2^32-1. */
export function seqAdd(a: number, n: number): number {
  return (a + n) >>> 0;
}

/** The signed distance from a to b (b - a), in -2^31..2^31-1. */
export function seqDiff(b: number, a: number): number {
  return (b - a) | 0;
}

export const seqLt = (a: number, b: number): boolean => seqDiff(b, a) > 0;
export const seqLe = (a: number, b: number): boolean => seqDiff(b, a) >= 0;
export const seqGt = (a: number, b: number): boolean => seqDiff(b, a) < 0;
export const seqGe = (a: number, b: number): boolean => seqDiff(b, a) <= 0;

/** lo <= x < hi, modulo 2^32. */
export function seqInRange(x: number, lo: number, hi: number): boolean {
  return seqLe(lo, x) && seqLt(x, hi);
}

/** lo < x <= hi, modulo 2^32 (the "SND.UNA < SEG.ACK =< SND.NXT" test). */
export function seqInHalfOpenAbove(x: number, lo: number, hi: number): boolean {
  return seqLt(lo, x) && seqLe(x, hi);
}

export function isSeqNumber(x: number): boolean {
  return Number.isInteger(x) && x >= 0 && x < SEQ_MOD;
}
