// Join attempts into one class: a browser that keeps retrying (a script, a stuck reload loop)
// is refused for a while, and so is one address past what a whole school behind one NAT
// needs. Token buckets (server/rooms/rate-limit.ts), forgotten when full again.
import { TokenBucket } from "../rooms/rate-limit";

/** One browser: a few tries, then one every 2 s. */
const PER_BROWSER_BURST = 5;
const PER_BROWSER_PER_SECOND = 0.5;
/** One address: a school's students all join at once from behind one router. */
const PER_ADDRESS_BURST = 3000;
const PER_ADDRESS_PER_SECOND = 200;
/** Buckets are swept when there are this many. */
const SWEEP_AT = 10_000;

export class JoinLimiter {
  private readonly browsers = new Map<string, TokenBucket>();
  private readonly addresses = new Map<string, TokenBucket>();

  allow(browserHash: string, address: string, now: number): boolean {
    const browser = this.bucket(this.browsers, browserHash, PER_BROWSER_BURST, PER_BROWSER_PER_SECOND, now);
    const addr = this.bucket(this.addresses, address, PER_ADDRESS_BURST, PER_ADDRESS_PER_SECOND, now);
    return browser.take(now) && addr.take(now);
  }

  private bucket(map: Map<string, TokenBucket>, key: string, burst: number, rate: number, now: number): TokenBucket {
    let b = map.get(key);
    if (!b) {
      if (map.size >= SWEEP_AT) for (const [k, v] of map) if (v.isFull(now)) map.delete(k);
      map.set(key, (b = new TokenBucket(burst, rate, now)));
    }
    return b;
  }
}
