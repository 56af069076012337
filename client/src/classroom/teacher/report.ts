// The class report (per student, per concept, the most common mistakes), its CSV download,
// and the teacher's past classes. The server makes both files; the host key is sent as a
// bearer token, never in the address.
import type { ClassReport, ClassSummary } from "../../../../shared/protocol/classroom";
import { getLanguage } from "../../i18n";
import { h } from "../dom";
import { tc } from "../text";
import { conceptName, conceptTable } from "../student-views";

export class ReportError extends Error {
  constructor(readonly status: number) {
    super(`report request failed: HTTP ${status}`);
  }
}

async function base(): Promise<string> {
  return (await import("../../net/connect")).serverUrl();
}

async function get(path: string, key: string): Promise<Response> {
  const res = await fetch(`${await base()}${path}`, { headers: { Authorization: `Bearer ${key}` } });
  if (!res.ok) throw new ReportError(res.status);
  return res;
}

export const listClasses = async (key: string): Promise<ClassSummary[]> =>
  (await (await get("/api/classes", key)).json()) as ClassSummary[];
export const fetchReport = async (id: string, key: string): Promise<ClassReport> =>
  (await (await get(`/api/classes/${encodeURIComponent(id)}/report.json`, key)).json()) as ClassReport;

/** Downloads the server's CSV (UTF-8 with BOM) as a file. */
export async function downloadCsv(summary: Pick<ClassSummary, "id" | "code">, key: string): Promise<void> {
  const blob = await (await get(`/api/classes/${encodeURIComponent(summary.id)}/report.csv`, key)).blob();
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: `tcp-arena-class-${summary.code}.csv` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function reportErrorText(err: unknown): string {
  if (err instanceof ReportError)
    return err.status === 401 || err.status === 403
      ? tc("report.noAccess")
      : err.status === 404
        ? tc("report.notFound")
        : tc("report.failed", { status: err.status });
  return tc("error.unreachable");
}

const date = (ms: number): string =>
  new Date(ms).toLocaleString(getLanguage() === "zh" ? "zh-CN" : "en-GB", { dateStyle: "medium", timeStyle: "short" });

function mistakeName(category: string): string {
  const key = `mistake.${category}`;
  const text = tc(key);
  return text === key || text === `classroom:${key}` ? category : text;
}

export function reportView(r: ClassReport, act: { csv(): void; back(): void }): HTMLElement {
  const rounds = r.setup.rounds.length;
  return h(
    "section",
    { class: "cr-card", "data-testid": "report" },
    h(
      "div",
      { class: "cr-row" },
      h("h1", { class: "cr-grow", style: "margin:0", text: tc("report.title", { name: r.summary.name || r.summary.code }) }),
      h("button", { type: "button", class: "cr-primary", "data-testid": "report.csv", text: `⬇ ${tc("report.csv")}`, onclick: act.csv }),
      h("button", { type: "button", "data-testid": "report.back", text: tc("report.back"), onclick: act.back }),
    ),
    h("p", {
      class: "cr-dim",
      text: tc("report.summary", {
        code: r.summary.code,
        date: date(r.summary.createdAt),
        students: r.summary.students,
        played: r.summary.roundsPlayed,
        rounds: r.summary.rounds,
      }),
    }),
    h("h2", { text: tc("report.mistakesTitle") }),
    r.mistakes.length === 0
      ? h("p", { class: "cr-dim", text: tc("report.noMistakes") })
      : h(
          "table",
          { class: "cr-table", "data-testid": "report.mistakes" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              h("th", { text: tc("report.mistake") }),
              h("th", { text: tc("report.concept") }),
              h("th", { text: tc("report.count") }),
            ),
          ),
          h(
            "tbody",
            {},
            ...r.mistakes.map((m) =>
              h(
                "tr",
                {},
                h("td", { text: mistakeName(m.category) }),
                h("td", { text: conceptName(m.concept) }),
                h("td", { text: String(m.count) }),
              ),
            ),
          ),
        ),
    h("h2", { text: tc("report.conceptsTitle") }),
    conceptTable(r.concepts, "report.concepts"),
    h("h2", { text: tc("report.studentsTitle") }),
    h(
      "div",
      { style: "overflow-x:auto" },
      h(
        "table",
        { class: "cr-table", "data-testid": "report.students" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { text: tc("report.rank") }),
            h("th", { text: tc("report.student") }),
            h("th", { text: tc("report.points") }),
            h("th", { text: tc("report.accuracy") }),
            ...Array.from({ length: rounds }, (_, i) => h("th", { text: tc("report.round", { n: i + 1 }) })),
            h("th", { text: tc("report.weakest") }),
          ),
        ),
        h(
          "tbody",
          {},
          ...r.students.map((s) => {
            const weakest = [...s.concepts]
              .filter((c) => c.total > 0 && c.right < c.total)
              .sort((a, b) => a.right / a.total - b.right / b.total)[0];
            return h(
              "tr",
              {},
              h("td", { text: String(s.rank) }),
              h("td", { text: s.name }),
              h("td", { text: String(s.points) }),
              h("td", { text: `${s.right}/${s.declared}` }),
              ...Array.from({ length: rounds }, (_, i) =>
                h("td", { text: s.rounds[i] === null || s.rounds[i] === undefined ? "–" : String(s.rounds[i]) }),
              ),
              h("td", { text: weakest ? `${conceptName(weakest.concept)} (${weakest.right}/${weakest.total})` : "–" }),
            );
          }),
        ),
      ),
    ),
  );
}

export function pastView(list: ClassSummary[], open: (c: ClassSummary) => void, csv: (c: ClassSummary) => void): HTMLElement {
  return h(
    "section",
    { class: "cr-card", "data-testid": "past" },
    h("h2", { style: "margin-top:0", text: tc("past.title") }),
    list.length === 0
      ? h("p", { class: "cr-dim", text: tc("past.none") })
      : h(
          "ul",
          { class: "cr-roster", style: "flex-direction:column" },
          ...[...list]
            .sort((a, b) => b.createdAt - a.createdAt)
            .map((c) =>
              h(
                "li",
                { "data-testid": "past.class" },
                h("span", {
                  class: "cr-grow",
                  text: tc("past.line", {
                    name: c.name || c.code,
                    date: date(c.createdAt),
                    students: c.students,
                    played: c.roundsPlayed,
                    rounds: c.rounds,
                  }),
                }),
                h("button", { type: "button", text: tc("past.open"), onclick: () => open(c) }),
                h("button", { type: "button", text: `⬇ ${tc("report.csv")}`, onclick: () => csv(c) }),
              ),
            ),
        ),
  );
}
