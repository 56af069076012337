// The live dashboard while a round runs: every pair (step reached, both scores, who the
// network waits for), stuck pairs first and marked, finished pairs last; a page of 50 at a
// time so 1,000 pairs stay usable; spectate a pair, extend the round, end it.
import { h } from "../dom";
import { tc } from "../text";
import { pageOf, type DashboardModel, type PairFilter, type PairLine } from "./dashboard-model";

export const PAGE_SIZE = 50;

export interface DashboardUi {
  page: number;
  filter: PairFilter;
}

export interface DashboardActions {
  spectate(line: PairLine): void;
  extend(seconds: number): void;
  endRound(): void;
}

export function clockText(ms: number | null): string {
  if (ms === null) return "–";
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

function stateCell(l: PairLine): string {
  if (l.finished) return `✓ ${tc(l.goal ? "dash.goal" : "dash.finished")}`;
  if (l.stuck) return `⚠ ${tc("dash.stuck", { seconds: l.idleSeconds })}`;
  return `▶ ${tc("dash.playing")}`;
}

function waitsCell(l: PairLine): string {
  if (l.finished || l.waitsFor.length === 0) return "–";
  return l.waitsFor.map((s) => (s === "A" ? l.A.name : l.B.name)).join(" · ");
}

function pairRow(l: PairLine, act: DashboardActions): HTMLTableRowElement {
  return h(
    "tr",
    { class: l.stuck ? "cr-pair-stuck" : l.finished ? "cr-pair-done" : "", "data-testid": "dash.pair", "data-pair": l.pair },
    h("td", { text: `#${l.pair + 1}` }),
    h("td", { text: `${l.A.name} / ${l.B.name}` }),
    h("td", { text: `${l.checkpointsA} / ${l.checkpointsB}` }),
    h("td", { text: `${l.scoreA} / ${l.scoreB}` }),
    h("td", { text: waitsCell(l) }),
    h("td", { text: stateCell(l) }),
    h(
      "td",
      {},
      h("button", {
        type: "button",
        "data-testid": `dash.watch.${l.pair}`,
        "aria-label": tc("dash.watchOf", { a: l.A.name, b: l.B.name }),
        text: `▶ ${tc("dash.watch")}`,
        onclick: () => act.spectate(l),
      }),
    ),
  );
}

export function dashboardView(model: DashboardModel, ui: DashboardUi, act: DashboardActions, redraw: () => void): HTMLElement {
  const counts = model.counts();
  const all = model.lines(ui.filter);
  const shown = pageOf(all, ui.page, PAGE_SIZE);
  ui.page = shown.page;
  const filterButton = (f: PairFilter, label: string): HTMLButtonElement =>
    h("button", {
      type: "button",
      "aria-pressed": String(ui.filter === f),
      class: ui.filter === f ? "cr-primary" : "",
      "data-testid": `dash.filter.${f}`,
      text: label,
      onclick: () => ((ui.filter = f), (ui.page = 0), redraw()),
    });
  const st = model.status;
  return h(
    "section",
    { class: "cr-card", "data-testid": "dash" },
    h(
      "div",
      { class: "cr-row" },
      h("h1", {
        class: "cr-grow",
        style: "margin:0",
        text: tc("dash.title", { round: st?.round ?? model.round, rounds: st?.rounds ?? 0 }),
      }),
      h("span", { class: "cr-clock-label", text: tc("dash.timeLeft") }),
      h("span", { class: "cr-clock", "data-testid": "dash.clock" }),
      h("button", { type: "button", "data-testid": "dash.extend", text: tc("dash.extend", { minutes: 1 }), onclick: () => act.extend(60) }),
      h("button", { type: "button", class: "cr-danger", "data-testid": "dash.end", text: tc("dash.end"), onclick: () => act.endRound() }),
    ),
    h(
      "p",
      { class: "cr-row", "data-testid": "dash.counts" },
      filterButton("all", tc("dash.all", { count: counts.pairs })),
      filterButton("stuck", `⚠ ${tc("dash.stuckCount", { count: counts.stuck })}`),
      filterButton("running", `▶ ${tc("dash.runningCount", { count: counts.running })}`),
      filterButton("finished", `✓ ${tc("dash.finishedCount", { count: counts.finished })}`),
      model.waiting.length > 0 ? h("span", { class: "cr-dim", text: tc("dash.sittingOut", { count: model.waiting.length }) }) : null,
    ),
    h(
      "div",
      { style: "overflow-x:auto" },
      h(
        "table",
        { class: "cr-table cr-pairs" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            ...["dash.pair", "dash.players", "dash.steps", "dash.scores", "dash.waitsFor", "dash.state", "dash.actions"].map((k) =>
              h("th", { scope: "col", text: tc(k) }),
            ),
          ),
        ),
        h("tbody", {}, ...shown.items.map((l) => pairRow(l, act))),
      ),
    ),
    shown.pages > 1
      ? h(
          "div",
          { class: "cr-row" },
          h("button", {
            type: "button",
            disabled: shown.page === 0,
            "data-testid": "dash.prev",
            text: `◀ ${tc("dash.prev")}`,
            onclick: () => ((ui.page -= 1), redraw()),
          }),
          h("span", { text: tc("dash.page", { page: shown.page + 1, pages: shown.pages }) }),
          h("button", {
            type: "button",
            disabled: shown.page >= shown.pages - 1,
            "data-testid": "dash.next",
            text: `${tc("dash.next")} ▶`,
            onclick: () => ((ui.page += 1), redraw()),
          }),
        )
      : null,
  );
}
