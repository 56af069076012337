// A numbered answer card: like the shell's Button but with wrapped, multi-line text, since
// an answer can be a whole sentence. Keyboard focus shows a ring and "▶"; after the answer
// the right card shows "✓" and a wrong pick "✗", so nothing relies on colour alone.
import type { FocusGroup, Focusable } from "../ui/focus";
import { textStyle, textResolution } from "../ui/fonts";
import { Ui } from "../ui/palette";
import { sfx } from "../ui/sound";
import { registerTestHandle } from "../debug/test-hooks";
import { wrapMixed } from "./wrap";

export interface ChoiceCardOptions {
  testId: string;
  number: number;
  text: string;
  /** Left-top corner and size. */
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  onPress: () => void;
}

export type CardMark = "none" | "right" | "wrong";

export class ChoiceCard implements Focusable {
  readonly testId: string;
  private readonly gfx: Phaser.GameObjects.Graphics;
  private readonly num: Phaser.GameObjects.Text;
  private readonly body: Phaser.GameObjects.Text;
  private readonly zone: Phaser.GameObjects.Zone;
  private focused = false;
  private enabled = true;
  private mark: CardMark = "none";
  private readonly unregister: () => void;
  onPointerFocus: ((c: ChoiceCard) => void) | null = null;

  constructor(
    scene: Phaser.Scene,
    private readonly o: ChoiceCardOptions,
  ) {
    this.testId = o.testId;
    this.gfx = scene.add.graphics();
    const numW = o.fontSize * 2.7;
    this.num = scene.add
      .text(o.x + numW / 2, o.y + o.height / 2, "", textStyle(o.fontSize * 1.1, { bold: true, align: "center" }))
      .setOrigin(0.5)
      .setResolution(textResolution());
    this.body = wrapMixed(
      scene.add
        .text(o.x + numW, o.y + o.height / 2, o.text, textStyle(o.fontSize))
        .setOrigin(0, 0.5)
        .setResolution(textResolution()),
      o.width - numW - o.fontSize * 0.6,
    );
    // Very long answers shrink rather than spill out of the card.
    const maxH = o.height - o.fontSize * 0.4;
    if (this.body.height > maxH) this.body.setScale(maxH / this.body.height);
    this.zone = scene.add.zone(o.x + o.width / 2, o.y + o.height / 2, o.width, o.height).setInteractive({ useHandCursor: true });
    this.zone.on("pointerdown", () => this.onPointerFocus?.(this));
    this.zone.on("pointerup", () => this.activate());
    this.unregister = registerTestHandle(o.testId, () => ({
      x: o.x,
      y: o.y,
      width: o.width,
      height: o.height,
      label: `${o.number}. ${o.text}${this.mark === "right" ? " ✓" : this.mark === "wrong" ? " ✗" : ""}`,
      focused: this.focused,
      enabled: this.enabled,
    }));
    scene.events.once("shutdown", () => this.unregister());
    this.redraw();
  }

  label(): string {
    return `${this.o.number}. ${this.o.text}`;
  }

  isEnabled(): boolean {
    return this.enabled;
  }

  setFocused(on: boolean): void {
    this.focused = on;
    this.redraw();
  }

  /** After the answer: cards stop answering, the right one and a wrong pick are marked. */
  settle(mark: CardMark): void {
    this.enabled = false;
    this.focused = false;
    this.mark = mark;
    this.redraw();
  }

  activate(): void {
    if (!this.enabled) return;
    sfx.play("click");
    this.o.onPress();
  }

  destroy(): void {
    this.unregister();
    this.gfx.destroy();
    this.num.destroy();
    this.body.destroy();
    this.zone.destroy();
  }

  private redraw(): void {
    const { x, y, width: w, height: h } = this.o;
    const g = this.gfx.clear();
    const fill = this.mark === "right" ? 0x12402f : this.mark === "wrong" ? 0x4a2410 : this.focused ? Ui.panelHover : Ui.panel;
    g.fillStyle(fill, 1).fillRoundedRect(x, y, w, h, 12);
    const border = this.mark === "right" ? Ui.good : this.mark === "wrong" ? Ui.bad : Ui.textDim;
    g.lineStyle(this.mark === "none" ? 2 : 4, border, 1).strokeRoundedRect(x, y, w, h, 12);
    if (this.focused) {
      g.lineStyle(4, Ui.focus, 1).strokeRoundedRect(x - 5, y - 5, w + 10, h + 10, 16);
    }
    const sign = this.mark === "right" ? "✓" : this.mark === "wrong" ? "✗" : this.focused ? "▶" : "";
    this.num.setText(sign ? `${sign}${this.o.number}` : String(this.o.number));
  }
}

/** Where a column of answer cards goes, and what each does. */
export interface ChoiceColumn {
  /** Test ids are `${testIdPrefix}.1`, `.2`, …, as the cards are numbered. */
  testIdPrefix: string;
  labels: string[];
  x: number;
  y: number;
  width: number;
  cardHeight: number;
  gap: number;
  fontSize: number;
  onPress: (index: number) => void;
  /** After the answer: the right card and the player's pick are marked. */
  settled: { answer: number; chosen: number | null } | null;
}

/**
 * Keys 1–9 focus the answer card of that number while `open()` gives how many may still be
 * chosen (0 once the question is answered), for as long as the scene runs.
 */
export function choiceNumberKeys(scene: Phaser.Scene, focus: FocusGroup, testIdPrefix: string, open: () => number): void {
  const onKey = (e: KeyboardEvent): void => {
    const n = Number(e.key);
    if (Number.isInteger(n) && n >= 1 && n <= open()) {
      e.preventDefault();
      focus.focus(`${testIdPrefix}.${n}`);
    }
  };
  window.addEventListener("keydown", onKey);
  scene.events.once("shutdown", () => window.removeEventListener("keydown", onKey));
}

/**
 * The answer cards of a question, one under another, added to `focus` (the quiz and the
 * capture quiz both lay them out this way).
 */
export function choiceColumn(scene: Phaser.Scene, focus: FocusGroup, c: ChoiceColumn): ChoiceCard[] {
  return c.labels.map((label, i) => {
    const card = new ChoiceCard(scene, {
      testId: `${c.testIdPrefix}.${i + 1}`,
      number: i + 1,
      text: label,
      x: c.x,
      y: c.y + i * (c.cardHeight + c.gap),
      width: c.width,
      height: c.cardHeight,
      fontSize: c.fontSize,
      onPress: () => c.onPress(i),
    });
    card.onPointerFocus = (f) => focus.focus(f, true);
    if (c.settled) card.settle(i === c.settled.answer ? "right" : i === c.settled.chosen ? "wrong" : "none");
    return focus.add(card);
  });
}
