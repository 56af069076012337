// What a student's screen shows between matches: waiting, the round's result, the final rank.
import type { ClassFinal, ClassRoundResult, ClassStatus, ConceptTally } from "../../../shared/protocol/classroom";
import { h } from "./dom";
import { tc } from "./text";
import { boardList, moveText, rankMove } from "./board";

function roundLine(status: ClassStatus | null): string {
  if (!status) return "";
  if (status.phase === "lobby" && status.round === 0) return tc("student.firstRoundSoon", { rounds: status.rounds });
  if (status.phase === "round") return tc("student.roundRunning", { round: status.round, rounds: status.rounds });
  if (status.phase === "podium") return tc("student.classOver");
  return tc("student.nextRoundSoon", { round: status.round + 1, rounds: status.rounds });
}

export function waitingView(name: string, status: ClassStatus | null, variant: "joined" | "matchDone" = "joined"): HTMLElement {
  return h(
    "section",
    { class: "cr-card cr-center", "data-testid": variant === "joined" ? "class.waiting" : "class.matchDone" },
    h("h1", { class: "cr-big", text: variant === "joined" ? `✓ ${tc("student.youreIn")}` : `✓ ${tc("student.matchDone")}` }),
    h("p", { class: "cr-name-big", "data-testid": "class.myName", text: name }),
    h("p", { text: variant === "joined" ? roundLine(status) : tc("student.othersPlaying") }),
    h("p", { class: "cr-dim", text: tc("student.keepOpen") }),
  );
}

export function resultView(r: ClassRoundResult, me: number | null, status: ClassStatus | null): HTMLElement {
  const move = rankMove(r.rank, r.previousRank);
  const last = r.round >= r.rounds || status?.phase === "podium";
  return h(
    "section",
    { class: "cr-card cr-center", "data-testid": "class.result" },
    h("h1", { text: tc("student.roundOver", { round: r.round, rounds: r.rounds }) }),
    h("p", { class: "cr-big", "data-testid": "class.myRank", text: tc("student.rank", { rank: r.rank, of: r.of }) }),
    h("p", { class: "cr-move-line", text: moveText(move) }),
    h("p", { text: tc("student.points", { round: r.roundPoints, points: r.points }) }),
    r.top.length > 0 ? h("h2", { text: tc("student.top") }) : null,
    r.top.length > 0 ? boardList(r.top, { me, testId: "class.top" }) : null,
    h("p", {
      class: "cr-dim",
      text: last ? tc("student.finalSoon") : tc("student.nextRoundSoon", { round: r.round + 1, rounds: r.rounds }),
    }),
  );
}

export function conceptTable(concepts: readonly ConceptTally[], testId: string): HTMLElement {
  if (concepts.length === 0) return h("p", { class: "cr-dim", text: tc("report.noConcepts") });
  return h(
    "table",
    { class: "cr-table", "data-testid": testId },
    h(
      "thead",
      {},
      h("tr", {}, h("th", { text: tc("report.concept") }), h("th", { text: tc("report.right") }), h("th", { text: tc("report.mistakes") })),
    ),
    h(
      "tbody",
      {},
      ...concepts.map((c) =>
        h(
          "tr",
          {},
          h("td", { text: conceptName(c.concept) }),
          h("td", { text: `${c.right}/${c.total}${c.total > 0 ? ` (${Math.round((100 * c.right) / c.total)}%)` : ""}` }),
          h("td", { text: String(c.mistakes) }),
        ),
      ),
    ),
  );
}

export function conceptName(id: string): string {
  const key = `concept.${id}`;
  const text = tc(key);
  return text === key || text === `classroom:${key}` ? id : text;
}

export function finalView(fin: ClassFinal, me: number | null): HTMLElement {
  return h(
    "section",
    { class: "cr-card cr-center", "data-testid": "class.final" },
    h("h1", { text: tc("student.finalTitle") }),
    h("p", { class: "cr-big", "data-testid": "class.finalRank", text: tc("student.rank", { rank: fin.rank, of: fin.of }) }),
    h("p", { text: tc("student.totalPoints", { points: fin.points }) }),
    h("h2", { text: tc("podium.title") }),
    boardList(fin.podium, { me, moves: false, testId: "class.podium" }),
    h("h2", { text: tc("student.yourConcepts") }),
    conceptTable(fin.concepts, "class.concepts"),
  );
}
