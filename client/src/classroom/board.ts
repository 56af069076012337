// Pieces of the leaderboard shared by the projector and the students' phones: the rank
// change as a mark and a word (never colour alone), and the row list.
import type { LeaderRow } from "../../../shared/protocol/classroom";
import { h } from "./dom";
import { tc } from "./text";

export type Move = { kind: "new" } | { kind: "up"; by: number } | { kind: "down"; by: number } | { kind: "same" };

/** How a rank moved this round (a smaller rank is better). */
export function rankMove(rank: number, previousRank: number | null): Move {
  if (previousRank === null) return { kind: "new" };
  if (rank < previousRank) return { kind: "up", by: previousRank - rank };
  if (rank > previousRank) return { kind: "down", by: rank - previousRank };
  return { kind: "same" };
}

export function moveText(move: Move): string {
  switch (move.kind) {
    case "new":
      return tc("board.new");
    case "up":
      return `▲ ${tc("board.up", { count: move.by })}`;
    case "down":
      return `▼ ${tc("board.down", { count: move.by })}`;
    case "same":
      return `= ${tc("board.same")}`;
  }
}

/** Accuracy as "right/declared". */
export const accuracy = (row: Pick<LeaderRow, "right" | "declared">): string =>
  row.declared > 0 ? `${Math.round((100 * row.right) / row.declared)}%` : "–";

/**
 * The rows as an ordered list. `animate`: each row starts where its previous rank was and
 * slides to its new place (FLIP), so the class sees who moved up.
 */
export function boardList(
  rows: readonly LeaderRow[],
  opts: { me?: number | null; animate?: boolean; moves?: boolean; testId: string },
): HTMLOListElement {
  const list = h("ol", { class: "cr-board", "data-testid": opts.testId });
  for (const row of rows) {
    const move = rankMove(row.rank, row.previousRank);
    const mine = opts.me !== undefined && opts.me !== null && row.studentId === opts.me;
    const li = h(
      "li",
      {
        class: `cr-board-row cr-move-${move.kind}${mine ? " cr-mine" : ""}`,
        "data-testid": `${opts.testId}.row`,
        "data-student": row.studentId,
      },
      h("span", { class: "cr-rank", text: String(row.rank) }),
      h("span", { class: "cr-name", text: mine ? `${row.name} ${tc("board.you")}` : row.name }),
      h("span", { class: "cr-points", text: tc("board.points", { points: row.points }) }),
      opts.moves === false ? null : h("span", { class: "cr-move", text: moveText(move) }),
    );
    if (opts.animate && move.kind !== "new" && move.kind !== "same") {
      const from = Math.max(-800, Math.min(800, (row.previousRank! - row.rank) * 100));
      li.style.transform = `translateY(${from}%)`;
      li.style.opacity = "0.6";
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          li.style.transition = "transform 1.6s cubic-bezier(.2,.8,.2,1), opacity 1.6s";
          li.style.transform = "";
          li.style.opacity = "";
        }),
      );
    }
    list.append(li);
  }
  return list;
}
