// What the shell hands to the lazily loaded scenes (see docs/guide/add-a-screen.md).
import type { NetSession, Seat } from "./session";

export type { Seat };

export type MatchLaunch =
  /** `onExit`: a classroom match goes back to the class page, not to the menu or a debrief. */
  | { kind: "live"; session: NetSession; seat: Seat; resumed: boolean; onExit?: () => void }
  /** For bench:client: ten segments in flight, no server. */
  | { kind: "demo"; demo: "ten-segments" }
  /** Practice against a bot in the browser: no server needed (offline too). */
  | { kind: "local"; scenarioId: string; difficulty: "guided" | "standard" | "expert"; bot: "tutor" | "trickster" };

export type DebriefLaunch = { kind: "replay"; matchId: string };

export interface QuizLaunch {
  seed?: string;
}
