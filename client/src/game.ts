// The game factory: one Phaser.Game with the shell's scenes. Match, Debrief and Quiz are
// added later by scenes/lazy.ts when a player first needs them.
import Phaser from "phaser";
import { BootScene } from "./scenes/boot";
import { PreloaderScene } from "./scenes/preloader";
import { TitleScene } from "./scenes/title";
import { MenuScene } from "./scenes/menu";
import { LobbyScene } from "./scenes/lobby";
import { ReplayScene } from "./scenes/replay";
import { Ui } from "./ui/palette";

export function createGame(parent: HTMLElement): Phaser.Game {
  return new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: Ui.bg,
    scale: {
      // The canvas fills the window; scenes lay themselves out (ui/layout.ts).
      mode: Phaser.Scale.RESIZE,
      width: "100%",
      height: "100%",
    },
    // Our sounds are synthesised by ui/sound.ts; Phaser's own audio would open a second
    // AudioContext before any user gesture (a console warning in Chromium).
    audio: { noAudio: true },
    banner: false,
    scene: [BootScene, PreloaderScene, TitleScene, MenuScene, LobbyScene, ReplayScene],
  });
}
