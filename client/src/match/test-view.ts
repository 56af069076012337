// window.__tcpArenaMatch: what the match and debrief screens show, as data, for browser
// tests (which still act only by clicking and typing). It holds only what is on screen:
// never the hidden true state, which the client does not have anyway.
import type { LadderEntry, PlayerView, ScoreSheet, Side } from "../../../shared/match/types";
import type { Segment, TcpState } from "../../../shared/tcp/types";
import type { MatchModel } from "./model";
import { lineBlock } from "./text";

export interface MatchTestView {
  screen: "match" | "debrief";
  side: Side | null;
  iss: { A: number | null; B: number | null } | null;
  checkpointPending: boolean;
  stateChoices: TcpState[] | null;
  /** Guided mode: the segments the composer can be filled with. */
  hint: Segment[] | null;
  revealed: TcpState | null;
  waitingFor: Side[];
  ladder: LadderEntry[];
  /** The last feedback shown (e.g. "declared-right"), and a counter that grows with each. */
  feedback: string | null;
  feedbackCount: number;
  /** Keys of the log lines shown (catalogue keys, e.g. "log.declaredRight"). */
  log: string[];
  /** The last log lines as shown, in the player's language. */
  logText: string[];
  ended: boolean;
  goalReached: boolean;
  scores: { A: ScoreSheet; B: ScoreSheet } | null;
  peerReconnecting: boolean;
  matchId: string | null;
  /** Debrief: the step shown (0-based) and how many there are. */
  step: number | null;
  steps: number | null;
  /** Debrief: the steps where the player went wrong, and the explanation shown for this step. */
  mistakeSteps: number[];
  explanation: string[];
  /** What the match screen draws beyond the view: the answer badge's lines, the tutorial card, dialogs. */
  screenFacts?: ScreenFacts;
}

export interface ScreenFacts {
  /** The answer badge's lines as drawn (translated). */
  badge: string[];
  /** The tutorial card shown (0-based), or null. */
  tutorial: number | null;
  /** The prompt band's what-to-do line. */
  next: string;
  /** A dialog open over the diagram, and whether it is drawn above every diagram label it covers. */
  dialog: { name: string; onTop: boolean; segmentId: number | null } | null;
  /** The score line in the bar, as drawn. */
  score: string;
}

let facts: ScreenFacts = { badge: [], tutorial: null, next: "", dialog: null, score: "" };

/** The match screen reports what it draws; kept until the next report. */
export function publishScreenFacts(f: ScreenFacts): void {
  facts = f;
  if (typeof window !== "undefined" && window.__tcpArenaMatch?.screen === "match") window.__tcpArenaMatch.screenFacts = f;
}

declare global {
  interface Window {
    __tcpArenaMatch?: MatchTestView;
  }
}

let feedbackCount = 0;
let lastFeedback: unknown = null;

export function publishMatch(model: MatchModel, peerReconnecting: boolean, matchId: string | null): void {
  const view: PlayerView | null = model.view;
  if (typeof window === "undefined" || !view) return;
  if (model.feedback !== lastFeedback) {
    lastFeedback = model.feedback;
    if (model.feedback) feedbackCount++;
  }
  const me = view.you?.side ?? null;
  window.__tcpArenaMatch = {
    screen: "match",
    side: me,
    iss: { A: view.A.iss, B: view.B.iss },
    checkpointPending: view.you?.checkpoint != null,
    stateChoices: view.you?.stateChoices ?? null,
    hint: view.you?.hint ?? null,
    revealed: me ? view[me].revealed : null,
    waitingFor: view.waitingFor,
    ladder: view.ladder,
    feedback: model.feedback?.kind ?? null,
    feedbackCount,
    log: model.log.map((l) => l.key),
    logText: model.log.slice(-12).flatMap(lineBlock),
    ended: view.ended !== null,
    goalReached: view.goalReached,
    scores: { A: view.A.score, B: view.B.score },
    peerReconnecting,
    matchId,
    step: null,
    steps: null,
    mistakeSteps: [],
    explanation: [],
    screenFacts: facts,
  };
}

export function publishDebrief(d: {
  side: Side | null;
  ladder: LadderEntry[];
  scores: { A: ScoreSheet; B: ScoreSheet } | null;
  matchId: string | null;
  step: number;
  mistakeSteps: number[];
  explanation: string[];
}): void {
  if (typeof window === "undefined") return;
  window.__tcpArenaMatch = {
    screen: "debrief",
    side: d.side,
    iss: null,
    checkpointPending: false,
    stateChoices: null,
    hint: null,
    revealed: null,
    waitingFor: [],
    ladder: d.ladder,
    feedback: null,
    feedbackCount,
    log: [],
    logText: [],
    ended: true,
    goalReached: false,
    scores: d.scores,
    peerReconnecting: false,
    matchId: d.matchId,
    step: d.step,
    steps: d.ladder.length,
    mistakeSteps: d.mistakeSteps,
    explanation: d.explanation,
  };
}
