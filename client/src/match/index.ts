// The match screen and the debrief, loaded lazily: the shell adds these scenes on demand
// (client/src/shell/lazy.ts), so none of this is in the title screen's bundle.
import { MatchScene } from "./match-scene";
import { DebriefScene } from "../debrief/debrief-scene";

export const scenes: Record<string, new () => Phaser.Scene> = {
  Match: MatchScene,
  Debrief: DebriefScene,
};
