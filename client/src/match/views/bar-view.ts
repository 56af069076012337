// The match screen's top bar: the scenario and difficulty, the score line (a growing streak
// pops it, with confetti from 3 on), and the language, leave and sound buttons.
import { Button } from "../../ui/button";
import { celebrate, pop } from "../../ui/celebrate";
import type { FocusGroup } from "../../ui/focus";
import { Ui } from "../../ui/palette";
import { sfx } from "../../ui/sound";
import { getLanguage, setLanguage, t } from "../../i18n";
import { text } from "./draw";
import type { Frame } from "./frame";

export class BarView {
  private title: Phaser.GameObjects.Text | null = null;
  private score: Phaser.GameObjects.Text | null = null;
  private frame!: Frame;
  private lastStreak = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly on: { leave: () => void; soundChanged: () => void },
  ) {}

  /** A new match: its first streak is not a growing one. */
  reset(): void {
    this.lastStreak = 0;
  }

  build(f: Frame, focus: FocusGroup): void {
    this.frame = f;
    const scene = this.scene;
    const r = f.region("bar");
    scene.add
      .graphics()
      .fillStyle(Ui.bgDeep, 1)
      .fillRect(0, 0, scene.scale.width, r.y + r.h);
    this.title = text(scene, r.x + f.len(10), r.y + r.h / 2, "", f.font("small"), { bold: true, color: Ui.accent }).setOrigin(0, 0.5);
    this.score = text(scene, r.x + r.w * (f.portrait ? 0.02 : 0.42), r.y + r.h * (f.portrait ? 0.78 : 0.5), "", f.font("body"), {
      bold: true,
    }).setOrigin(0, 0.5);
    if (f.portrait)
      this.title
        .setY(r.y + r.h * 0.28)
        .setWordWrapWidth(r.w * 0.52, true)
        .setMaxLines(1);
    const bw = f.len(f.portrait ? 150 : 130);
    const bh = f.len(f.portrait ? 88 : 36);
    const other = getLanguage() === "zh" ? "en" : "zh";
    const mk = (testId: string, label: () => string, onPress: () => void, x: number): void => {
      const b = new Button(scene, { testId, label, onPress, x, y: r.y + r.h / 2, width: bw, height: bh, fontSize: f.font("small") });
      b.onPointerFocus = (btn) => focus.focus(btn, true);
      focus.add(b);
    };
    mk(
      "match.language",
      () => t(`common:language.${other}`),
      () => setLanguage(other),
      r.x + r.w - bw / 2 - f.len(8),
    );
    mk("match.leave", () => t("match:hud.menu"), this.on.leave, r.x + r.w - bw * 1.5 - f.len(16));
    // Sounds on or off (a phone's bar has no room: its title screen has the switch).
    if (!f.portrait) {
      mk(
        "match.sound",
        () => t(sfx.muted ? "common:sound.off" : "common:sound.on"),
        () => {
          sfx.toggleMute();
          this.on.soundChanged();
        },
        r.x + r.w - bw * 2.5 - f.len(24),
      );
    }
  }

  setTitle(s: string): void {
    this.title?.setText(s);
  }

  /** The score line as drawn (for the screen's test facts). */
  get scoreText(): string {
    return this.score?.text ?? "";
  }

  setScore(line: string, streak: number): void {
    const s = this.score;
    if (!s) return;
    if (streak > this.lastStreak) {
      pop(this.scene, s);
      if (streak >= 3) celebrate(this.scene, s.x + this.frame.len(150), s.y, this.frame.len(160), 16);
    }
    this.lastStreak = streak;
    s.setText(line);
  }
}
