// The debrief's words: what one step of the ladder was, whether it was right, and the
// concept behind each mistake (texts from shared/content).
import type { LadderEntry, Side } from "../../../shared/match/types";
import type { MistakeCode } from "../../../shared/referee/types";
import { conceptOfMistake } from "../../../shared/referee/mistake-concept";
import type { Concept } from "../../../shared/concepts";
import { CONCEPT_CONTENT } from "../../../shared/content/concepts";
import type { Segment } from "../../../shared/tcp/types";
import { segmentLabel } from "../match/flags";
import { mistakeLines } from "../match/log-lines";
import { getLanguage, t } from "../i18n";

export { conceptOfMistake };

export function conceptLine(c: Concept): string {
  const lang = getLanguage();
  const content = CONCEPT_CONTENT[c];
  return `${t("match:debrief.concept", { concept: content.title[lang] })} ${content.summary[lang]}`;
}

/** Lines that explain one ladder entry; `me` is the viewer's side. */
export function explainEntry(e: LadderEntry, me: Side | null): string[] {
  // "You (A)" in a match you played; just "A" in a replay.
  const who = (side: Side): string => (me === null ? side : `${side === me ? t("match:debrief.you") : t("match:debrief.peer")} (${side})`);
  switch (e.kind) {
    case "segment": {
      const to: Side = e.from === "A" ? "B" : "A";
      const out = [`${who(e.from)} → ${who(to)}:  ${segmentLabel(e.segment)}`];
      if (e.fate === "dropped") out.push(`✕ ${t("match:log.dropped", { segment: segmentLabel(e.segment) })}`);
      if (e.fate === "duplicate" || e.fate === "old") out.push(`⊕ ${t("match:log.duplicated", { segment: segmentLabel(e.segment) })}`);
      if (e.verdict && !e.verdict.ok) out.push(...verdictLines(e.verdict.mistakes, e.verdict.expected, e.segment));
      else if (e.verdict) out.push(`✓ ${t("match:debrief.segmentOk")}`);
      return out;
    }
    case "declaration": {
      const out = [
        `${e.right ? "✓" : "✗"} ${who(e.side)}: ${t(e.right ? "match:debrief.declaredRight" : "match:debrief.declaredWrong", { state: e.declared, try: e.try })}`,
      ];
      if (!e.right) out.push(t("match:log.answerShown", { state: e.truth }), conceptLine("states"));
      return out;
    }
    case "refused":
      return [
        `⊘ ${who(e.side)}: ${segmentLabel({ ...e.segment, window: 0 })}`,
        ...verdictLines(e.verdict.mistakes, e.verdict.expected, e.segment),
      ];
    case "timer":
      return [`◷ ${who(e.side)}: ${t("match:log.timer", { timer: t(`match:timer.${e.timer}`) })}`];
    case "script":
      return [`⚙ ${t("match:log.scripted", { action: e.action, side: e.side })}`];
    case "callout": {
      const points = `${e.points > 0 ? "+" : ""}${e.points}`;
      const out = [
        `${e.right ? "✓" : "✗"} ${who(e.side)}: ${t(e.right ? "match:callout.logRight" : "match:callout.logWrong", { claim: t(`match:callout.claim.${e.claim}`), points })}`,
      ];
      // What the referee found in the peer's segment, now that the match is over.
      out.push(
        e.mistakes.length > 0
          ? t("match:callout.found", { mistakes: e.mistakes.map((m) => t(`match:mistakeShort.${m}`)).join(", ") })
          : t("match:callout.wasRight"),
      );
      out.push(t("match:callout.rule"));
      return out;
    }
  }
}

function verdictLines(mistakes: readonly MistakeCode[], expected: Segment | null, segment: Pick<Segment, "flags">): string[] {
  const out: string[] = [];
  for (const line of mistakeLines(mistakes, expected)) out.push(`✗ ${t(`match:${line.key}`, line.params)}`);
  const concepts = new Set(mistakes.map((m) => conceptOfMistake(m, expected ?? segment)));
  for (const c of concepts) out.push(conceptLine(c));
  return out;
}

/** Indexes of the ladder entries where `side` made a mistake. */
export function mistakeSteps(ladder: readonly LadderEntry[], side: Side | null): number[] {
  const out: number[] = [];
  ladder.forEach((e, i) => {
    const mine = (s: Side): boolean => side === null || s === side;
    if (e.kind === "declaration" && !e.right && mine(e.side)) out.push(i);
    if (e.kind === "refused" && mine(e.side)) out.push(i);
    if (e.kind === "callout" && !e.right && mine(e.side)) out.push(i);
    if (e.kind === "segment" && e.verdict && !e.verdict.ok && mine(e.from)) out.push(i);
  });
  return out;
}
