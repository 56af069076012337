// Entry point: language first (the preloader already speaks it), then the game. A class
// page (?class=CODE, ?teach) is plain HTML, bundled here so a student's phone shows the join
// screen after one download; it loads the game engine only when a match starts.
import { getLanguage, initI18n } from "./i18n";
import { classroomLink } from "./shell/invite";
import { startClassroom } from "./classroom/app";

initI18n();
const parent = document.getElementById("game");
if (parent) {
  const link = classroomLink();
  if (link) {
    startClassroom(parent, link);
  } else {
    void Promise.all([import("./game"), import("./debug/test-hooks")]).then(([{ createGame }, { installTestHooks }]) => {
      installTestHooks(createGame(parent), getLanguage);
    });
  }
}
