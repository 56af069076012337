// The band between the diagrams and the composer: on the left what is expected now (the
// prompt), what to do about it (one short line for newcomers) and the scenario's task; on
// the right the answer to your last action as a badge. A wrong answer or a refused segment
// is told by its ✗ mark, a thick border and a shake, not by colour alone.
import type { Feedback } from "../model";
import { Button } from "../../ui/button";
import type { FocusGroup } from "../../ui/focus";
import { Colors, Ui } from "../../ui/palette";
import { panel, text } from "./draw";
import type { Frame, Rect } from "./frame";

export type FeedbackTone = "good" | "bad" | "warn" | "info";

const LOOK: Record<FeedbackTone, { mark: string; color: number; fill: number }> = {
  good: { mark: "✓", color: Colors.bluishGreen, fill: 0x0d2e26 },
  bad: { mark: "✗", color: Colors.vermillion, fill: 0x3a1408 },
  warn: { mark: "⚠", color: Colors.yellow, fill: 0x33300a },
  info: { mark: "➜", color: Colors.skyBlue, fill: 0x0c2433 },
};

export function feedbackTone(kind: Feedback["kind"] | "local"): FeedbackTone {
  if (kind === "declared-right" || kind === "segment-ok" || kind === "callout-right") return "good";
  if (kind === "rejected" || kind === "local") return "warn";
  if (kind === "segment-sent") return "info";
  return "bad";
}

export class PromptView {
  private prompt: Phaser.GameObjects.Text | null = null;
  private next: Phaser.GameObjects.Text | null = null;
  private task: Phaser.GameObjects.Text | null = null;
  private badge: Phaser.GameObjects.Container | null = null;
  private rect!: Rect;
  private frame!: Frame;
  private shownKey = "";

  constructor(private readonly scene: Phaser.Scene) {}

  build(f: Frame): void {
    this.frame = f;
    this.rect = f.region("prompt");
    const pr = this.rect;
    panel(this.scene, pr, null, f.font("small"));
    // Landscape: text on the left half, the badge on the right. Portrait (a phone): text the
    // whole width, the badge over the task line at the bottom while it has something to say.
    const w = f.portrait ? pr.w - f.len(20) : pr.w * 0.5 - f.len(16);
    this.prompt = text(this.scene, pr.x + f.len(10), pr.y + f.len(3), "", f.font("body"), { bold: true, wrapWidth: w }).setMaxLines(1);
    this.next = text(this.scene, pr.x + f.len(10), pr.y + f.len(f.portrait ? 36 : 25), "", f.font("small"), {
      color: Ui.text,
      wrapWidth: w,
    }).setMaxLines(2);
    this.task = text(this.scene, pr.x + f.len(10), pr.y + f.len(f.portrait ? 80 : 45), "", f.font("tiny"), {
      color: Ui.textDim,
      wrapWidth: w,
    }).setMaxLines(2);
    this.badge = null;
    this.shownKey = "";
  }

  setPrompt(prompt: string, color: number, next: string, task: string): void {
    this.prompt?.setText(prompt).setColor(hex(color));
    this.next?.setText(next);
    this.task?.setText(task);
    // The task line follows the next-step line; what does not fit in the band is cut at it
    // (two lines, or one where two would run past the band's bottom edge).
    if (this.task && this.next) {
      const below = this.next.y + this.next.height;
      this.task.setY(this.frame.portrait ? below : Math.max(this.task.y, below)).setMaxLines(2);
      if (this.task.y + this.task.height > this.rect.y + this.rect.h - this.frame.len(2)) this.task.setMaxLines(1);
    }
  }

  /** The badge for the last answer; `id` changes when a new answer comes (it shakes then). */
  setFeedback(id: string, tone: FeedbackTone | null, lines: string[], spaceRight: number): void {
    const key = `${id}|${lines.join("\n")}|${spaceRight}`;
    if (key === this.shownKey) return;
    const isNew = id !== this.shownKey.split("|")[0];
    this.shownKey = key;
    this.badge?.destroy();
    this.badge = null;
    const f = this.frame;
    const has = !!tone && lines.length > 0;
    if (f.portrait) this.task?.setVisible(!has);
    if (!tone || !has) return;
    const pr = this.rect;
    const look = LOOK[tone];
    const x = f.portrait ? pr.x + f.len(4) : pr.x + pr.w * 0.5;
    const top = f.portrait ? pr.y + f.len(76) : pr.y + f.len(4);
    const w = (f.portrait ? pr.w - f.len(8) : pr.w * 0.5 - f.len(6)) - spaceRight;
    const h = pr.y + pr.h - f.len(4) - top;
    const c = this.scene.add.container(x, top);
    const g = this.scene.add.graphics();
    const border = tone === "good" ? f.len(1.5) : f.len(3);
    g.fillStyle(look.fill, 1).fillRoundedRect(0, 0, w, h, f.len(6));
    g.lineStyle(border, look.color, 1).strokeRoundedRect(0, 0, w, h, f.len(6));
    const mark = text(this.scene, f.len(12), h / 2, look.mark, f.font("big"), { bold: true, color: look.color }).setOrigin(0, 0.5);
    const body = text(this.scene, f.len(44), h / 2, lines.slice(0, 5), f.font(lines.length > 1 ? "tiny" : "small"), {
      bold: tone !== "good",
      color: Ui.text,
      wrapWidth: w - f.len(52),
    }).setOrigin(0, 0.5);
    // Long explanations shrink rather than spill out of the badge.
    if (body.height > h - 4) body.setScale((h - 4) / body.height);
    c.add([g, mark, body]);
    this.badge = c;
    if (isNew && (tone === "bad" || tone === "warn")) {
      this.scene.tweens.add({ targets: c, x: { from: x - f.len(8), to: x }, duration: 70, yoyo: false, repeat: 3, ease: "Sine.easeInOut" });
    }
  }

  /** A finished match: the way on (the debrief, or back to the class) at the band's right, focused. */
  showNext(focus: FocusGroup, opts: { testId: string; label: () => string; onPress: () => void }): Button {
    const f = this.frame;
    const pr = this.rect;
    const w = f.len(220);
    const b = new Button(this.scene, {
      ...opts,
      x: pr.x + pr.w - w / 2 - f.len(6),
      // A phone's band is tall: the button sits at its bottom, the size of the others.
      y: f.portrait ? pr.y + pr.h - f.len(34) : pr.y + pr.h / 2,
      width: w,
      height: f.portrait ? f.len(60) : pr.h - f.len(8),
      fontSize: f.font("body"),
      primary: true,
    });
    b.onPointerFocus = (btn) => focus.focus(btn, true);
    focus.add(b);
    focus.focus(b, true);
    return b;
  }
}

function hex(c: number): string {
  return `#${c.toString(16).padStart(6, "0")}`;
}
