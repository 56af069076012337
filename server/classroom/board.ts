// The live board of one round: each pair's progress as the dashboard shows it (compact rows,
// see PairProgressRow), which rows changed since the last dashboard, and which pairs are done.
import {
  PAIR_FINISHED,
  PAIR_GOAL,
  PAIR_STUCK,
  PAIR_WAIT_A,
  PAIR_WAIT_B,
  type PairProgressRow,
  type PairSeat,
} from "../../shared/protocol/classroom";
import type { MatchProgress } from "../rooms/results";

export interface LivePair {
  pair: number;
  roomId: string;
  A: PairSeat;
  B: PairSeat;
  row: PairProgressRow;
  /** Server ms of the last progress (or of the round's start). */
  lastChange: number;
  finished: boolean;
  dirty: boolean;
}

export class RoundBoard {
  readonly pairs: LivePair[] = [];
  private readonly byRoom = new Map<string, LivePair>();

  constructor(
    readonly round: number,
    /** The students who sit this round out. */
    readonly waiting: number[],
  ) {}

  add(pair: number, roomId: string, A: PairSeat, B: PairSeat, now: number): LivePair {
    const p: LivePair = { pair, roomId, A, B, row: [pair, 0, 0, 0, 0, 0, 0, 0], lastChange: now, finished: false, dirty: true };
    this.pairs.push(p);
    this.byRoom.set(roomId, p);
    return p;
  }

  pairOf(roomId: string): LivePair | undefined {
    return this.byRoom.get(roomId);
  }

  /** A step of a pair's match (public facts only: scores, declarations made, who is awaited). */
  progress(p: MatchProgress, now: number): void {
    const pair = this.byRoom.get(p.roomId);
    if (!pair || pair.finished) return;
    const row = pair.row;
    const waiting = (p.waitingFor.includes("A") ? PAIR_WAIT_A : 0) | (p.waitingFor.includes("B") ? PAIR_WAIT_B : 0);
    const flags = (p.goalReached ? PAIR_GOAL : 0) | (p.ended ? PAIR_FINISHED : 0);
    const next: PairProgressRow = [pair.pair, p.scores.A, p.scores.B, p.checkpoints.A, p.checkpoints.B, waiting, flags, 0];
    if (next.some((v, i) => i < 7 && v !== row[i])) {
      pair.row = next;
      pair.lastChange = now;
      pair.dirty = true;
    }
  }

  finish(roomId: string, scores: { A: number; B: number }, goal: boolean): LivePair | undefined {
    const pair = this.byRoom.get(roomId);
    if (!pair || pair.finished) return pair;
    pair.finished = true;
    pair.row = [pair.pair, scores.A, scores.B, pair.row[3], pair.row[4], 0, PAIR_FINISHED | (goal ? PAIR_GOAL : 0), 0];
    pair.dirty = true;
    return pair;
  }

  allFinished(): boolean {
    return this.pairs.every((p) => p.finished);
  }

  /**
   * The rows that changed, or whose "stuck" mark changed, since the last call. The idle
   * seconds ride along (the client counts on from them) but alone never make a row change.
   */
  takeChanged(now: number, stuckMs: number, all = false): PairProgressRow[] {
    const out: PairProgressRow[] = [];
    for (const p of this.pairs) {
      const idle = now - p.lastChange;
      const stuck = !p.finished && idle >= stuckMs;
      const flags = (p.row[6] & ~PAIR_STUCK) | (stuck ? PAIR_STUCK : 0);
      if (flags !== p.row[6]) {
        p.row[6] = flags;
        p.dirty = true;
      }
      if (!p.dirty && !all) continue;
      p.row[7] = p.finished ? 0 : Math.floor(idle / 1000);
      p.dirty = false;
      out.push([...p.row] as PairProgressRow);
    }
    return out;
  }
}
