// Loads "Explain a capture" on demand (its scenes, its worker and its text are not part of
// the title bundle) and opens it. The glob keeps the menu building without the module.
import { loadLazyNamespaces } from "../i18n";
import { CaptureKey } from "./keys";

type SceneModule = { scenes: Record<string, new () => Phaser.Scene> };
const modules = import.meta.glob<SceneModule>("./index.ts");

/** Adds the capture scenes to the game and starts the first; false if they cannot load. */
export async function openCapture(from: Phaser.Scene): Promise<boolean> {
  const loader = Object.values(modules)[0];
  if (!loader) return false;
  const [mod] = await Promise.all([loader(), loadLazyNamespaces()]);
  for (const [key, cls] of Object.entries(mod.scenes)) if (!from.game.scene.getScene(key)) from.game.scene.add(key, cls, false);
  from.scene.start(CaptureKey.Open);
  return true;
}
