// The quiz's first screen: a mixed quiz (weakest concepts and missed questions first), a
// quiz on one concept, or the progress chart. A teacher's link (?quiz=SEED&n=10) skips it.
import { CONCEPTS, type Concept } from "../../../shared/concepts";
import { CONCEPT_CONTENT } from "../../../shared/content/concepts";
import { conceptMastery, dueForReview, masteredConcepts } from "../../../shared/quiz/mastery";
import { seedFrom } from "../../../shared/quiz/random";
import { ShellScene } from "../shell/shell-scene";
import { SceneKey } from "../shell/keys";
import type { Layout } from "../ui/layout";
import { Ui } from "../ui/palette";
import { getLanguage, t } from "../i18n";
import { q, registerQuizBundle } from "./i18n";
import { wrapMixed } from "./wrap";
import { QuizKey, shareLink, sharedCount, type PlayLaunch } from "./keys";
import { registerTestHandle } from "../debug/test-hooks";
import { loadMastery } from "./store";

const MIXED_COUNT = 10;
const SHORT_COUNT = 5;
const CONCEPT_COUNT = 5;

/** A new practice seed. Randomness belongs to the client; the generator itself is pure. */
export function freshSeed(): string {
  return seedFrom((Date.now() ^ Math.floor(Math.random() * 0xffffffff)) >>> 0);
}

export class QuizHomeScene extends ShellScene {
  private page: "home" | "concepts" | "class" = "home";
  private classSeed = "";
  private sharedPlay: PlayLaunch | null = null;
  private releases: Array<() => void> = [];

  constructor() {
    super(QuizKey.Home);
  }

  init(data: { seed?: string; page?: "home" | "concepts" | "class" } | undefined): void {
    registerQuizBundle();
    this.page = data?.page ?? "home";
    this.sharedPlay = data?.seed ? { seed: data.seed, count: sharedCount(), shared: true } : null;
    // Phaser keeps a scene's last data when started without any: the link is used once.
    this.sys.settings.data = {};
  }

  override create(): void {
    super.create();
    this.events.once("shutdown", () => this.release());
    // Started from a share link: straight into the teacher's questions.
    if (this.sharedPlay) this.scene.start(QuizKey.Play, this.sharedPlay);
  }

  protected defaultFocus(): string {
    if (this.page === "class") return "quiz.copy";
    return this.page === "home" ? "quiz.mixed" : `quiz.concept.${CONCEPTS[0]}`;
  }

  protected override onBack(): void {
    if (this.page !== "home") {
      this.page = "home";
      this.rebuild();
    } else {
      this.scene.start(SceneKey.Menu);
    }
  }

  private release(): void {
    for (const r of this.releases) r();
    this.releases = [];
  }

  protected build(l: Layout): void {
    this.release();
    if (this.page === "concepts") return this.buildConcepts(l);
    if (this.page === "class") return this.buildClass(l);
    this.heading(t(q("heading")));
    const wrap = Math.min(l.width - 2 * l.gap, l.menuWidth * 1.4);
    const record = loadMastery();
    const summary = t(q("summary"), {
      mastered: masteredConcepts(record).length,
      total: CONCEPTS.length,
      due: dueForReview(record, Date.now(), 1000).length,
    });
    const intro = wrapMixed(
      this.label(l.cx, l.headingY + l.font.heading * 0.7, `${t(q("intro"))}\n${t(q("mixedHint"))}\n${summary}`, l.font.small, {
        align: "center",
        color: Ui.textDim,
      }),
      wrap,
    ).setOrigin(0.5, 0);
    this.releases.push(
      registerTestHandle("quiz.summary", () => ({
        x: intro.x - intro.width / 2,
        y: intro.y,
        width: intro.width,
        height: intro.height,
        label: summary,
        focused: false,
        enabled: false,
      })),
    );
    const w = l.menuWidth;
    // Six buttons share what is left below the intro; they shrink a little on a short screen.
    const top = Math.max(l.contentTop, intro.y + intro.height + l.gap * 0.6);
    const step = Math.min(l.menuStep, (l.height - l.gap * 0.5 - top) / 6);
    const h = Math.max(40, Math.min(l.buttonHeight, step - 8));
    let y = top + h / 2;
    const add = (testId: string, label: () => string, onPress: () => void, primary = false): void => {
      this.button({ testId, label, onPress, x: l.cx, y, width: w, height: h, primary });
      y += step;
    };
    add(
      "quiz.mixed",
      () => t(q("mixed"), { n: MIXED_COUNT }),
      () => this.start({ seed: freshSeed(), count: MIXED_COUNT, shared: false }),
      true,
    );
    add(
      "quiz.short",
      () => t(q("mixed"), { n: SHORT_COUNT }),
      () => this.start({ seed: freshSeed(), count: SHORT_COUNT, shared: false }),
    );
    // A class set is not personalised: the seed alone fixes the questions, so its link works.
    add(
      "quiz.classSet",
      () => t(q("classSet"), { n: MIXED_COUNT }),
      () => {
        this.classSeed = freshSeed();
        this.page = "class";
        this.rebuild();
      },
    );
    add(
      "quiz.byConcept",
      () => t(q("byConcept")),
      () => {
        this.page = "concepts";
        this.rebuild();
      },
    );
    add(
      "quiz.progress",
      () => t(q("progress")),
      () => this.scene.start(QuizKey.Progress),
    );
    add(
      "quiz.back",
      () => t(q("back")),
      () => this.onBack(),
    );
  }

  private buildConcepts(l: Layout): void {
    this.heading(t(q("conceptsHeading")));
    const mastery = loadMastery();
    const lang = getLanguage();
    // One column on a phone, so long English titles keep a readable size.
    const cols = l.portrait ? 1 : 2;
    const rows = Math.ceil(CONCEPTS.length / cols);
    const top = l.headingY + l.font.heading;
    const bottom = l.height - l.gap - l.buttonHeight - l.gap;
    const step = (bottom - top) / rows;
    const h = Math.max(32, Math.min(l.buttonHeight, step - 6));
    const colW = cols === 1 ? l.width - 2 * l.gap : Math.min((l.width - 3 * l.gap) / 2, l.menuWidth);
    CONCEPTS.forEach((c: Concept, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      const x = cols === 1 ? l.cx : l.cx + (col === 0 ? -1 : 1) * (colW / 2 + l.gap / 2);
      const y = top + step * (row + 0.5);
      const percent = Math.round(conceptMastery(mastery, c) * 100);
      this.button({
        testId: `quiz.concept.${c}`,
        label: () => t(q("conceptButton"), { title: CONCEPT_CONTENT[c].title[lang === "zh" ? "zh" : "en"], percent }),
        onPress: () => this.start({ seed: freshSeed(), count: CONCEPT_COUNT, shared: false, concepts: [c] }),
        x,
        y,
        width: colW,
        height: h,
        fontSize: l.font.small,
      });
    });
    this.button({
      testId: "quiz.back",
      label: () => t(q("back")),
      onPress: () => this.onBack(),
      x: l.cx,
      y: l.height - l.gap - l.buttonHeight / 2,
      width: l.menuWidth * 0.6,
      height: l.buttonHeight,
    });
  }

  /** The teacher's page: the link first (to paste or read aloud), then a preview. */
  private buildClass(l: Layout): void {
    this.heading(t(q("classHeading")));
    const link = shareLink(this.classSeed, MIXED_COUNT);
    const wrap = Math.min(l.width - 2 * l.gap, l.menuWidth * 1.6);
    const hint = wrapMixed(
      this.label(l.cx, l.headingY + l.font.heading * 0.8, t(q("classHint"), { n: MIXED_COUNT }), l.font.small, {
        align: "center",
        color: Ui.textDim,
      }),
      wrap,
    ).setOrigin(0.5, 0);
    const linkText = this.label(l.cx, hint.y + hint.height + l.gap, link, l.font.body, {
      align: "center",
      bold: true,
      color: Ui.accent,
      wrapWidth: wrap,
    }).setOrigin(0.5, 0);
    this.releases.push(
      registerTestHandle("quiz.classLink", () => ({
        x: linkText.x - linkText.width / 2,
        y: linkText.y,
        width: linkText.width,
        height: linkText.height,
        label: link,
        focused: false,
        enabled: false,
      })),
    );
    let y = Math.max(l.contentTop, linkText.y + linkText.height + l.gap) + l.buttonHeight / 2;
    const add = (testId: string, label: () => string, onPress: () => void, primary = false): void => {
      this.button({ testId, label, onPress, x: l.cx, y, width: l.menuWidth, height: l.buttonHeight, primary });
      y += l.menuStep;
    };
    add(
      "quiz.copy",
      () => t(q("copyLink")),
      () => void this.copy(link),
      true,
    );
    add(
      "quiz.takeIt",
      () => t(q("takeIt")),
      () => this.start({ seed: this.classSeed, count: MIXED_COUNT, shared: true }),
    );
    add(
      "quiz.back",
      () => t(q("back")),
      () => this.onBack(),
    );
  }

  private async copy(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.setNotice({ key: q("copied"), kind: "good" });
    } catch {
      this.setNotice({ key: q("copyFailed"), kind: "info" });
    }
  }

  private start(play: PlayLaunch): void {
    this.scene.start(QuizKey.Play, play);
  }
}
