// The teacher's live picture of the class, built from the class room's compact messages:
// `class.dashboard` deltas (roster entries, removed ids, progress rows), `class.pairs` at each
// round's start. Pure: the screens read it, tests feed it messages.
import {
  PAIR_FINISHED,
  PAIR_GOAL,
  PAIR_STUCK,
  PAIR_WAIT_A,
  PAIR_WAIT_B,
  type ClassDashboard,
  type ClassPairs,
  type ClassStatus,
  type PairProgressRow,
  type PairSeat,
  type RosterEntry,
} from "../../../../shared/protocol/classroom";

export interface PairLine {
  pair: number;
  roomId: string;
  A: PairSeat;
  B: PairSeat;
  scoreA: number;
  scoreB: number;
  checkpointsA: number;
  checkpointsB: number;
  waitsFor: Array<"A" | "B">;
  goal: boolean;
  finished: boolean;
  stuck: boolean;
  idleSeconds: number;
}

export type PairFilter = "all" | "stuck" | "running" | "finished";

export class DashboardModel {
  readonly roster = new Map<number, RosterEntry>();
  private readonly pairs = new Map<number, ClassPairs["pairs"][number]>();
  private readonly progress = new Map<number, PairProgressRow>();
  status: ClassStatus | null = null;
  round = 0;
  waiting: number[] = [];

  applyDashboard(d: ClassDashboard): void {
    if (d.full) this.roster.clear();
    for (const r of d.roster) this.roster.set(r.id, r);
    for (const id of d.removed) this.roster.delete(id);
    for (const row of d.progress) this.progress.set(row[0], row);
    this.status = d.status;
  }

  applyPairs(p: ClassPairs): void {
    if (p.round !== this.round) this.progress.clear();
    this.round = p.round;
    this.pairs.clear();
    for (const pair of p.pairs) this.pairs.set(pair.pair, pair);
    this.waiting = [...p.waiting];
  }

  /** Students in name order (the lobby's list). */
  students(): RosterEntry[] {
    return [...this.roster.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
  }

  line(pair: number): PairLine | null {
    const p = this.pairs.get(pair);
    if (!p) return null;
    const row = this.progress.get(pair);
    const wait = row?.[5] ?? 0;
    const flags = row?.[6] ?? 0;
    return {
      pair,
      roomId: p.roomId,
      A: p.A,
      B: p.B,
      scoreA: row?.[1] ?? 0,
      scoreB: row?.[2] ?? 0,
      checkpointsA: row?.[3] ?? 0,
      checkpointsB: row?.[4] ?? 0,
      waitsFor: [...(wait & PAIR_WAIT_A ? (["A"] as const) : []), ...(wait & PAIR_WAIT_B ? (["B"] as const) : [])],
      goal: (flags & PAIR_GOAL) !== 0,
      finished: (flags & PAIR_FINISHED) !== 0,
      stuck: (flags & PAIR_STUCK) !== 0 && (flags & PAIR_FINISHED) === 0,
      idleSeconds: row?.[7] ?? 0,
    };
  }

  /**
   * The pairs as the teacher reads them: stuck pairs first (longest idle first), then the
   * running ones (least progress first), finished pairs last.
   */
  lines(filter: PairFilter = "all"): PairLine[] {
    const out: PairLine[] = [];
    for (const pair of this.pairs.keys()) {
      const l = this.line(pair)!;
      if (filter === "stuck" && !l.stuck) continue;
      if (filter === "finished" && !l.finished) continue;
      if (filter === "running" && (l.finished || l.stuck)) continue;
      out.push(l);
    }
    const group = (l: PairLine): number => (l.stuck ? 0 : l.finished ? 2 : 1);
    return out.sort(
      (a, b) =>
        group(a) - group(b) ||
        (group(a) === 0 ? b.idleSeconds - a.idleSeconds : 0) ||
        (group(a) === 1 ? a.checkpointsA + a.checkpointsB - (b.checkpointsA + b.checkpointsB) : 0) ||
        a.pair - b.pair,
    );
  }

  counts(): { pairs: number; stuck: number; finished: number; running: number } {
    let stuck = 0;
    let finished = 0;
    for (const pair of this.pairs.keys()) {
      const l = this.line(pair)!;
      if (l.finished) finished++;
      else if (l.stuck) stuck++;
    }
    return { pairs: this.pairs.size, stuck, finished, running: this.pairs.size - stuck - finished };
  }
}

/** One page of a list: `page` is clamped to the pages there are. */
export function pageOf<T>(items: readonly T[], page: number, size: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { items: items.slice(p * size, p * size + size), page: p, pages };
}
