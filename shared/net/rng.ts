// A small seeded PRNG (mulberry32) whose state is one plain number, so a match that holds
// it stays plain JSON and replays exactly.

export interface RngState {
  s: number;
}

export function createRng(seed: number): RngState {
  return { s: seed >>> 0 };
}

/** A float in [0, 1) and the next state. */
export function nextFloat(rng: RngState): [number, RngState] {
  const s = (rng.s + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, { s }];
}

/** An integer in [0, n) and the next state. */
export function nextInt(rng: RngState, n: number): [number, RngState] {
  const [f, next] = nextFloat(rng);
  return [Math.floor(f * n), next];
}

/** A 32-bit unsigned integer (e.g. an ISN) and the next state. */
export function nextUint32(rng: RngState): [number, RngState] {
  const [f, next] = nextFloat(rng);
  return [Math.floor(f * 4294967296) >>> 0, next];
}
