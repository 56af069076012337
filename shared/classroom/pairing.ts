// Who plays whom in a round. Pure: the students present (in join order), last round's pairs
// and a seeded random source in, this round's pairs out. With "swap" the partners of last
// round stay together with roles swapped; with "shuffle" everyone gets a new partner where
// possible and the role they did not have last time. The odd student out gets the tutor bot
// (or sits the round out when the teacher turned the bot partner off).
import type { PairingMode } from "../protocol/classroom";
import { createRng, nextInt } from "../net/rng";

export type Seat = number | "bot";
export interface PlannedPair {
  A: Seat;
  B: Seat;
}
export interface RoundPlan {
  pairs: PlannedPair[];
  /** Students without a match this round. */
  waiting: number[];
}

export interface PairingInput {
  /** Students who will play, in join order. */
  present: readonly number[];
  previous: readonly PlannedPair[];
  mode: PairingMode;
  botPartner: boolean;
  seed: number;
}

export function planRound({ present, previous, mode, botPartner, seed }: PairingInput): RoundPlan {
  const here = new Set(present);
  const lastRole = new Map<number, "A" | "B">();
  for (const p of previous) {
    if (typeof p.A === "number") lastRole.set(p.A, "A");
    if (typeof p.B === "number") lastRole.set(p.B, "B");
  }
  const pairs: PlannedPair[] = [];
  const placed = new Set<number>();
  if (mode === "swap") {
    for (const p of previous) {
      if (typeof p.A === "number" && typeof p.B === "number" && here.has(p.A) && here.has(p.B)) {
        pairs.push({ A: p.B, B: p.A });
        placed.add(p.A).add(p.B);
      }
    }
  }
  let rest = present.filter((s) => !placed.has(s));
  if (mode === "shuffle") rest = shuffled(rest, seed);
  const partnerBefore = new Map<number, number>();
  for (const p of previous) {
    if (typeof p.A === "number" && typeof p.B === "number") {
      partnerBefore.set(p.A, p.B);
      partnerBefore.set(p.B, p.A);
    }
  }
  while (rest.length >= 2) {
    const first = rest.shift()!;
    // A new partner where one is free (shuffle); otherwise the next in line.
    let at = mode === "shuffle" ? rest.findIndex((s) => partnerBefore.get(first) !== s) : 0;
    if (at < 0) at = 0;
    const second = rest.splice(at, 1)[0]!;
    pairs.push(withRoles(first, second, lastRole));
  }
  const waiting: number[] = [];
  if (rest.length === 1) {
    const odd = rest[0]!;
    if (botPartner) pairs.push(lastRole.get(odd) === "A" ? { A: "bot", B: odd } : { A: odd, B: "bot" });
    else waiting.push(odd);
  }
  return { pairs, waiting };
}

/** Each student gets the role they did not play last round, where the two do not clash. */
function withRoles(x: number, y: number, lastRole: Map<number, "A" | "B">): PlannedPair {
  if (lastRole.get(x) === "A" || lastRole.get(y) === "B") return { A: y, B: x };
  return { A: x, B: y };
}

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let rng = createRng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const [j, next] = nextInt(rng, i + 1);
    rng = next;
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
