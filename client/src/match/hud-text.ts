// The match screen's words that depend only on the view: the prompt (what is expected now,
// with a mark so it is told apart without colour), the stars line of a finished match, and
// the answer badge's lines (the reasons of a wrong answer, one per line).
import type { Difficulty, PlayerView, ScoreSheet, Side } from "../../../shared/match/types";
import type { Feedback } from "./model";
import type { StarsEarned } from "./progress";
import { FLAG_LOOK, FLAG_NAMES, type FlagName } from "./flags";
import { stateForKey } from "./state-diagram";
import type { TcpState } from "../../../shared/tcp/types";
import { Colors, Ui } from "../ui/palette";
import { getLanguage, t } from "../i18n";
import { getScenario } from "../../../shared/scenarios";
import { nextStep } from "./next-step";

export function promptFor(view: PlayerView, me: Side | null, stars: StarsEarned | null): { prompt: string; color: number } {
  const you = view.you;
  if (view.ended) {
    const s = stars;
    const line = s
      ? ` ${"★".repeat(s.count)}${"☆".repeat(3 - s.count)} ${t("match:hud.stars", { goal: s.goal ? "★" : "☆", accurate: s.accurate ? "★" : "☆", par: s.par ? "★" : "☆" })}`
      : "";
    return { prompt: `✓ ${t(view.goalReached ? "match:hud.goalReached" : "match:log.ended")}${line}`, color: Colors.bluishGreen };
  }
  if (you?.checkpoint)
    return { prompt: `⚑ ${t(you.stateChoices ? "match:declare.guidedPrompt" : "match:declare.prompt")}`, color: Colors.yellow };
  if (me && view.waitingFor.includes(me)) return { prompt: `‖ ${t("match:wire.waits")}`, color: Colors.yellow };
  if (view.waitingFor.length > 0) return { prompt: `‖ ${t("match:wire.waitsPeer")}`, color: Ui.text };
  return { prompt: `▶ ${t("match:wire.running")}`, color: Ui.text };
}

/**
 * The score shown during play. Expert says nothing about a segment until the debrief, so
 * what segments earned or cost (the peer's too: the trickster's mistakes are the player's
 * to call out) is left out until the match has ended; the debrief shows every part.
 */
export function shownScore(sheet: ScoreSheet, difficulty: Difficulty, ended: boolean): number {
  return difficulty === "expert" && !ended ? sheet.total - sheet.segments - sheet.penalties : sheet.total;
}

/** The bar's score line: my score, my streak, the peer's score (Expert: without segments). */
export function scoreLine(view: PlayerView, me: Side, streak: number): string {
  const peer: Side = me === "A" ? "B" : "A";
  const ended = view.ended !== null;
  return `${t("match:hud.score", { score: shownScore(view[me].score, view.difficulty, ended) })}   ${t("match:hud.streak", { streak })}   ${t("match:hud.peerScore", { score: shownScore(view[peer].score, view.difficulty, ended) })}`;
}

/** The bar's title: the scenario and the difficulty (with the game's name outside a phone's short line). */
export function barTitle(view: PlayerView, portrait: boolean): string {
  const scenario = getScenario(view.scenarioId);
  const title = scenario
    ? `${scenario.number}. ${scenario.title[getLanguage()]}`
    : view.scenarioId === "demo"
      ? t("match:demo.title")
      : view.scenarioId;
  const level = t(`match:hud.difficulty.${view.difficulty}`);
  return portrait ? `${title} · ${level}` : `${t("common:app.title")} · ${title} · ${level}`;
}

/**
 * The prompt band's words: what is expected now (promptFor), what to do about it (a phone
 * has no keyboard: its instructions say tap, never "press its key") and the scenario's task.
 */
export function promptLines(
  view: PlayerView,
  me: Side | null,
  stars: StarsEarned | null,
  screen: { portrait: boolean; flying: boolean },
): { prompt: string; color: number; next: string; task: string } {
  const scenario = getScenario(view.scenarioId);
  const task = scenario && me && !view.ended ? t("match:hud.task", { task: scenario[me].task[getLanguage()] }) : "";
  const step = nextStep(view, me, screen.flying);
  const touch = screen.portrait && (step === "declare" || step === "owe");
  return { ...promptFor(view, me, stars), next: t(touch ? `match:next.touch.${step}` : `match:next.${step}`), task };
}

/** The badge's lines: a local note, or the last answer and why (→ lines). */
export function badgeLines(fb: Feedback | null, localNote: { key: string; params?: Record<string, unknown> } | null): string[] {
  const why = (e: { key: string; params: Record<string, string | number> }): string => `→ ${t(`match:${e.key}`, e.params)}`;
  if (localNote) return [t(localNote.key, localNote.params)];
  // A first wrong answer says plainly that a second try is open, then why (outside expert).
  if (fb?.kind === "declared-wrong" && fb.state)
    return [t("match:declare.wrong", { state: fb.state }), ...(fb.lines[0]?.explain ?? []).map(why)];
  const lines: string[] = [];
  if (fb) for (const l of fb.lines) lines.push(t(`match:${l.key}`, l.params), ...l.explain.map(why));
  return lines;
}

/** What a key does on the match screen (outside text fields and dialogs). */
export type KeyCommand =
  | { kind: "flag"; flag: FlagName }
  | { kind: "field"; field: "seq" | "ack" | "data" }
  | { kind: "callout" }
  | { kind: "clear" }
  | { kind: "listen" }
  | { kind: "close" }
  | { kind: "declare"; state: TcpState }
  | { kind: "send" };

/** Shortcuts: S A F R P flags, Q W D fields, X call out (Expert), Del clear, L listen(), C close(), 1–9 0 - declare, Enter send. */
export function keyCommand(key: string, expert: boolean): KeyCommand | null {
  const k = key.length === 1 ? key.toUpperCase() : key;
  const flag = FLAG_NAMES.find((n) => FLAG_LOOK[n].letter === k);
  if (flag) return { kind: "flag", flag };
  if (k === "Q" || k === "W" || k === "D") return { kind: "field", field: k === "Q" ? "seq" : k === "W" ? "ack" : "data" };
  if (k === "X" && expert) return { kind: "callout" };
  if (key === "Delete") return { kind: "clear" };
  if (k === "L") return { kind: "listen" };
  if (k === "C") return { kind: "close" };
  const state = stateForKey(key);
  if (state) return { kind: "declare", state };
  if (key === "Enter") return { kind: "send" };
  return null;
}
