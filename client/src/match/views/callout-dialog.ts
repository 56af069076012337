// Expert: call out a segment the peer sent. The dialog shows the peer's latest segment not
// called out yet (X again, or the "earlier" button, steps back to the one before) and the
// four claims (wrong flags, seq, ack, or "should not have been sent"); keys 1–4 or the
// buttons answer, 5 or Escape cancels. The server judges the claim with the referee's verdict.
import type { CalloutClaim } from "../../../../shared/match/types";
import { CALLOUT_CLAIMS } from "../../../../shared/match/types";
import { Button } from "../../ui/button";
import type { FocusGroup } from "../../ui/focus";
import { Colors, Ui } from "../../ui/palette";
import { t } from "../../i18n";
import { text } from "./draw";
import { DIALOG_DEPTH } from "./fin-dialog";
import type { Frame } from "./frame";

export class CalloutDialog {
  /** The peer's segments that can be called out (latest first), while open, and the one shown. */
  targets: { id: number; label: string }[] | null = null;
  shown = 0;
  private frame: Frame | null = null;
  private focus: FocusGroup | null = null;

  get target(): { id: number; label: string } | null {
    return this.targets?.[this.shown] ?? null;
  }
  private objects: Phaser.GameObjects.GameObject[] = [];
  private buttons: Button[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly onChoose: (segmentId: number, claim: CalloutClaim) => void,
    private readonly onClosed: () => void,
  ) {}

  get isOpen(): boolean {
    return this.targets !== null;
  }

  get panel(): Phaser.GameObjects.Graphics | null {
    return (this.objects[0] as Phaser.GameObjects.Graphics | undefined) ?? null;
  }

  open(targets: { id: number; label: string }[], frame: Frame, focus: FocusGroup, shown = 0): void {
    this.removeObjects();
    this.targets = targets;
    this.shown = Math.min(shown, targets.length - 1);
    this.frame = frame;
    this.focus = focus;
    const target = targets[this.shown]!;
    const f = frame;
    const r = f.region("diagram");
    const top = r.y + r.h * 0.12;
    const h = r.h * 0.76;
    const g = this.scene.add.graphics().setDepth(DIALOG_DEPTH);
    g.fillStyle(Ui.bgDeep, 0.97).fillRoundedRect(r.x, top, r.w, h, f.len(10));
    g.lineStyle(f.len(3), Colors.reddishPurple, 1).strokeRoundedRect(r.x, top, r.w, h, f.len(10));
    const q = text(
      this.scene,
      r.x + r.w / 2,
      top + f.len(10),
      [`⚐ ${t("match:callout.title")}`, t("match:callout.segment", { segment: target.label })],
      f.font("body"),
      {
        bold: true,
        align: "center",
        wrapWidth: r.w * 0.9,
      },
    )
      .setOrigin(0.5, 0)
      .setDepth(DIALOG_DEPTH);
    this.objects = [g, q];
    const items: [string, string, () => void][] = CALLOUT_CLAIMS.map((c) => [
      `match.callout.${c}`,
      `match:callout.claim.${c}`,
      () => this.choose(c),
    ]);
    items.push(["match.callout.cancel", "match:composer.cancel", () => this.close()]);
    if (targets.length > 1) items.push(["match.callout.earlier", "match:callout.earlier", () => this.earlier()]);
    const rowH = (h * 0.66) / items.length;
    this.buttons = items.map(([id, key, on], i) => {
      const b = new Button(this.scene, {
        testId: id,
        label: () => (id === "match.callout.earlier" ? t(key) : `${i + 1}  ${t(key)}`),
        onPress: on,
        x: r.x + r.w / 2,
        y: top + h * 0.3 + rowH * (i + 0.5),
        width: r.w * 0.8,
        height: rowH * 0.82,
        fontSize: f.font("small"),
        depth: DIALOG_DEPTH + 1,
      });
      b.onPointerFocus = (btn) => focus.focus(btn, true);
      return focus.add(b);
    });
    focus.focus(this.buttons[0]!, true);
  }

  /** Keys 1–5 and Escape while open; true if the key was the dialog's. */
  key(key: string): boolean {
    if (!this.isOpen) return false;
    const n = Number(key);
    if (Number.isInteger(n) && n >= 1 && n <= CALLOUT_CLAIMS.length) this.choose(CALLOUT_CLAIMS[n - 1]!);
    else if (key === String(CALLOUT_CLAIMS.length + 1) || key === "Escape") this.close();
    else if (key.toUpperCase() === "X") this.earlier();
    return true;
  }

  /** Shows the peer's segment before the one shown (and wraps round to the latest). */
  earlier(): void {
    if (!this.targets || !this.frame || !this.focus || this.targets.length < 2) return;
    this.open(this.targets, this.frame, this.focus, (this.shown + 1) % this.targets.length);
    this.onClosed();
  }

  close(): void {
    if (!this.isOpen) return;
    this.targets = null;
    this.removeObjects();
    this.onClosed();
  }

  forget(): void {
    this.objects = [];
    this.buttons = [];
  }

  private choose(claim: CalloutClaim): void {
    const target = this.target;
    this.close();
    if (target) this.onChoose(target.id, claim);
  }

  private removeObjects(): void {
    for (const b of this.buttons) b.destroy();
    for (const o of this.objects) o.destroy();
    this.buttons = [];
    this.objects = [];
  }
}
