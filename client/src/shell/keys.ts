// Every scene key of the game in one place. Match, Debrief and Quiz live in lazily
// loaded modules (see docs/guide/add-a-screen.md); the shell only knows their keys.
export const SceneKey = {
  Boot: "Boot",
  Preloader: "Preloader",
  Title: "Title",
  Menu: "Menu",
  Lobby: "Lobby",
  Replay: "Replay",
  ScenarioMap: "ScenarioMap",
  Match: "Match",
  Debrief: "Debrief",
  Quiz: "Quiz",
} as const;

export type SceneKeyName = (typeof SceneKey)[keyof typeof SceneKey];
