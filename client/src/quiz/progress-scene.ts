// Mastery per concept as a bar chart drawn with Phaser graphics. Each bar also says its
// number and a ★ when mastered, so the chart reads without colour (and on a projector).
import { CONCEPTS } from "../../../shared/concepts";
import { CONCEPT_CONTENT } from "../../../shared/content/concepts";
import { MASTERED_AT, conceptMastery } from "../../../shared/quiz/mastery";
import { QuizSubScene } from "./quiz-sub-scene";
import type { Layout } from "../ui/layout";
import { Colors, Ui } from "../ui/palette";
import { getLanguage, t } from "../i18n";
import { registerTestHandle } from "../debug/test-hooks";
import { q, registerQuizBundle } from "./i18n";
import { wrapMixed } from "./wrap";
import { QuizKey } from "./keys";
import { loadMastery, resetMastery } from "./store";

export class QuizProgressScene extends QuizSubScene {
  private confirmReset = false;

  constructor() {
    super(QuizKey.Progress);
  }

  init(): void {
    registerQuizBundle();
    this.confirmReset = false;
  }

  protected defaultFocus(): string {
    return "quiz.home";
  }

  protected build(l: Layout): void {
    this.release();
    const record = loadMastery();
    const zh = getLanguage() === "zh";
    this.heading(t(q("progressHeading")));
    const hint = wrapMixed(
      this.label(l.cx, l.headingY + l.font.heading * 0.7, t(q("progressHint")), l.font.small * 0.9, { align: "center", color: Ui.textDim }),
      l.width - 2 * l.gap,
    ).setOrigin(0.5, 0);
    const top = hint.y + hint.height + l.gap * 0.5;
    const bottom = l.height - l.gap - l.buttonHeight - l.gap * 0.5;
    const rowH = (bottom - top) / CONCEPTS.length;
    const w = Math.min(l.width - 2 * l.gap, l.portrait ? l.width : l.menuWidth * 1.8);
    const x0 = l.cx - w / 2;
    const labelW = w * (l.portrait ? 0.46 : 0.36);
    const barX = x0 + labelW + l.gap * 0.5;
    const barW = w - labelW - l.gap * 0.5 - w * (l.portrait ? 0.24 : 0.22);
    const fs = Math.min(l.font.small, rowH * 0.62);
    const g = this.add.graphics();
    // Quarter lines so a bar's length can be read against a scale.
    g.lineStyle(1, Ui.textDim, 0.35);
    for (let k = 0; k <= 4; k++) g.lineBetween(barX + (barW * k) / 4, top, barX + (barW * k) / 4, bottom);
    CONCEPTS.forEach((c, i) => {
      const y = top + i * rowH;
      const m = conceptMastery(record, c);
      const rec = record.concepts[c];
      const percent = Math.round(m * 100);
      const name = this.label(barX - l.gap * 0.5, y + rowH / 2, zh ? CONCEPT_CONTENT[c].title.zh : CONCEPT_CONTENT[c].title.en, fs, {
        align: "right",
      }).setOrigin(1, 0.5);
      // A long title shrinks to its column rather than run off the screen.
      const room = labelW - l.gap * 0.5;
      if (name.width > room) name.setScale(room / name.width);
      g.fillStyle(Ui.panel, 1).fillRect(barX, y + rowH * 0.18, barW, rowH * 0.64);
      g.fillStyle(m >= MASTERED_AT ? Colors.bluishGreen : Colors.skyBlue, 1).fillRect(barX, y + rowH * 0.18, barW * m, rowH * 0.64);
      const value = rec
        ? `${t(q("mastery"), { percent, right: rec.correct, seen: rec.seen })}${m >= MASTERED_AT ? ` ${t(q("mastered"))}` : ""}`
        : t(q("never"));
      this.label(barX + barW + l.gap * 0.4, y + rowH / 2, value, fs * 0.9, { color: rec ? Ui.text : Ui.textDim }).setOrigin(0, 0.5);
      this.releases.push(
        registerTestHandle(`quiz.mastery.${c}`, () => ({
          x: x0,
          y,
          width: w,
          height: rowH,
          label: rec ? `${percent}%` : "-",
          focused: false,
          enabled: false,
        })),
      );
    });
    const bw = Math.min((l.width - 3 * l.gap) / 2, l.menuWidth * 0.7);
    const by = l.height - l.gap - l.buttonHeight / 2;
    this.button({
      testId: "quiz.home",
      label: () => t(q("toQuizMenu")),
      onPress: () => this.onBack(),
      x: l.cx - bw / 2 - l.gap / 2,
      y: by,
      width: bw,
      height: l.buttonHeight,
      primary: true,
    });
    this.button({
      testId: "quiz.reset",
      label: () => t(q(this.confirmReset ? "resetConfirm" : "reset")),
      onPress: () => this.reset(),
      x: l.cx + bw / 2 + l.gap / 2,
      y: by,
      width: bw,
      height: l.buttonHeight,
    });
  }

  /** Two presses, so a stray Enter never erases a term of study. */
  private reset(): void {
    if (!this.confirmReset) {
      this.confirmReset = true;
      this.rebuild();
      return;
    }
    this.confirmReset = false;
    resetMastery();
    this.rebuild();
    this.setNotice({ key: q("resetDone"), kind: "good" });
  }
}
