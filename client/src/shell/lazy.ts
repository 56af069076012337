// The lazily loaded parts of the game: the match and debrief scenes and the quiz, each its own
// chunk, downloaded when a player first needs it; each module exports
// `scenes: Record<key, SceneClass>`.
import { loadLazyNamespaces } from "../i18n";

type SceneModule = { scenes: Record<string, new () => Phaser.Scene> };

const matchModules = import.meta.glob<SceneModule>("../match/index.ts");
const quizModules = import.meta.glob<SceneModule>("../quiz/index.ts");

async function load(modules: Record<string, () => Promise<SceneModule>>, game: Phaser.Game): Promise<boolean> {
  const loader = Object.values(modules)[0];
  if (!loader) return false;
  // Their text comes with them: the scenes may call t("match:…") as soon as they start.
  const [mod] = await Promise.all([loader(), loadLazyNamespaces()]);
  for (const [key, cls] of Object.entries(mod.scenes)) {
    if (!game.scene.getScene(key)) game.scene.add(key, cls, false);
  }
  return true;
}

/** Adds Match and Debrief to the game; false if that part is not available. */
export const loadMatchScenes = (game: Phaser.Game): Promise<boolean> => load(matchModules, game);
/** Adds Quiz (and its sub-scenes) to the game; false if that part is not available. */
export const loadQuizScenes = (game: Phaser.Game): Promise<boolean> => load(quizModules, game);
