// Latency bookkeeping: the time from a player's action to the moment its peer sees the
// update that action caused. Both clients live in the same process, so one clock times both.

/** An action with no peer update after this long counts as unanswered, not as a sample. */
export const ANSWER_TIMEOUT_MS = 1500;

export class Recorder {
  measuring = false;
  readonly samples: number[] = [];
  actions = 0;
  /** Messages the players received during the window (views; patches for the bare room). */
  messages = 0;
  unanswered = 0;
  matchesFinished = 0;
  errors = 0;
  firstError: string | undefined;
  /** Send time, and whether the send fell inside the measuring window. */
  private readonly pending = new Map<string, { at: number; counted: boolean }>();

  /** A player sent an action; `key` names what the peer will see (e.g. "pair7:A:12"). */
  sent(key: string, at: number): void {
    if (this.measuring) this.actions++;
    this.pending.set(key, { at, counted: this.measuring });
  }

  /** A player received a message from the server. */
  received(): void {
    if (this.measuring) this.messages++;
  }

  /** The peer saw the update for `key`. */
  seen(key: string, at: number): void {
    const sent = this.pending.get(key);
    if (sent === undefined) return;
    this.pending.delete(key);
    if (!sent.counted) return;
    const latency = at - sent.at;
    if (latency > ANSWER_TIMEOUT_MS) this.unanswered++;
    else this.samples.push(latency);
  }

  /** The action was refused, so no peer update will come: neither a sample nor unanswered. */
  cancel(key: string): void {
    this.pending.delete(key);
  }

  /** Forgets sends older than the timeout, counting them as unanswered. */
  sweep(now: number): void {
    for (const [key, sent] of this.pending) {
      if (now - sent.at <= ANSWER_TIMEOUT_MS) continue;
      this.pending.delete(key);
      if (sent.counted) this.unanswered++;
    }
  }

  error(err: unknown): void {
    this.errors++;
    this.firstError ??= err instanceof Error ? err.message : String(err);
  }
}
