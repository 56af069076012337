// The journal's queue, the same for every database: calls wait in memory and go to the
// database in one batch (one transaction) every FLUSH_MS. A few thousand inputs a second from
// thousands of players cost a handful of transactions, and a match room never waits for one:
// queueing is all it does on its hot path. A crash loses at most the last FLUSH_MS of inputs.
//
// A batch that fails (the database restarting, a network blip) goes back to the front of the
// queue and is tried again, later each time; after MAX_ATTEMPTS it is dropped with an error
// logged, so a batch the database will never take cannot hold up the ones behind it.
import { log } from "../log";
import { isMatchId, type LiveMatch } from "./records";
import type { JournalStore } from "./stores";

export const FLUSH_MS = 50;
const MAX_ATTEMPTS = 8;
const MAX_BACKOFF_MS = 5_000;

export type JournalOp =
  | { kind: "begin"; match: LiveMatch }
  | { kind: "room"; id: string; room: unknown }
  | { kind: "inputs"; id: string; from: number; inputs: unknown[] }
  | { kind: "end"; id: string };

export abstract class BatchedJournal implements JournalStore {
  private queue: JournalOp[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** The batch being written (PostgreSQL); SQLite writes within flush(). */
  private writing: Promise<void> | null = null;
  private attempts = 0;

  constructor(private readonly flushMs: number) {}

  /** Writes one batch, in order, in one transaction. */
  protected abstract write(ops: readonly JournalOp[]): void | Promise<void>;
  /** This process's matches as stored (after everything queued was written). */
  protected abstract readLive<Config, Input, Room>(): Promise<LiveMatch<Config, Input, Room>[]>;

  /** A match has started (or restarted from the journal itself: its inputs so far come along). */
  begin(match: LiveMatch): void {
    if (!isMatchId(match.id)) throw new Error(`invalid match id ${JSON.stringify(match.id)}`);
    this.push({ kind: "begin", match: { ...match, inputs: [...match.inputs] } });
  }

  /** The room around the match changed (a bot took a seat, a secret was issued). */
  setRoom(id: string, room: unknown): void {
    this.push({ kind: "room", id, room });
  }

  /** Inputs `from`, `from + 1`, … of the match's log. */
  append(id: string, from: number, inputs: readonly unknown[]): void {
    if (inputs.length > 0) this.push({ kind: "inputs", id, from, inputs: [...inputs] });
  }

  /** The match is over (saved as finished, or abandoned): it will not come back. */
  end(id: string): void {
    this.push({ kind: "end", id });
  }

  flush(): Promise<void> {
    this.clearTimer();
    // One batch at a time, so batches reach the database in the order they were queued.
    if (this.writing) return this.writing.then(() => this.flush());
    if (this.queue.length === 0) return Promise.resolve();
    const ops = this.queue;
    this.queue = [];
    let written: void | Promise<void>;
    try {
      written = this.write(ops);
    } catch (error) {
      this.failed(ops, error);
      return Promise.resolve();
    }
    if (!(written instanceof Promise)) {
      this.attempts = 0;
      return Promise.resolve();
    }
    this.writing = written
      .then(
        () => void (this.attempts = 0),
        (error: unknown) => this.failed(ops, error),
      )
      .finally(() => (this.writing = null));
    return this.writing;
  }

  async live<Config = unknown, Input = unknown, Room = unknown>(): Promise<LiveMatch<Config, Input, Room>[]> {
    await this.flush();
    return this.readLive<Config, Input, Room>();
  }

  /** Ops waiting to be written (tests, and the shutdown's last flush). */
  get pending(): number {
    return this.queue.length;
  }

  private failed(ops: JournalOp[], error: unknown): void {
    this.attempts++;
    const message = error instanceof Error ? error.message : String(error);
    if (this.attempts >= MAX_ATTEMPTS) {
      log.error("journal.batch-dropped", { ops: ops.length, attempts: this.attempts, error: message });
      this.attempts = 0;
      return;
    }
    log.warn("journal.write-failed", { ops: ops.length, attempt: this.attempts, error: message });
    this.queue = [...ops, ...this.queue];
    this.schedule(Math.min(MAX_BACKOFF_MS, this.flushMs * 2 ** this.attempts));
  }

  private push(op: JournalOp): void {
    this.queue.push(op);
    if (this.timer === null) this.schedule(this.flushMs);
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
    this.timer.unref();
  }

  private clearTimer(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }
}
