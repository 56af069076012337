// The lazily loaded module of client-match: the shell adds these scenes on demand
// (client/src/scenes/lazy.ts), so none of this is in the title screen's bundle.
import { MatchScene } from "./MatchScene";
import { DebriefScene } from "../debrief/DebriefScene";

export const scenes: Record<string, new () => Phaser.Scene> = {
  Match: MatchScene,
  Debrief: DebriefScene,
};
