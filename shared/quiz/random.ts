// A small seeded random source (mulberry32) so the same seed always gives the same quiz.
// The quiz keeps its own instead of Math.random: a teacher's link must reproduce exactly.

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: readonly T[]): T[];
  chance(p: number): boolean;
}

/** FNV-1a: any seed string (from a share link) becomes a 32-bit state. */
export function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function createRng(seed: string | number): Rng {
  let a = typeof seed === "number" ? seed >>> 0 : hashSeed(seed);
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[int(0, items.length - 1)] as T;
    },
    shuffle: <T>(items: readonly T[]): T[] => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
    chance: (p: number): boolean => next() < p,
  };
}

/** A fresh seed for a new quiz: short, URL-safe, easy to read aloud in class. */
export function seedFrom(n: number): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  let x = n >>> 0;
  let s = "";
  for (let i = 0; i < 6; i++) {
    s += alphabet[x % alphabet.length];
    x = Math.floor(x / alphabet.length) ^ (Math.imul(x, 2654435761) >>> 7);
    x >>>= 0;
  }
  return s;
}
