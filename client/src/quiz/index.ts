// The quiz, loaded lazily by the menu (shell/lazy.ts). It runs entirely in the browser:
// the shared engine generates and checks the questions, so no server is needed.
import { registerQuizBundle } from "./i18n";
import { QuizHomeScene } from "./home-scene";
import { QuizPlayScene } from "./play-scene";
import { QuizProgressScene } from "./progress-scene";
import { QuizResultScene } from "./result-scene";
import { QuizKey } from "./keys";

registerQuizBundle();

export const scenes: Record<string, new () => Phaser.Scene> = {
  [QuizKey.Home]: QuizHomeScene,
  [QuizKey.Play]: QuizPlayScene,
  [QuizKey.Result]: QuizResultScene,
  [QuizKey.Progress]: QuizProgressScene,
};
