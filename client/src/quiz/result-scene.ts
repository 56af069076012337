// The end of a quiz: the score, the score per concept (what to study next), and the link
// that gives a class the same questions (?quiz=SEED&n=COUNT).
import type { Concept } from "../../../shared/concepts";
import { CONCEPT_CONTENT } from "../../../shared/content/concepts";
import { QuizSubScene } from "./quiz-sub-scene";
import type { Layout } from "../ui/layout";
import { Colors, Ui } from "../ui/palette";
import { getLanguage, t } from "../i18n";
import { registerTestHandle } from "../debug/test-hooks";
import { q, registerQuizBundle } from "./i18n";
import { freshSeed } from "./home-scene";
import { QuizKey, shareLink, type ResultLaunch } from "./keys";

export class QuizResultScene extends QuizSubScene {
  private result!: ResultLaunch;

  constructor() {
    super(QuizKey.Result);
  }

  init(result: ResultLaunch): void {
    registerQuizBundle();
    this.result = result;
  }

  protected defaultFocus(): string {
    return "quiz.again";
  }

  protected build(l: Layout): void {
    this.release();
    const { answers, play } = this.result;
    const score = answers.filter((a) => a.correct).length;
    const heading = this.heading(t(q("resultHeading"), { score, n: answers.length }));
    const label = `${score}/${answers.length}`;
    this.releases.push(
      registerTestHandle("quiz.result.score", () => ({
        x: heading.x - heading.width / 2,
        y: heading.y - heading.height / 2,
        width: heading.width,
        height: heading.height,
        label,
        focused: false,
        enabled: false,
      })),
    );

    // Per concept: right answers out of questions asked, as a bar with the numbers written on it.
    const per = new Map<Concept, { right: number; asked: number }>();
    for (const a of answers) {
      for (const c of a.concepts) {
        const s = per.get(c) ?? { right: 0, asked: 0 };
        s.asked += 1;
        if (a.correct) s.right += 1;
        per.set(c, s);
      }
    }
    const zh = getLanguage() === "zh";
    const buttonsTop = l.height - l.gap - 2 * l.menuStep;
    const shareH = l.font.small * 2.6;
    let y = l.headingY + l.font.heading * 0.9;
    this.label(l.cx, y, t(q("perConcept")), l.font.body * 0.8, { bold: true, color: Ui.accent, align: "center" }).setOrigin(0.5, 0);
    y += l.font.body * 1.3;
    const rows = [...per.entries()];
    const rowH = Math.min(l.font.small * 1.6, (buttonsTop - shareH - l.gap - y) / Math.max(1, rows.length));
    const w = Math.min(l.width - 2 * l.gap, l.menuWidth * 1.6);
    const x0 = l.cx - w / 2;
    const g = this.add.graphics();
    rows.forEach(([c, s], i) => {
      const ry = y + i * rowH;
      const text = t(q("conceptRow"), {
        title: zh ? CONCEPT_CONTENT[c].title.zh : CONCEPT_CONTENT[c].title.en,
        right: s.right,
        asked: s.asked,
      });
      const row = this.label(x0, ry + rowH / 2, text, Math.min(l.font.small, rowH * 0.7), {}).setOrigin(0, 0.5);
      if (row.width > w * 0.6) row.setScale((w * 0.6) / row.width);
      const bx = x0 + w * 0.62;
      const bw = w * 0.38;
      g.fillStyle(Ui.panel, 1).fillRect(bx, ry + rowH * 0.2, bw, rowH * 0.6);
      g.fillStyle(s.right === s.asked ? Colors.bluishGreen : Colors.orange, 1).fillRect(
        bx,
        ry + rowH * 0.2,
        (bw * s.right) / s.asked,
        rowH * 0.6,
      );
      this.releases.push(
        registerTestHandle(`quiz.result.${c}`, () => ({
          x: x0,
          y: ry,
          width: w,
          height: rowH,
          label: `${s.right}/${s.asked}`,
          focused: false,
          enabled: false,
        })),
      );
    });

    // Only a shared set is the same for everyone; a practice quiz followed this student's progress.
    const link = play.shared ? shareLink(play.seed, play.count) : null;
    const shareText = link ? t(q("share"), { link }) : t(q("practiceNoLink"));
    const share = this.label(l.cx, buttonsTop - shareH, shareText, l.font.small, {
      align: "center",
      color: Ui.textDim,
      wrapWidth: l.width - 2 * l.gap,
    }).setOrigin(0.5, 0);
    if (link)
      this.releases.push(
        registerTestHandle("quiz.share", () => ({
          x: share.x - share.width / 2,
          y: share.y,
          width: share.width,
          height: share.height,
          label: link,
          focused: false,
          enabled: false,
        })),
      );
    const bw = Math.min((l.width - 4 * l.gap) / 3, l.menuWidth * 0.7);
    const by = buttonsTop + l.buttonHeight / 2;
    if (link)
      this.button({
        testId: "quiz.copy",
        label: () => t(q("copyLink")),
        onPress: () => void this.copy(link),
        x: l.cx,
        y: by,
        width: Math.min(l.width - 2 * l.gap, l.menuWidth),
        height: l.buttonHeight,
      });
    const y2 = by + l.menuStep;
    this.button({
      testId: "quiz.again",
      label: () => t(q("again")),
      onPress: () =>
        this.scene.start(QuizKey.Play, {
          seed: freshSeed(),
          count: play.count,
          shared: false,
          ...(play.concepts ? { concepts: play.concepts } : {}),
        }),
      x: l.cx - bw - l.gap,
      y: y2,
      width: bw,
      height: l.buttonHeight,
      primary: true,
    });
    this.button({
      testId: "quiz.progress",
      label: () => t(q("progress")),
      onPress: () => this.scene.start(QuizKey.Progress),
      x: l.cx,
      y: y2,
      width: bw,
      height: l.buttonHeight,
    });
    this.button({
      testId: "quiz.home",
      label: () => t(q("toQuizMenu")),
      onPress: () => this.onBack(),
      x: l.cx + bw + l.gap,
      y: y2,
      width: bw,
      height: l.buttonHeight,
    });
  }

  private async copy(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.setNotice({ key: q("copied"), kind: "good" });
    } catch {
      this.setNotice({ key: q("copyFailed"), kind: "info" });
    }
  }
}
