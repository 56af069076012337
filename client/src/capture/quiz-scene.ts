// "Explain a capture", the quiz: questions from the connection being explained
// (shared/capture/quiz.ts), answered with the quiz's answer cards, scored, and saved in
// the same mastery per concept as every other quiz question.
import { captureQuiz, type CaptureQuestion, type InferredConnection } from "../../../shared/capture";
import { CONCEPT_CONTENT } from "../../../shared/content/concepts";
import { recordAnswer } from "../../../shared/quiz/mastery";
import { ShellScene } from "../shell/shell-scene";
import type { Layout } from "../ui/layout";
import { Ui } from "../ui/palette";
import { sfx } from "../ui/sound";
import { announce } from "../ui/focus";
import { getLanguage, inLanguage, t } from "../i18n";
import { TestHandles } from "../debug/test-handles";
import { type ChoiceCard, choiceColumn, choiceNumberKeys } from "../quiz/choice-card";
import { q, registerQuizBundle } from "../quiz/i18n";
import { loadMastery, saveMastery } from "../quiz/store";
import { wrapMixed } from "../quiz/wrap";
import { CaptureKey, type ViewLaunch } from "./keys";
import { currentSession } from "./session";
import { drawCaptureLadder, type LadderBox } from "./ladder";
import { sideLabel } from "./explain";

const COUNT = 6;

export class CaptureQuizScene extends ShellScene {
  private launch!: ViewLaunch;
  private questions: CaptureQuestion[] = [];
  private conn: InferredConnection | null = null;
  private index = 0;
  private chosen: number | null = null;
  private score = 0;
  private cards: ChoiceCard[] = [];
  private handles = new TestHandles();

  constructor() {
    super(CaptureKey.Quiz);
  }

  init(launch: ViewLaunch): void {
    registerQuizBundle();
    this.launch = launch;
    const s = currentSession();
    const conn = s?.current ?? null;
    this.conn = conn;
    // Seeded by the file and connection: the same capture gives a class the same questions.
    this.questions = conn ? captureQuiz(conn, `${s!.name}#${conn.info.id}`, COUNT) : [];
    this.index = 0;
    this.chosen = null;
    this.score = 0;
  }

  protected defaultFocus(): string {
    return this.chosen === null ? "capture.quiz.choice.1" : "capture.quiz.next";
  }

  protected override onBack(): void {
    this.scene.start(CaptureKey.View, this.launch);
  }

  override create(): void {
    this.events.once("shutdown", () => this.release());
    super.create();
    // After super.create(): it makes this start's focus group.
    choiceNumberKeys(this, this.focusGroup, "capture.quiz.choice", () => (this.chosen === null ? this.cards.length : 0));
  }

  private release(): void {
    this.handles.releaseAll();
    for (const c of this.cards) c.destroy();
    this.cards = [];
  }

  protected build(l: Layout): void {
    this.release();
    const fs = l.font.small;
    const top = l.barHeight + l.gap * 0.5;
    const question = this.questions[this.index];
    const back = (y: number, primary: boolean): void => {
      this.button({
        testId: "capture.quiz.back",
        label: () => t("capture:quiz.backToCapture"),
        onPress: () => this.onBack(),
        x: l.cx,
        y,
        width: l.menuWidth,
        height: l.buttonHeight,
        primary,
      });
    };
    if (!question) {
      const done = this.questions.length > 0;
      const msg = done ? t("capture:quiz.done", { score: this.score, n: this.questions.length }) : t("capture:quiz.none");
      this.heading(t("capture:quiz.heading"));
      const m = wrapMixed(this.label(l.cx, l.contentTop, msg, l.font.body, { align: "center" }).setOrigin(0.5, 0), l.menuWidth);
      this.handles.text("capture.quiz.result", m, msg);
      back(m.y + m.height + l.gap * 2, true);
      return;
    }
    const head = `${t("capture:quiz.heading")} · ${t(q("question"), { i: this.index + 1, n: this.questions.length })}`;
    this.label(l.gap, top, head, fs, { color: Ui.textDim });
    const scoreText = this.label(l.width - l.gap, top, t(q("score"), { score: this.score }), fs, { color: Ui.textDim }).setOrigin(1, 0);
    this.handles.text("capture.quiz.score", scoreText, `${this.score}/${this.questions.length}`);
    const twoCols = !l.portrait;
    const leftW = twoCols ? Math.round(l.width * 0.5) - l.gap : l.width - 2 * l.gap;
    const rightX = l.gap + leftW + l.gap;
    const rightW = l.width - rightX - l.gap;
    const prompt = wrapMixed(this.label(l.gap, top + fs * 1.8, inLanguage(question.prompt), l.font.body * 0.75, { bold: true }), leftW);
    this.handles.text("capture.quiz.prompt", prompt, inLanguage(question.prompt));
    let y = prompt.y + prompt.height + l.gap * 0.6;
    const answered = this.chosen !== null;
    let panelTop = top + fs * 1.8;
    let panelH = l.height - panelTop - l.gap;
    if (!twoCols) {
      panelTop = y;
      panelH = Math.round(l.height * 0.28);
      y += panelH + l.gap * 0.5;
    }
    const nextH = l.buttonHeight;
    const cardsBottom = l.height - l.gap - (!twoCols && answered ? nextH + l.gap : 0);
    const n = question.choices.length;
    const gap = Math.round(l.gap * 0.4);
    const cardH = Math.max(44, Math.min(l.buttonHeight * 1.4, (cardsBottom - y - gap * (n - 1)) / n));
    this.cards = choiceColumn(this, this.focusGroup, {
      testIdPrefix: "capture.quiz.choice",
      labels: question.choices.map((choice) => inLanguage(choice.label)),
      x: l.gap,
      y,
      width: leftW,
      cardHeight: cardH,
      gap: gap,
      fontSize: fs,
      onPress: (i) => this.answer(i),
      settled: answered ? { answer: question.answer, chosen: this.chosen } : null,
    });
    const px = twoCols ? rightX : l.gap;
    const pw = twoCols ? rightW : leftW;
    if (!answered) {
      this.ladder(question, { x: px, y: panelTop, width: pw, height: panelH, fontSize: fs * (twoCols ? 0.8 : 0.7) });
      return;
    }
    const right = this.chosen === question.answer;
    // Landscape: the ladder stays above the verdict, so the answer can be checked against it.
    const ladderH = twoCols && question.upTo > 0 ? Math.round((panelH - nextH - l.gap) * 0.55) : 0;
    if (ladderH > 0) this.ladder(question, { x: px, y: panelTop, width: pw, height: ladderH, fontSize: fs * 0.75 }, true);
    const fbTop = panelTop + (ladderH ? ladderH + l.gap * 0.5 : 0);
    const fbH = twoCols ? panelH - nextH - l.gap - (fbTop - panelTop) : panelH;
    const g = this.add.graphics();
    g.fillStyle(Ui.bgDeep, 0.9).fillRoundedRect(px, fbTop, pw, fbH, 12);
    g.lineStyle(3, right ? Ui.good : Ui.bad, 1).strokeRoundedRect(px, fbTop, pw, fbH, 12);
    const pad = l.gap * 0.5;
    const verdict = right ? t(q("right")) : t(q("wrong"), { n: question.answer + 1 });
    const v = this.label(px + pad, fbTop + pad, verdict, l.font.body * 0.8, { bold: true, color: right ? Ui.good : Ui.bad });
    this.handles.text("capture.quiz.verdict", v, verdict);
    const names = question.concepts.map((c) => inLanguage(CONCEPT_CONTENT[c].title)).join(getLanguage() === "zh" ? "、" : ", ");
    const c = wrapMixed(
      this.label(px + pad, v.y + v.height + pad * 0.5, t(q("concept"), { names }), fs * 0.9, { color: Ui.accent }),
      pw - 2 * pad,
    );
    wrapMixed(this.label(px + pad, c.y + c.height + pad * 0.5, inLanguage(question.explanation), fs * 0.9), pw - 2 * pad);
    const last = this.index === this.questions.length - 1;
    this.button({
      testId: "capture.quiz.next",
      label: () => t(q(last ? "finish" : "next")),
      onPress: () => this.next(),
      x: twoCols ? px + pw / 2 : l.cx,
      y: l.height - l.gap - nextH / 2,
      width: Math.min(pw, l.menuWidth),
      height: nextH,
      primary: true,
    });
  }

  /** The capture's own ladder up to the segment asked about; once answered the state shows. */
  private ladder(question: CaptureQuestion, box: LadderBox, answered = false): void {
    const conn = this.conn;
    if (!conn || question.upTo < 1) return;
    const last = question.upTo - 1;
    drawCaptureLadder(this, conn, { at: question.hide ? last : -1, last, hide: answered ? null : question.hide }, box, {
      A: sideLabel(conn, "A"),
      B: sideLabel(conn, "B"),
    });
  }

  private answer(i: number): void {
    const question = this.questions[this.index];
    if (!question || this.chosen !== null) return;
    this.chosen = i;
    const correct = i === question.answer;
    if (correct) this.score += 1;
    saveMastery(recordAnswer(loadMastery(), question, correct, Date.now()));
    sfx.play(correct ? "success" : "error");
    this.rebuild();
    announce(`${correct ? t(q("right")) : t(q("wrong"), { n: question.answer + 1 })} ${inLanguage(question.explanation)}`);
  }

  private next(): void {
    this.index += 1;
    this.chosen = null;
    this.rebuild();
  }
}
