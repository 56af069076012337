// At start-up: every class that had not ended (and is less than a day old) gets its room
// back, with its code, roster and results, so students rejoin by the same class link.
import { matchMaker } from "@colyseus/core";
import { CLASS_ROOM } from "../../shared/protocol/classroom";
import type { ClassStore } from "../storage";
import { log } from "../log";
import { sealClassRestore } from "./restore-options";

const RESTORE_WITHIN_MS = 24 * 3600_000;

export async function restoreClasses(repo: ClassStore, now = Date.now()): Promise<number> {
  let restored = 0;
  for (const c of await repo.liveClasses(now - RESTORE_WITHIN_MS)) {
    // With several processes (Redis), another one may have brought it back already.
    const [existing] = await matchMaker.query({ roomId: c.code });
    if (existing) continue;
    try {
      await matchMaker.createRoom(CLASS_ROOM, sealClassRestore(c.id));
      restored++;
    } catch (error) {
      log.error("class.restore-failed", { class: c.id, error: (error as Error).message });
    }
  }
  if (restored > 0) log.info("class.restored", { classes: restored });
  return restored;
}
