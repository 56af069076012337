// Installs window.__tcpArena on the running game (see debug/registry.ts).
import Phaser from "phaser";
import type { Language } from "../i18n";
import { handles, type ArenaDebug, type Box } from "./registry";

export { registerTestHandle, debugState } from "./registry";

export function installTestHooks(game: Phaser.Game, language: () => Language): ArenaDebug {
  // A scene that is still loading (the Preloader) counts as on screen too.
  const onScreen = new Set<number>([Phaser.Scenes.LOADING, Phaser.Scenes.CREATING, Phaser.Scenes.RUNNING]);
  const active = (): string[] =>
    game.scene
      .getScenes(false)
      .filter((s) => onScreen.has(s.sys.settings.status))
      .map((s) => s.scene.key);
  const hooks: ArenaDebug = {
    get scene() {
      const keys = active();
      return keys[keys.length - 1] ?? "";
    },
    get scenes() {
      return active();
    },
    get renderer() {
      return game.renderer?.type === Phaser.CANVAS ? "canvas" : "webgl";
    },
    get language() {
      return language();
    },
    get ui() {
      // Game coordinates -> CSS pixels of the page (RESIZE mode is 1:1, but stay exact).
      const rect = game.canvas.getBoundingClientRect();
      const sx = rect.width / game.scale.width;
      const sy = rect.height / game.scale.height;
      const out: Record<string, Box> = {};
      for (const [id, get] of handles) {
        const b = get();
        if (!b) continue;
        out[id] = { ...b, x: rect.left + b.x * sx, y: rect.top + b.y * sy, width: b.width * sx, height: b.height * sy };
      }
      return out;
    },
    room: null,
    notice: "",
  };
  window.__tcpArena = hooks;
  return hooks;
}
