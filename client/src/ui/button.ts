// A button drawn on the canvas: large, keyboard- and touch-friendly. Focus shows a thick
// ring and a "▶" marker; a toggled button shows "✓"; a disabled one is dimmed and skipped.
import type { Focusable } from "./focus";
import { textStyle, textResolution } from "./fonts";
import { css, Ui } from "./palette";
import { sfx } from "./sound";
import { registerTestHandle } from "../debug/registry";

export interface ButtonOptions {
  testId: string;
  label: () => string;
  onPress: () => void;
  /** Centre of the button. */
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  enabled?: boolean;
  /** A toggle that is on (e.g. the current language). */
  selected?: boolean;
  primary?: boolean;
  /** The smallest touch box, in pixels, around a small drawn button (44 px on phones). */
  minHit?: { w: number; h: number };
  /** Drawn above everything with a lower depth (a dialog over the diagram's labels). */
  depth?: number;
}

export class Button implements Focusable {
  readonly testId: string;
  private readonly gfx: Phaser.GameObjects.Graphics;
  private readonly text: Phaser.GameObjects.Text;
  private readonly zone: Phaser.GameObjects.Zone;
  private focused = false;
  private hovered = false;
  private pressedHere = false;
  private enabled: boolean;
  private selected: boolean;
  private readonly unregister: () => void;
  /** Set by the owner so a hover or tap also moves the keyboard focus here. */
  onPointerFocus: ((b: Button) => void) | null = null;

  constructor(
    readonly scene: Phaser.Scene,
    private readonly opts: ButtonOptions,
  ) {
    this.testId = opts.testId;
    this.enabled = opts.enabled ?? true;
    this.selected = opts.selected ?? false;
    this.gfx = scene.add.graphics();
    this.text = scene.add
      .text(opts.x, opts.y, "", textStyle(opts.fontSize, { align: "center", bold: opts.primary ?? false }))
      .setOrigin(0.5)
      .setResolution(textResolution());
    const hitW = Math.max(opts.width, opts.minHit?.w ?? 0);
    const hitH = Math.max(opts.height, opts.minHit?.h ?? 0);
    this.zone = scene.add.zone(opts.x, opts.y, hitW, hitH).setInteractive({ useHandCursor: true });
    if (opts.depth !== undefined) {
      this.gfx.setDepth(opts.depth);
      this.text.setDepth(opts.depth);
      this.zone.setDepth(opts.depth);
    }
    this.zone.on("pointerover", () => {
      this.hovered = true;
      this.redraw();
    });
    this.zone.on("pointerout", () => {
      this.hovered = false;
      this.pressedHere = false;
      this.redraw();
    });
    this.zone.on("pointerdown", () => {
      this.pressedHere = true;
      if (this.enabled) this.onPointerFocus?.(this);
    });
    this.zone.on("pointerup", () => {
      if (this.pressedHere) this.activate();
      this.pressedHere = false;
    });
    this.unregister = registerTestHandle(opts.testId, () => ({
      // The box a pointer or a finger can hit.
      x: opts.x - hitW / 2,
      y: opts.y - hitH / 2,
      width: hitW,
      height: hitH,
      label: this.text.text,
      focused: this.focused,
      enabled: this.enabled,
    }));
    scene.events.once("shutdown", () => this.unregister());
    this.redraw();
  }

  label(): string {
    return this.opts.label();
  }

  isEnabled(): boolean {
    return this.enabled;
  }

  setEnabled(on: boolean): this {
    this.enabled = on;
    this.redraw();
    return this;
  }

  setSelected(on: boolean): this {
    this.selected = on;
    this.redraw();
    return this;
  }

  setFocused(on: boolean): void {
    this.focused = on;
    this.redraw();
  }

  activate(): void {
    if (!this.enabled) {
      sfx.play("error");
      return;
    }
    sfx.play("click");
    this.opts.onPress();
  }

  destroy(): void {
    this.unregister();
    this.gfx.destroy();
    this.text.destroy();
    this.zone.destroy();
  }

  private redraw(): void {
    const { x, y, width: w, height: h } = this.opts;
    const r = Math.min(16, h / 4);
    const g = this.gfx.clear();
    const fill = !this.enabled ? Ui.panelDisabled : this.hovered || this.focused ? Ui.panelHover : Ui.panel;
    g.fillStyle(fill, 1).fillRoundedRect(x - w / 2, y - h / 2, w, h, r);
    const border = this.opts.primary ? Ui.accent : Ui.textDim;
    g.lineStyle(this.selected ? 4 : 2, this.selected ? Ui.accent : border, this.enabled ? 1 : 0.4);
    g.strokeRoundedRect(x - w / 2, y - h / 2, w, h, r);
    if (this.focused) {
      const pad = Math.max(4, h * 0.1);
      g.lineStyle(Math.max(3, h * 0.07), Ui.focus, 1).strokeRoundedRect(
        x - w / 2 - pad,
        y - h / 2 - pad,
        w + 2 * pad,
        h + 2 * pad,
        r + pad,
      );
    }
    const marks = `${this.focused ? "▶ " : ""}${this.selected ? "✓ " : ""}`;
    this.text.setText(marks + this.opts.label());
    this.text.setColor(css(this.enabled ? Ui.text : Ui.textDisabled));
    // Long labels (Chinese or English) shrink to fit rather than overflow the button.
    const maxW = w - h * 0.5;
    this.text.setScale(1);
    if (this.text.width > maxW) this.text.setScale(maxW / this.text.width);
  }
}
