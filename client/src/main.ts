// Entry point: language first (the preloader already speaks it), then the game. A class
// page (?class=CODE, ?teach) is plain HTML and loads the game engine only when a match starts.
import { getLanguage, initI18n } from "./i18n";
import { classroomLink } from "./scenes/invite";

initI18n();
const parent = document.getElementById("game");
if (parent) {
  const link = classroomLink();
  if (link) {
    void import("./classroom/app").then((m) => m.startClassroom(parent, link));
  } else {
    void Promise.all([import("./game"), import("./debug/testHooks")]).then(([{ createGame }, { installTestHooks }]) => {
      installTestHooks(createGame(parent), getLanguage);
    });
  }
}
