// The event log: the latest lines, newest at the bottom, each translated from its code when
// drawn (so switching language rewrites the whole log) and followed by its explanations.
// Good and bad lines carry a ✓ / ✗ / ⚠ mark as well as their colour.
import type { LogLine } from "../log-lines";
import { lineText } from "../text";
import { t } from "../../i18n";
import { panel, text } from "./draw";
import type { Frame, Rect } from "./frame";

export { lineText };

export class LogView {
  private body!: Phaser.GameObjects.Text;
  private rect!: Rect;
  private shownKey = "";

  constructor(private readonly scene: Phaser.Scene) {}

  build(frame: Frame): void {
    this.rect = frame.region("log");
    const title = panel(this.scene, this.rect, t("match:log.title"), frame.font("tiny"));
    // The lines start under the title (on a phone the title's font is larger than its design size).
    const top = Math.max(this.rect.y + frame.len(20), title ? title.y + title.displayHeight + 2 : 0);
    this.body = text(this.scene, this.rect.x + frame.len(8), top, "", frame.font("tiny"), {
      wrapWidth: this.rect.w - frame.len(16),
    });
    this.shownKey = "";
  }

  update(log: readonly LogLine[], version: number): void {
    const key = `${version}|${log.length}|${t("match:log.title")}`;
    if (key === this.shownKey) return;
    this.shownKey = key;
    // Take lines from the end until the panel is full.
    const out: string[] = [];
    const maxLines = Math.floor(
      (this.rect.h - 24) / (this.body.style.fontSize ? parseInt(String(this.body.style.fontSize), 10) * 1.3 : 16),
    );
    for (let i = log.length - 1; i >= 0 && out.length < maxLines; i--) {
      const l = log[i]!;
      const block = [lineText(l), ...l.explain.map((e) => `   → ${t(`match:${e.key}`, e.params)}`)];
      out.unshift(...block);
    }
    // Wrapped lines take more room than counted: drop the oldest until the text fits.
    const shown = out.slice(-maxLines);
    this.body.setText(shown);
    const room = this.rect.y + this.rect.h - 4 - this.body.y;
    while (shown.length > 1 && this.body.height > room) {
      shown.shift();
      this.body.setText(shown);
    }
  }
}
