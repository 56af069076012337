// One round at a time: the pairs' matches created on the server (bots for odd students),
// each student's seat sent, progress followed on the board, results gathered as matches end,
// and the time limit kept. The matches may live on any process (Redis): they are reached by
// room id, and their progress and results come over the presence bus.
import type { ClassMatchSeat, ClassPairs, ClassSetup, PairProgressRow, PairSeat } from "../../shared/protocol/classroom";
import type { PlannedPair, RoundPlan, Seat } from "../../shared/classroom/pairing";
import type { Side } from "../../shared/match/types";
import type { MatchProgress, MatchResults } from "../rooms/results";
import type { SeatPlan } from "../rooms/server-options";
import type { ClassStore, PairRecord, ResultRecord } from "../storage";
import { createServerMatch, endServerMatch, reserveSeatAgain } from "../server-matches";
import { log } from "../log";
import { RoundBoard } from "./board";

/** Matches created at once when a round starts (each is a room and two reservations). */
const CREATE_CONCURRENCY = 16;
/** After the teacher ends a round (or time is up), matches have this long to report. */
const END_GRACE_MS = 5000;
export const BOT_NAME = "Tutor bot";

export interface RunnerHooks {
  /** The round's pairs, once every match exists: to keep, and to show the teacher. */
  onPairs(pairs: ClassPairs, records: PairRecord[]): void;
  onSeat(studentId: number, seat: ClassMatchSeat): void;
  onResults(records: ResultRecord[]): void;
  onAllFinished(): void;
  onTimeUp(): void;
  nameOf(studentId: number): string;
}

const SIDES: readonly Side[] = ["A", "B"];

export class RoundRunner {
  private board: RoundBoard | null = null;
  private planned: PlannedPair[] = [];
  private deadline = 0;
  private timer: NodeJS.Timeout | null = null;
  private grace: NodeJS.Timeout | null = null;
  private starting: Promise<void> | null = null;

  constructor(
    private readonly classId: string,
    private readonly setup: ClassSetup,
    private readonly hooks: RunnerHooks,
  ) {}

  previous(): PlannedPair[] {
    return this.planned;
  }

  restorePrevious(pairs: readonly PairRecord[]): void {
    this.planned = pairs.map((p) => ({ A: p.A ?? "bot", B: p.B ?? "bot" }));
  }

  async start(round: number, plan: RoundPlan): Promise<void> {
    const spec = this.setup.rounds[round - 1]!;
    const board = new RoundBoard(round, plan.waiting);
    this.board = board;
    this.planned = plan.pairs;
    this.deadline = Date.now() + spec.timeLimitSeconds * 1000;
    this.arm();
    const seatName = (s: Seat): PairSeat =>
      s === "bot" ? { studentId: null, name: BOT_NAME } : { studentId: s, name: this.hooks.nameOf(s) };
    const records: PairRecord[] = [];
    const create = async (p: PlannedPair, index: number): Promise<void> => {
      const seats = { A: seatName(p.A), B: seatName(p.B) };
      const plan = (s: PairSeat): SeatPlan =>
        s.studentId === null ? { kind: "bot", bot: "tutor", name: BOT_NAME } : { kind: "human", name: s.name };
      try {
        const match = await createServerMatch({
          settings: { scenarioId: spec.scenarioId, difficulty: spec.difficulty },
          seats: { A: plan(seats.A), B: plan(seats.B) },
          tag: `class:${this.classId}:${round}:${index}`,
          scoring: this.setup.scoring,
        });
        if (this.board !== board) return;
        board.add(index, match.roomId, seats.A, seats.B, Date.now());
        records.push({ round, pair: index, roomId: match.roomId, A: seats.A.studentId, B: seats.B.studentId });
        for (const side of SIDES) {
          const id = seats[side].studentId;
          const reservation = match.reservations[side];
          if (id !== null && reservation)
            this.hooks.onSeat(id, this.seatMessage(round, match.roomId, side, reservation, seats[side === "A" ? "B" : "A"]));
        }
      } catch (error) {
        log.error("class.match-create-failed", { class: this.classId, round, pair: index, error: (error as Error).message });
      }
    };
    const queue = plan.pairs.map((p, i) => [p, i] as const);
    const workers = Array.from({ length: Math.min(CREATE_CONCURRENCY, queue.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await create(next[0], next[1]);
    });
    this.starting = Promise.all(workers).then(() => undefined);
    await this.starting;
    this.starting = null;
    if (this.board !== board) return;
    board.pairs.sort((a, b) => a.pair - b.pair);
    this.hooks.onPairs(this.pairsMessage()!, records);
    if (board.pairs.length === 0) this.hooks.onAllFinished();
  }

  pairsMessage(): ClassPairs | null {
    const b = this.board;
    if (!b) return null;
    return { round: b.round, pairs: b.pairs.map((p) => ({ pair: p.pair, roomId: p.roomId, A: p.A, B: p.B })), waiting: b.waiting };
  }

  /** A student back mid-round: a fresh seat in their match, if it still runs. */
  async reseat(studentId: number, send: (seat: ClassMatchSeat) => void): Promise<void> {
    if (this.starting) await this.starting;
    const b = this.board;
    const pair = b?.pairs.find((p) => p.A.studentId === studentId || p.B.studentId === studentId);
    if (!b || !pair || pair.finished) return;
    const side: Side = pair.A.studentId === studentId ? "A" : "B";
    const reservation = await reserveSeatAgain(pair.roomId, side, pair[side].name).catch(() => null);
    if (reservation) send(this.seatMessage(b.round, pair.roomId, side, reservation, pair[side === "A" ? "B" : "A"]));
  }

  extend(ms: number): void {
    this.deadline += ms;
    this.arm();
  }

  endsInMs(now: number): number {
    return Math.max(0, this.deadline - now);
  }

  /** Ends every unfinished match; `then` runs once all have reported or after a grace. */
  endAll(then: () => void): void {
    const b = this.board;
    if (!b) return then();
    if (this.timer) clearTimeout(this.timer);
    for (const p of b.pairs) if (!p.finished) void endServerMatch(p.roomId);
    this.grace = setTimeout(then, END_GRACE_MS);
    this.grace.unref?.();
  }

  /** What the pairs whose match never reported had reached: their points as they stood. */
  unfinishedResults(): ResultRecord[] {
    const b = this.board;
    if (!b) return [];
    const out: ResultRecord[] = [];
    for (const p of b.pairs) {
      if (p.finished) continue;
      for (const side of SIDES) {
        const id = p[side].studentId;
        if (id === null) continue;
        out.push({
          round: b.round,
          studentId: id,
          matchId: null,
          side,
          total: p.row[side === "A" ? 1 : 2],
          speed: 0,
          right: 0,
          declared: 0,
          goal: false,
          mistakes: {},
          concepts: [],
          finishedAt: Date.now(),
        });
      }
    }
    return out;
  }

  progress(p: MatchProgress, now: number): void {
    if (this.ownRound(p.tag) === this.board?.round) this.board?.progress(p, now);
  }

  /** Runs at once for a match of the current round; one of an earlier round reads its pair first. */
  async finished(r: MatchResults, repo: ClassStore | null): Promise<void> {
    const round = this.ownRound(r.tag);
    if (round === null) return;
    const b = this.board;
    let seats: Record<Side, number | null> | null = null;
    if (b && b.round === round) {
      const pair = b.finish(r.roomId, r.scores, r.goalReached);
      if (pair) seats = { A: pair.A.studentId, B: pair.B.studentId };
    } else {
      // A match of an earlier round (brought back after a restart) reports late.
      const rec = (await repo?.pairs(this.classId, round))?.find((p) => p.roomId === r.roomId);
      if (rec) seats = { A: rec.A, B: rec.B };
    }
    if (!seats) return;
    const records: ResultRecord[] = [];
    for (const side of SIDES) {
      const id = seats[side];
      // A seat the tutor played at the end (the student never came, or left) earns the student nothing.
      if (id === null || r.seats[side].kind !== "human") continue;
      records.push({
        round,
        studentId: id,
        matchId: r.matchId,
        side,
        total: r.scores[side],
        speed: r.sheets[side].speed,
        right: r.declarations[side].right,
        declared: r.declarations[side].total,
        goal: r.goalReached,
        mistakes: r.mistakes[side],
        concepts: r.concepts[side],
        finishedAt: Date.now(),
      });
    }
    this.hooks.onResults(records);
    if (b && b.round === round && b.allFinished() && !this.starting) this.hooks.onAllFinished();
  }

  changedRows(now: number): PairProgressRow[] {
    return this.board?.takeChanged(now, this.setup.stuckSeconds * 1000) ?? [];
  }

  allRows(now: number): PairProgressRow[] {
    return this.board?.takeChanged(now, this.setup.stuckSeconds * 1000, true) ?? [];
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.grace) clearTimeout(this.grace);
    this.timer = this.grace = null;
  }

  /** The round of a classroom match tag `class:<classId>:<round>:<pair>`, if it is this class's. */
  private ownRound(tag: string | null): number | null {
    const parts = tag?.split(":");
    if (parts?.length !== 4 || parts[0] !== "class" || parts[1] !== this.classId) return null;
    const round = Number(parts[2]);
    return Number.isInteger(round) ? round : null;
  }

  private seatMessage(round: number, roomId: string, side: Side, reservation: unknown, partner: PairSeat): ClassMatchSeat {
    const spec = this.setup.rounds[round - 1]!;
    return {
      round,
      roomId,
      side,
      reservation,
      partner,
      scenarioId: spec.scenarioId,
      difficulty: spec.difficulty,
      endsInMs: this.endsInMs(Date.now()),
    };
  }

  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.hooks.onTimeUp(), Math.max(0, this.deadline - Date.now()));
    this.timer.unref?.();
  }
}
