// Expert: call out the peer's last segment. The dialog shows that segment and the four
// claims (wrong flags, seq, ack, or "should not have been sent"); keys 1–4 or the buttons
// answer, 5 or Escape cancels. The server judges the claim with the referee's verdict.
import type { CalloutClaim } from "../../../../shared/match/types";
import { CALLOUT_CLAIMS } from "../../../../shared/match/types";
import { Button } from "../../ui/button";
import type { FocusGroup } from "../../ui/focus";
import { Colors, Ui } from "../../ui/palette";
import { t } from "../../i18n";
import { text } from "./draw";
import { DIALOG_DEPTH } from "./finDialog";
import type { Frame } from "./frame";

export class CalloutDialog {
  /** The peer's segment being called out (ladder id and its label), while open. */
  target: { id: number; label: string } | null = null;
  private objects: Phaser.GameObjects.GameObject[] = [];
  private buttons: Button[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly onChoose: (segmentId: number, claim: CalloutClaim) => void,
    private readonly onClosed: () => void,
  ) {}

  get isOpen(): boolean {
    return this.target !== null;
  }

  get panel(): Phaser.GameObjects.Graphics | null {
    return (this.objects[0] as Phaser.GameObjects.Graphics | undefined) ?? null;
  }

  open(target: { id: number; label: string }, frame: Frame, focus: FocusGroup): void {
    this.removeObjects();
    this.target = target;
    const f = frame;
    const r = f.region("diagram");
    const top = r.y + r.h * 0.12;
    const h = r.h * 0.76;
    const g = this.scene.add.graphics().setDepth(DIALOG_DEPTH);
    g.fillStyle(Ui.bgDeep, 0.97).fillRoundedRect(r.x, top, r.w, h, f.len(10));
    g.lineStyle(f.len(3), Colors.reddishPurple, 1).strokeRoundedRect(r.x, top, r.w, h, f.len(10));
    const q = text(this.scene, r.x + r.w / 2, top + f.len(10), [`⚐ ${t("match:callout.title")}`, t("match:callout.segment", { segment: target.label })], f.font("body"), {
      bold: true,
      align: "center",
      wrapWidth: r.w * 0.9,
    })
      .setOrigin(0.5, 0)
      .setDepth(DIALOG_DEPTH);
    this.objects = [g, q];
    const items: [string, string, () => void][] = CALLOUT_CLAIMS.map((c) => [`match.callout.${c}`, `match:callout.claim.${c}`, () => this.choose(c)]);
    items.push(["match.callout.cancel", "match:composer.cancel", () => this.close()]);
    const rowH = (h * 0.66) / items.length;
    this.buttons = items.map(([id, key, on], i) => {
      const b = new Button(this.scene, {
        testId: id,
        label: () => `${i + 1}  ${t(key)}`,
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
    return true;
  }

  close(): void {
    if (!this.isOpen) return;
    this.target = null;
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
