// Ready-made playlists for the teacher's setup screen: a round is a scenario, a difficulty and
// a time limit. A teacher starts from one of these and edits it.
import type { ClassRound } from "../protocol/classroom";
import type { Text } from "../scenarios/types";

export interface Playlist {
  id: string;
  title: Text;
  rounds: ClassRound[];
}

const round = (scenarioId: string, difficulty: ClassRound["difficulty"], minutes: number): ClassRound => ({
  scenarioId,
  difficulty,
  timeLimitSeconds: minutes * 60,
});

export const PLAYLISTS: readonly Playlist[] = [
  {
    id: "open-and-close",
    title: { en: "Opening and closing", zh: "建立与释放连接" },
    rounds: [round("handshake", "guided", 4), round("four-way-close", "standard", 5), round("full-lifecycle", "standard", 6)],
  },
  {
    id: "time-wait",
    title: { en: "TIME_WAIT and its two reasons", zh: "TIME_WAIT 及其两个理由" },
    rounds: [round("four-way-close", "guided", 5), round("lost-final-ack", "standard", 6), round("old-duplicate", "standard", 6)],
  },
  {
    id: "everything",
    title: { en: "Everything: open, close, timers, crossings", zh: "全部内容：建立、释放、计时器与同时操作" },
    rounds: [
      round("handshake", "standard", 4),
      round("four-way-close", "standard", 5),
      round("half-close", "standard", 6),
      round("lost-final-ack", "standard", 6),
      round("old-duplicate", "standard", 6),
      round("fin-wait-2-timeout", "standard", 6),
      round("simultaneous-open", "standard", 5),
      round("simultaneous-close", "standard", 5),
      round("quiet-time", "standard", 6),
    ],
  },
];
