// The report as CSV for Excel and LibreOffice: UTF-8 with a BOM (so Excel reads Chinese
// nicknames right), CRLF line ends, every cell quoted where needed by csv-stringify, and a
// cell that a spreadsheet would run as a formula (= + - @, tab, carriage return first)
// prefixed with an apostrophe (OWASP's advice against CSV injection).
import { stringify } from "csv-stringify/sync";
import type { ClassReport } from "../../shared/protocol/classroom";

const BOM = "\ufeff";
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as text a spreadsheet shows and never evaluates. */
export function safeCell(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return typeof value === "string" && FORMULA_START.test(text) ? `'${text}` : text;
}

export function reportCsv(report: ClassReport): string {
  const rounds = report.setup.rounds.map((r, i) => `round ${i + 1} (${r.scenarioId})`);
  const concepts = report.concepts.map((c) => c.concept);
  const header = [
    "rank",
    "nickname",
    "points",
    "first-try right",
    "declarations",
    "accuracy %",
    ...rounds,
    ...concepts.map((c) => `${c} right/total`),
    "mistakes",
  ];
  const rows = report.students.map((s) => {
    const byConcept = new Map(s.concepts.map((c) => [c.concept, c]));
    return [
      s.rank,
      s.name,
      s.points,
      s.right,
      s.declared,
      s.declared === 0 ? "" : Math.round((100 * s.right) / s.declared),
      ...s.rounds.map((p) => (p === null ? "" : p)),
      ...concepts.map((c) => {
        const t = byConcept.get(c);
        return t ? `${t.right}/${t.total}` : "";
      }),
      Object.entries(s.mistakes)
        .map(([k, n]) => `${k}: ${n}`)
        .join("; "),
    ];
  });
  const cells = [header, ...rows].map((row) => row.map((v) => safeCell(v as string | number | null)));
  return BOM + stringify(cells, { record_delimiter: "windows" });
}
