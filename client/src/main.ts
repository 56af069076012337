// Entry point: language first (the preloader already speaks it), then the game.
import { createGame } from "./game";
import { getLanguage, initI18n } from "./i18n";
import { installTestHooks } from "./debug/testHooks";

initI18n();
const parent = document.getElementById("game");
if (parent) {
  const game = createGame(parent);
  installTestHooks(game, getLanguage);
}
