// A FIN stands for one of two calls, and the player says which (docs/product.md):
// shutdown() — no more data to send, keep reading (RFC 9293's CLOSE, a half-close) — or
// close() — the application lets the socket go (in the linux profile the connection is
// orphaned). The dialog sits over the state diagram; keys 1, 2, 3 or the buttons answer.
import type { FinMode, SegmentDraft } from "../../../../shared/match/types";
import { Button } from "../../ui/button";
import type { FocusGroup } from "../../ui/focus";
import { Colors, Ui } from "../../ui/palette";
import { t } from "../../i18n";
import { text } from "./draw";
import type { Frame } from "./frame";

/** Dialogs sit above everything else on the match screen. */
export const DIALOG_DEPTH = 50;

export class FinDialog {
  draft: SegmentDraft | null = null;
  private objects: Phaser.GameObjects.GameObject[] = [];
  private buttons: Button[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly onChoose: (draft: SegmentDraft, mode: FinMode) => void,
    /** Called when the dialog has closed (the screen puts its controls back in the focus order). */
    private readonly onClosed: () => void,
  ) {}

  get isOpen(): boolean {
    return this.draft !== null;
  }

  /** The dialog's panel (drawn first, under its text and buttons), while open. */
  get panel(): Phaser.GameObjects.Graphics | null {
    return (this.objects[0] as Phaser.GameObjects.Graphics | undefined) ?? null;
  }

  open(draft: SegmentDraft, frame: Frame, focus: FocusGroup): void {
    this.removeObjects();
    this.draft = draft;
    const f = frame;
    const r = f.region("diagram");
    // Drawn after the diagram, so on top of it; the buttons come after, on top of this.
    const g = this.scene.add.graphics();
    g.fillStyle(Ui.bgDeep, 0.96).fillRoundedRect(r.x, r.y + r.h * 0.2, r.w, r.h * 0.6, f.len(10));
    g.lineStyle(f.len(3), Colors.orange, 1).strokeRoundedRect(r.x, r.y + r.h * 0.2, r.w, r.h * 0.6, f.len(10));
    const q = text(this.scene, r.x + r.w / 2, r.y + r.h * 0.26, `▲ ${t("match:composer.finChoice")}`, f.font("body"), {
      bold: true,
      align: "center",
      wrapWidth: r.w * 0.9,
    }).setOrigin(0.5, 0);
    // Over the diagram's labels and arrows (their depth is 1 or 2).
    g.setDepth(DIALOG_DEPTH);
    q.setDepth(DIALOG_DEPTH);
    this.objects = [g, q];
    const items: [string, string, () => void][] = [
      ["match.fin.shutdown", "match:composer.finShutdown", () => this.choose("shutdown")],
      ["match.fin.close", "match:composer.finClose", () => this.choose("close")],
      ["match.fin.cancel", "match:composer.cancel", () => this.close()],
    ];
    this.buttons = items.map(([id, key, on], i) => {
      const b = new Button(this.scene, {
        testId: id,
        label: () => `${i + 1}  ${t(key)}`,
        onPress: on,
        x: r.x + r.w / 2,
        y: r.y + r.h * (0.44 + i * 0.12),
        width: r.w * 0.9,
        height: r.h * 0.1,
        fontSize: f.font("small"),
        depth: DIALOG_DEPTH + 1,
        minHit: { w: 0, h: f.portrait ? 44 : 0 },
      });
      b.onPointerFocus = (btn) => focus.focus(btn, true);
      return focus.add(b);
    });
    focus.focus(this.buttons[0]!, true);
  }

  /** Keys 1, 2, 3 while the dialog is open; true if the key was the dialog's. */
  key(key: string): boolean {
    if (!this.isOpen) return false;
    if (key === "1") this.choose("shutdown");
    else if (key === "2") this.choose("close");
    else if (key === "3" || key === "Escape") this.close();
    return true;
  }

  close(): void {
    if (!this.isOpen) return;
    this.draft = null;
    this.removeObjects();
    this.onClosed();
  }

  /** The screen is being rebuilt: its objects go with it, the draft stays. */
  forget(): void {
    this.objects = [];
    this.buttons = [];
  }

  private choose(mode: FinMode): void {
    const draft = this.draft;
    this.close();
    if (draft) this.onChoose(draft, mode);
  }

  private removeObjects(): void {
    for (const b of this.buttons) b.destroy();
    for (const o of this.objects) o.destroy();
    this.buttons = [];
    this.objects = [];
  }
}
