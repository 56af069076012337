// A token bucket per client: a burst of RATE_BURST messages, refilled at RATE_PER_SECOND.
// Over the limit a message is dropped before it is parsed further, so a flood costs the
// room almost nothing and never delays the peer's messages.

export class TokenBucket {
  private tokens: number;
  private last: number;
  /** When we last told the client it was limited (we say it at most once a second). */
  private lastWarned = -Infinity;

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  /** Takes one token; false when the bucket is empty. */
  take(now: number): boolean {
    const elapsed = Math.max(0, now - this.last) / 1000;
    this.last = now;
    this.tokens = Math.min(this.burst, this.tokens + elapsed * this.perSecond);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** True at most once per second: whether to send the rate-limit error this time. */
  shouldWarn(now: number): boolean {
    if (now - this.lastWarned < 1000) return false;
    this.lastWarned = now;
    return true;
  }

  /** Whether the bucket has refilled to its burst by `now` (it can be forgotten). */
  isFull(now: number): boolean {
    return this.tokens + (Math.max(0, now - this.last) / 1000) * this.perSecond >= this.burst;
  }
}
