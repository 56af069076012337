// What every shell screen shares: the layout (recomputed on resize), the keyboard focus
// group, the top bar (language and sound, reachable from every screen), a notice line for
// errors, and a rebuild that redraws everything when the size or the language changes.
import Phaser from "phaser";
import { Button, type ButtonOptions } from "../ui/button";
import { announce, FocusGroup } from "../ui/focus";
import { textStyle, textResolution } from "../ui/fonts";
import { computeLayout, type Layout } from "../ui/layout";
import { Ui } from "../ui/palette";
import { sfx } from "../ui/sound";
import { TextField, type TextFieldOptions } from "../ui/text-field";
import { getLanguage, onLanguageChanged, setLanguage, t } from "../i18n";
import { debugState } from "../debug/registry";
import { drawBackdrop } from "../ui/backdrop";
import type { Notice } from "../ui/notice";

export type { Notice } from "../ui/notice";

const RESIZE_SETTLE_MS = 80;

export abstract class ShellScene extends Phaser.Scene {
  protected layout!: Layout;
  protected focusGroup!: FocusGroup;
  private widgets: Array<Button | TextField> = [];
  private savedValues = new Map<string, string>();
  private notice: Notice | null = null;
  private noticeText: Phaser.GameObjects.Text | null = null;

  /** The control that has the focus when the screen opens. */
  protected abstract defaultFocus(): string;
  /** Draws the screen's content for this layout. */
  protected abstract build(layout: Layout): void;
  /** Escape: where "back" goes (nowhere by default). */
  protected onBack(): void {}

  create(): void {
    this.focusGroup = new FocusGroup(this);
    this.focusGroup.onEscape = () => this.onBack();
    this.widgets = [];
    this.savedValues.clear();
    this.notice = null;
    // Relayout once the size settles. On a phone, opening the on-screen keyboard only makes
    // the page shorter: rebuilding then would remove the text field and close the keyboard.
    let pending: Phaser.Time.TimerEvent | null = null;
    let laidOutWidth = this.scale.width;
    const onResize = (): void => {
      const typing = document.activeElement instanceof HTMLInputElement;
      if (typing && this.scale.width === laidOutWidth) return;
      pending?.remove();
      pending = this.time.delayedCall(RESIZE_SETTLE_MS, () => {
        laidOutWidth = this.scale.width;
        this.rebuild();
      });
    };
    this.scale.on("resize", onResize);
    const offLang = onLanguageChanged(() => this.rebuild());
    this.events.once("shutdown", () => {
      this.scale.off("resize", onResize);
      offLang();
      this.widgets = [];
    });
    this.rebuild();
  }

  /** Redraws the whole screen, keeping typed text and the focused control. */
  protected rebuild(): void {
    const focused = this.focusGroup.current?.testId ?? this.defaultFocus();
    for (const w of this.widgets) {
      if (w instanceof TextField) this.savedValues.set(w.testId, w.input.value);
      w.destroy();
    }
    this.widgets = [];
    this.focusGroup.clear();
    this.children.removeAll(true);
    this.layout = computeLayout(this.scale.width, this.scale.height);
    this.cameras.main.setBackgroundColor(Ui.bg);
    drawBackdrop(this, this.layout);
    this.build(this.layout);
    this.buildTopBar(this.layout);
    this.drawNotice();
    this.focusGroup.focus(focused, true);
    if (!this.focusGroup.current) this.focusGroup.focus(this.defaultFocus(), true);
  }

  protected button(opts: Omit<ButtonOptions, "fontSize"> & { fontSize?: number }): Button {
    const b = new Button(this, { fontSize: this.layout.font.body, ...opts });
    b.onPointerFocus = (btn) => this.focusGroup.focus(btn, true);
    this.widgets.push(b);
    return this.focusGroup.add(b);
  }

  protected field(opts: Omit<TextFieldOptions, "fontSize"> & { fontSize?: number }): TextField {
    const saved = this.savedValues.get(opts.testId);
    const f = new TextField(this, { fontSize: this.layout.font.body, ...opts, ...(saved !== undefined ? { value: saved } : {}) });
    f.onDomFocus = (fld) => this.focusGroup.focus(fld, true);
    this.widgets.push(f);
    return this.focusGroup.add(f);
  }

  protected label(x: number, y: number, text: string, size: number, opts: Parameters<typeof textStyle>[1] = {}): Phaser.GameObjects.Text {
    return this.add.text(x, y, text, textStyle(size, opts)).setResolution(textResolution());
  }

  protected heading(text: string): Phaser.GameObjects.Text {
    const l = this.layout;
    return this.label(l.cx, l.headingY, text, l.font.heading, { bold: true, align: "center" }).setOrigin(0.5);
  }

  /** Shows a message at the bottom of the screen (translated again after a language switch). */
  protected setNotice(notice: Notice | null): void {
    this.notice = notice;
    const dbg = debugState();
    if (dbg) dbg.notice = notice ? notice.key : "";
    if (notice?.kind === "error") sfx.play("error");
    if (notice) announce(t(notice.key, notice.params));
    this.drawNotice();
  }

  private drawNotice(): void {
    this.noticeText?.destroy();
    this.noticeText = null;
    if (!this.notice) return;
    const l = this.layout;
    const color = this.notice.kind === "error" ? Ui.bad : this.notice.kind === "good" ? Ui.good : Ui.textDim;
    // The mark tells the kind of message without relying on its colour.
    const mark = this.notice.kind === "error" ? "⚠ " : this.notice.kind === "good" ? "✓ " : "";
    this.noticeText = this.label(l.cx, l.height - l.gap, mark + t(this.notice.key, this.notice.params), l.font.body, {
      color: this.notice.kind === "info" ? Ui.text : color,
      align: "center",
      wrapWidth: l.width - 2 * l.gap,
    }).setOrigin(0.5, 1);
  }

  private buildTopBar(l: Layout): void {
    const { width: w, height: h } = l.topButton;
    const y = l.barHeight / 2;
    const font = l.font.small;
    this.label(l.gap, y, t("app.title"), l.font.body, { bold: true, color: Ui.accent }).setOrigin(0, 0.5);
    const other = getLanguage() === "zh" ? "en" : "zh";
    this.button({
      testId: "topbar.language",
      // The other language's name, in that language, so a lost reader finds their way back.
      label: () => t(`language.${other}`),
      onPress: () => setLanguage(other),
      x: l.width - l.gap - w / 2,
      y,
      width: w,
      height: h,
      fontSize: font,
    });
    this.button({
      testId: "topbar.sound",
      label: () => t(sfx.muted ? "sound.off" : "sound.on"),
      onPress: () => {
        sfx.toggleMute();
        this.rebuild();
      },
      x: l.width - 2 * l.gap - (w * 3) / 2,
      y,
      width: w,
      height: h,
      fontSize: font,
    });
  }
}
