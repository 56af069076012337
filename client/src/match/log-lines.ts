// The event log's lines as catalogue keys and parameters (translated when drawn), and the
// lines that explain a wrong answer. Used by the live log (model.ts), the log rebuilt from
// the ladder after a reload (log-from-ladder.ts) and the debrief.
import type { Feedback as Why } from "../../../shared/match/types";
import type { MistakeCode } from "../../../shared/referee/types";
import type { Segment } from "../../../shared/tcp/types";
import { segmentLabel } from "./flags";

export type Tone = "info" | "good" | "bad" | "warn";

/** A log line as a catalogue key and its parameters: it is translated when drawn. */
export interface LogLine {
  key: string;
  params: Record<string, string | number>;
  tone: Tone;
  /** Keys of more lines that explain this one (mistakes, notes). */
  explain: { key: string; params: Record<string, string | number> }[];
}

/** Why a segment or a state was wrong, then (from the second try) the answer. */
export function whyLines(fb: Why | undefined | null): LogLine["explain"] {
  if (!fb) return [];
  return [...fb.reasons, ...(fb.answer ?? [])].map((r) => ({ key: r.key, params: r.params }));
}

/** The explanation of each mistake; `expected` (guided) fills in what TCP would send. */
export function mistakeLines(mistakes: readonly MistakeCode[], expected: Segment | null): LogLine["explain"] {
  // Without the expected segment (standard and expert give no answer) the text stays general.
  return mistakes.map((m): LogLine["explain"][number] =>
    expected ? { key: `mistake.${m}`, params: { expected: expectedFor(m, expected) } } : { key: `mistakeGeneral.${m}`, params: {} },
  );
}

function expectedFor(m: MistakeCode, expected: Segment | null): string {
  if (!expected) return "?";
  if (m === "wrong-seq") return String(expected.seq);
  if (m === "wrong-ack") return String(expected.ack);
  return segmentLabel(expected);
}
