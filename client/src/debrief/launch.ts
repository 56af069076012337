// What the Debrief scene is started with: a match just played (from the Match scene) or a
// finished match to fetch by id (from the shell's Replay menu).
import type { PlayerView } from "../../../shared/match/types";
import type { MistakeCode } from "../../../shared/referee/types";
import type { Segment } from "../../../shared/tcp/types";
import type { NetSession } from "../net/session";
import type { DebriefLaunch } from "../net/types";

export interface AfterMatchLaunch {
  kind: "after-match";
  /** The last view of the match (its ladder is complete once the match has ended). */
  view: PlayerView;
  mistakes: { mistakes: MistakeCode[]; expected: Segment | null; at: number }[];
  matchId: string | null;
  /** Still joined: a rematch happens in the same room. */
  session: NetSession | null;
}

export type AnyDebriefLaunch = AfterMatchLaunch | DebriefLaunch;
