// The quiz, loaded lazily by the menu (scenes/lazy.ts). It runs entirely in the browser:
// the shared engine generates and checks the questions, so no server is needed.
import { registerQuizBundle } from "./i18n";
import { QuizHomeScene } from "./homeScene";
import { QuizPlayScene } from "./playScene";
import { QuizProgressScene } from "./progressScene";
import { QuizResultScene } from "./resultScene";
import { QuizKey } from "./keys";

registerQuizBundle();

export const scenes: Record<string, new () => Phaser.Scene> = {
  [QuizKey.Home]: QuizHomeScene,
  [QuizKey.Play]: QuizPlayScene,
  [QuizKey.Result]: QuizResultScene,
  [QuizKey.Progress]: QuizProgressScene,
};
