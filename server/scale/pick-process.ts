// Where a new room is made when several processes share Redis. Colyseus picks the process
// with the fewest rooms from its stats, which each process writes at most once a second: a
// classroom round creates hundreds of matches within that second, and all of them would land
// on the same process. This adds the rooms this process has just placed on each one.
import { matchMaker } from "@colyseus/core";

/** Longer than the stats' persist interval (1 s), so a placement counts until the stats show it. */
const REMEMBER_MS = 3000;
const placed = new Map<string, number[]>();

export async function pickProcess(now = Date.now()): Promise<string> {
  const all = await matchMaker.stats.fetchAll();
  let best = matchMaker.processId;
  let bestLoad = Infinity;
  for (const p of all) {
    const recent = (placed.get(p.processId) ?? []).filter((t) => now - t < REMEMBER_MS);
    placed.set(p.processId, recent);
    const load = p.roomCount + recent.length;
    if (load < bestLoad) {
      best = p.processId;
      bestLoad = load;
    }
  }
  placed.set(best, [...(placed.get(best) ?? []), now]);
  return best;
}
