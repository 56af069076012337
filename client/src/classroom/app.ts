// The classroom pages (plain HTML over the page; the game's canvas is shown only for a match):
// a student's join link, the teacher's setup, or the teacher's second screen.
import type { ClassroomLink } from "../shell/invite";
import { addClassroomText } from "./text";
import { StudentPage } from "./student";
import "./classroom.css";

export function startClassroom(gameParent: HTMLElement, link: ClassroomLink): void {
  addClassroomText();
  gameParent.hidden = true;
  const root = document.createElement("div");
  root.id = "classroom";
  root.className = "cr";
  document.body.append(root);
  if (link.kind === "student") {
    new StudentPage(root, gameParent, link.code).start();
    return;
  }
  // The teacher's screens (and the scenario list they need) are not part of a student's page.
  void import("./teacher/teacher").then((m) => m.startTeacher(root, gameParent, link));
}
