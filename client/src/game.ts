// The game factory: one Phaser.Game with the shell's scenes. Match, Debrief and Quiz are
// added later by shell/lazy.ts when a player first needs them.
import Phaser from "phaser";
import { BootScene } from "./shell/boot";
import { PreloaderScene } from "./shell/preloader";
import { TitleScene } from "./shell/title";
import { MenuScene } from "./shell/menu";
import { LobbyScene } from "./shell/lobby";
import { ReplayScene } from "./shell/replay";
import { ScenarioMapScene } from "./shell/scenario-map";
import { Ui } from "./ui/palette";

/**
 * WebGL emulated on the CPU (SwiftShader, llvmpipe: school PCs with a blocklisted GPU,
 * virtual machines) draws Phaser 4 at a few frames per second, while Phaser's Canvas
 * renderer stays smooth there (measured: 5 vs 40 fps on the title, see bench:client).
 */
export function isSoftwareWebGL(): boolean {
  try {
    const gl = document.createElement("canvas").getContext("webgl");
    if (!gl) return false;
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension("WEBGL_lose_context")?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software/i.test(renderer);
  } catch {
    return false;
  }
}

/** ?renderer=webgl|canvas overrides the choice (for comparisons). */
function rendererType(): number {
  const wanted = new URLSearchParams(location.search).get("renderer");
  if (wanted === "canvas") return Phaser.CANVAS;
  if (wanted === "webgl") return Phaser.WEBGL;
  return isSoftwareWebGL() ? Phaser.CANVAS : Phaser.AUTO;
}

const SHELL_SCENES = [BootScene, PreloaderScene, TitleScene, MenuScene, LobbyScene, ReplayScene, ScenarioMapScene];

/** `scenes`: the shell's by default; a classroom page starts with none and adds the match's. */
export function createGame(parent: HTMLElement, scenes: Phaser.Types.Scenes.SceneType[] = SHELL_SCENES): Phaser.Game {
  return new Phaser.Game({
    type: rendererType(),
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
    scene: scenes,
  });
}
