// One question at a time: the prompt, the ladder when the question comes from a trace, and
// four numbered answers. Keys 1–4 move to an answer, Enter confirms (or tap it). The
// feedback names the concept and explains in the player's language; mastery is saved at
// once, so closing the tab loses nothing.
import { CONCEPT_CONTENT } from "../../../shared/content/concepts";
import { generateQuiz } from "../../../shared/quiz/generate";
import { conceptMastery, dueForReview, recordAnswer, reviewPriority } from "../../../shared/quiz/mastery";
import type { Question } from "../../../shared/quiz/types";
import { ShellScene } from "../shell/shell-scene";
import type { Layout } from "../ui/layout";
import { Ui } from "../ui/palette";
import { sfx } from "../ui/sound";
import { announce } from "../ui/focus";
import { getLanguage, inLanguage, t } from "../i18n";
import { TestHandles } from "../debug/test-handles";
import { type ChoiceCard, choiceColumn, choiceNumberKeys } from "./choice-card";
import { q, registerQuizBundle } from "./i18n";
import { QuizKey, type AnswerRecord, type PlayLaunch, type ResultLaunch } from "./keys";
import { drawLadder } from "./ladder-view";
import { wrapMixed } from "./wrap";
import { loadMastery, saveMastery } from "./store";

export class QuizPlayScene extends ShellScene {
  private play!: PlayLaunch;
  private questions: Question[] = [];
  private index = 0;
  private chosen: number | null = null;
  private answers: AnswerRecord[] = [];
  private cards: ChoiceCard[] = [];
  private readonly handles = new TestHandles();

  constructor() {
    super(QuizKey.Play);
  }

  init(play: PlayLaunch): void {
    registerQuizBundle();
    this.play = play;
    const mastery = loadMastery();
    const now = Date.now();
    this.questions = generateQuiz({
      seed: play.seed,
      count: play.count,
      ...(play.concepts ? { concepts: play.concepts } : {}),
      // A shared set is the teacher's: the same for every student, whatever they know.
      // Practice brings back what is due (missed first), then prefers unseen templates.
      ...(play.shared
        ? {}
        : {
            review: dueForReview(mastery, now, play.count),
            // Then templates not due yet last, and among the rest the weakest concepts first.
            priority: (question: Pick<Question, "key" | "concepts">) =>
              reviewPriority(mastery, question.key, now) +
              question.concepts.reduce((sum, c) => sum + conceptMastery(mastery, c), 0) / question.concepts.length,
          }),
    }).questions;
    this.index = 0;
    this.chosen = null;
    this.answers = [];
  }

  override create(): void {
    super.create();
    choiceNumberKeys(this, this.focusGroup, "quiz.choice", () => (this.chosen === null ? this.cards.length : 0));
    this.events.once("shutdown", () => this.release());
  }

  protected defaultFocus(): string {
    return this.chosen === null ? "quiz.choice.1" : "quiz.next";
  }

  protected override onBack(): void {
    this.scene.start(QuizKey.Home, { page: "home" });
  }

  private get question(): Question | undefined {
    return this.questions[this.index];
  }

  private release(): void {
    this.handles.releaseAll();
    for (const c of this.cards) c.destroy();
    this.cards = [];
  }

  protected build(l: Layout): void {
    this.release();
    const question = this.question;
    if (!question) return;
    const fs = l.font.small;
    const top = l.barHeight + l.gap * 0.5;
    const score = this.answers.filter((a) => a.correct).length;
    const head =
      t(q("question"), { i: this.index + 1, n: this.questions.length }) +
      (this.play.shared ? ` · ${t(q("sharedSet"), { seed: this.play.seed })}` : "");
    this.label(l.gap, top, head, fs, { color: Ui.textDim });
    const scoreText = this.label(l.width - l.gap, top, t(q("score"), { score }), fs, { color: Ui.textDim, align: "right" }).setOrigin(1, 0);
    this.handles.text("quiz.score", scoreText, `${score}/${this.questions.length}`);

    const twoCols = !l.portrait;
    const leftW = twoCols ? Math.round(l.width * 0.56) - l.gap : l.width - 2 * l.gap;
    const rightX = l.gap + leftW + l.gap;
    const rightW = l.width - rightX - l.gap;
    const prompt = wrapMixed(this.label(l.gap, top + fs * 1.8, inLanguage(question.prompt), l.font.body * 0.8, { bold: true }), leftW);
    this.handles.text("quiz.prompt", prompt, inLanguage(question.prompt));
    let y = prompt.y + prompt.height + l.gap * 0.6;

    const answered = this.chosen !== null;
    const nextH = l.buttonHeight;
    // Portrait: the ladder (or, once answered, the feedback) sits between prompt and answers.
    let panelTop = top + fs * 1.8;
    let panelH = l.height - panelTop - l.gap;
    if (!twoCols) {
      panelTop = y;
      panelH = Math.round(l.height * (answered ? 0.3 : 0.26));
      y += panelH + l.gap * 0.5;
    }
    const cardsBottom = l.height - l.gap - (!twoCols && answered ? nextH + l.gap : 0);
    const n = question.choices.length;
    const cardGap = Math.round(l.gap * 0.5);
    const cardH = Math.max(44, Math.min(l.buttonHeight * 1.8, (cardsBottom - y - cardGap * (n - 1)) / n));
    this.cards = choiceColumn(this, this.focusGroup, {
      testIdPrefix: "quiz.choice",
      labels: question.choices.map((choice) => inLanguage(choice.label)),
      x: l.gap,
      y,
      width: leftW,
      cardHeight: cardH,
      gap: cardGap,
      fontSize: fs,
      onPress: (i) => this.answer(i),
      settled: answered ? { answer: question.answer, chosen: this.chosen } : null,
    });

    const px = twoCols ? rightX : l.gap;
    const pw = twoCols ? rightW : leftW;
    if (answered) {
      const ladderH = twoCols && question.ladder ? Math.round(panelH * 0.36) : 0;
      if (ladderH > 0) drawLadder(this, question.ladder!, { x: px, y: panelTop, width: pw, height: ladderH, fontSize: fs * 0.7 });
      this.feedback(
        question,
        px,
        panelTop + ladderH + (ladderH ? l.gap * 0.5 : 0),
        pw,
        twoCols ? panelH - ladderH - nextH - l.gap * 1.5 : panelH,
        l,
      );
      const last = this.index === this.questions.length - 1;
      this.button({
        testId: "quiz.next",
        label: () => t(q(last ? "finish" : "next")),
        onPress: () => this.next(),
        x: twoCols ? px + pw / 2 : l.cx,
        y: l.height - l.gap - nextH / 2,
        width: Math.min(pw, l.menuWidth),
        height: nextH,
        primary: true,
      });
    } else if (question.ladder) {
      drawLadder(this, question.ladder, { x: px, y: panelTop, width: pw, height: panelH, fontSize: fs * (twoCols ? 0.8 : 0.7) });
    } else if (twoCols) {
      // No diagram for a question from the article: the space tells how to answer.
      wrapMixed(this.label(px + l.gap * 0.5, panelTop + l.gap * 0.5, t(q("keysHint")), fs * 0.9, { color: Ui.textDim }), pw - l.gap);
    }
  }

  private feedback(question: Question, x: number, y: number, w: number, h: number, l: Layout): void {
    const right = this.chosen === question.answer;
    const g = this.add.graphics();
    g.fillStyle(Ui.bgDeep, 0.9).fillRoundedRect(x, y, w, h, 12);
    g.lineStyle(3, right ? Ui.good : Ui.bad, 1).strokeRoundedRect(x, y, w, h, 12);
    const pad = l.gap * 0.5;
    const verdict = right ? t(q("right")) : t(q("wrong"), { n: question.answer + 1 });
    const v = this.label(x + pad, y + pad, verdict, l.font.body * 0.8, { bold: true, color: right ? Ui.good : Ui.bad });
    this.handles.text("quiz.verdict", v, verdict);
    const names = question.concepts.map((c) => inLanguage(CONCEPT_CONTENT[c].title)).join(getLanguage() === "zh" ? "、" : ", ");
    const c = wrapMixed(
      this.label(x + pad, v.y + v.height + pad * 0.5, t(q("concept"), { names }), l.font.small * 0.9, { color: Ui.accent }),
      w - 2 * pad,
    );
    const ex = wrapMixed(
      this.label(x + pad, c.y + c.height + pad * 0.5, inLanguage(question.explanation), l.font.small * 0.9),
      w - 2 * pad,
    );
    // A long explanation shrinks to stay inside its panel.
    const room = y + h - pad - ex.y;
    if (ex.height > room && room > 0) ex.setScale(room / ex.height);
    this.handles.text("quiz.explanation", ex, inLanguage(question.explanation));
  }

  private answer(i: number): void {
    const question = this.question;
    if (!question || this.chosen !== null) return;
    this.chosen = i;
    const correct = i === question.answer;
    this.answers.push({ key: question.key, concepts: question.concepts, correct });
    saveMastery(recordAnswer(loadMastery(), question, correct, Date.now()));
    sfx.play(correct ? "success" : "error");
    this.rebuild();
    // The verdict and explanation are drawn on the canvas; screen readers hear them here.
    announce(`${correct ? t(q("right")) : t(q("wrong"), { n: question.answer + 1 })} ${inLanguage(question.explanation)}`);
  }

  private next(): void {
    if (this.index >= this.questions.length - 1) {
      const result: ResultLaunch = { play: this.play, answers: this.answers };
      this.scene.start(QuizKey.Result, result);
      return;
    }
    this.index += 1;
    this.chosen = null;
    this.rebuild();
  }
}
