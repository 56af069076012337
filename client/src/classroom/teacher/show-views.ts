// The projector after a round (the animated leaderboard) and after the last one (the podium),
// sized to be read from the back of a room at 1920×1080.
import type { ClassLeaderboard, ClassPodium, LeaderRow } from "../../../../shared/protocol/classroom";
import { h } from "../dom";
import { tc } from "../text";
import { accuracy, boardList } from "../board";

export function leaderboardView(board: ClassLeaderboard, controls: HTMLElement): HTMLElement {
  return h(
    "div",
    {},
    h(
      "section",
      { class: "cr-show", "data-testid": "board" },
      h("h1", { text: tc("board.title", { round: board.round, rounds: board.rounds }) }),
      boardList(board.rows, { animate: true, testId: "board.list" }),
      board.of > board.rows.length
        ? h("p", { class: "cr-dim", text: tc("board.ofAll", { shown: board.rows.length, of: board.of }) })
        : null,
    ),
    h("div", { class: "cr-show-controls" }, controls),
  );
}

/** A step of the podium: its height is the place, its number the rank (tied students share one). */
function step(row: LeaderRow | undefined, place: 1 | 2 | 3): HTMLElement {
  return h(
    "div",
    { class: `cr-step cr-step-${place}`, "data-testid": `podium.${place}` },
    h("span", { class: "cr-place", text: String(row?.rank ?? place) }),
    h("span", { class: "cr-name", text: row?.name ?? "–" }),
    row ? h("span", { class: "cr-points", text: tc("board.points", { points: row.points }) }) : null,
    row ? h("span", { class: "cr-dim", style: "display:block", text: tc("podium.accuracy", { accuracy: accuracy(row) }) }) : null,
  );
}

export function podiumView(p: ClassPodium, openReport: () => void): HTMLElement {
  const byRank = (r: number): LeaderRow | undefined => p.podium.find((x) => x.rank === r) ?? p.podium[r - 1];
  return h(
    "section",
    { class: "cr-show cr-center", "data-testid": "podium" },
    h("h1", { text: tc("podium.title") }),
    h("div", { class: "cr-podium" }, step(byRank(2), 2), step(byRank(1), 1), step(byRank(3), 3)),
    h("p", { class: "cr-dim", text: tc("podium.of", { of: p.of }) }),
    h("button", { type: "button", class: "cr-primary", "data-testid": "podium.report", text: tc("podium.report"), onclick: openReport }),
  );
}
