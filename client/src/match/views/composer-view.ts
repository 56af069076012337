// The segment composer: five flag toggles (shape + letter + ✓ when on, never colour alone),
// seq / ack / data fields (real inputs: phones get their keyboard), send, and the two user
// calls that send nothing by themselves, listen() and close(). Guided mode adds "fill from
// hint". The model (client/src/match/composer.ts) holds the values; this only draws them.
import { FLAG_LOOK, FLAG_NAMES, type FlagName } from "../flags";
import { emptyComposer, sanitize, toggleFlag, type ComposerField, type ComposerState } from "../composer";
import { Button } from "../../ui/button";
import type { FocusGroup } from "../../ui/focus";
import { TextField } from "../../ui/text-field";
import { Ui } from "../../ui/palette";
import { t } from "../../i18n";
import type { Difficulty } from "../../../../shared/match/types";
import { flagBadge, panel, text } from "./draw";
import type { Frame, Rect } from "./frame";

export interface ComposerActions {
  send(): void;
  listen(): void;
  close(): void;
  prefill(): void;
  /** Expert: call out the peer's last segment. */
  callout(): void;
}

export class ComposerView {
  state: ComposerState = emptyComposer();
  private flagButtons = new Map<FlagName, Button>();
  private fields = new Map<ComposerField, TextField>();
  private buttons: Button[] = [];
  private owedText: Phaser.GameObjects.Text | null = null;
  /** False once the match has ended: nothing can be sent any more (see setActive). */
  private active = true;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly actions: ComposerActions,
  ) {}

  build(frame: Frame, focus: FocusGroup, difficulty: Difficulty | undefined): void {
    const guided = difficulty === "guided";
    const expert = difficulty === "expert";
    const r = frame.region("composer");
    panel(this.scene, r, null, frame.font("small"));
    const L = (x: number, y: number, w: number, h: number): Rect =>
      frame.rect({ x: frame.design.regions.composer.x + x, y: frame.design.regions.composer.y + y, w, h });
    const p = frame.portrait;
    const flagW = p ? 134 : 112;
    const flagH = p ? 88 : 52;
    const badges = this.scene.add.graphics();
    FLAG_NAMES.forEach((name, i) => {
      const box = L(6 + i * (flagW + 6), p ? 4 : 8, flagW, flagH);
      const b = this.addButton(focus, {
        testId: `match.flag.${name}`,
        label: () => `   ${FLAG_LOOK[name].letter}·${name}`,
        onPress: () => this.toggle(name),
        box,
        font: frame.font("body"),
        selected: this.state.flags[FLAG_LOOK[name].key],
      });
      this.flagButtons.set(name, b);
      flagBadge(badges, name, box.x + frame.len(18), box.y + box.h / 2, frame.len(10));
    });
    badges.setDepth(1);

    const fieldsAt = p
      ? { seq: [6, 118, 228], ack: [240, 118, 228], data: [474, 118, 228] }
      : { seq: [600, 28, 210], ack: [818, 28, 210], data: [1036, 28, 216] };
    for (const field of ["seq", "ack", "data"] as const) {
      const [x, y, w] = fieldsAt[field] as [number, number, number];
      text(
        this.scene,
        L(x, y - 22, w, 20).x,
        L(x, y - 22, w, 20).y,
        `${t(`match:composer.${field}`)} (${field === "seq" ? "Q" : field === "ack" ? "W" : "D"})`,
        frame.font("small"),
        { color: Ui.textDim },
      );
      const box = L(x, y, w, p ? 88 : 40);
      const f = new TextField(this.scene, {
        testId: `match.${field}`,
        label: () => t(`match:composer.${field}`),
        placeholder: () => (field === "data" ? "" : "0"),
        value: this.state[field],
        maxLength: field === "data" ? 64 : 10,
        x: box.x,
        y: box.y,
        width: box.w,
        height: box.h,
        fontSize: frame.font("body"),
        onSubmit: () => this.actions.send(),
        onInput: (v) => this.onInput(field, v),
      });
      f.input.inputMode = field === "data" ? "text" : "numeric";
      f.onDomFocus = (fld) => focus.focus(fld, true);
      focus.add(f);
      this.fields.set(field, f);
    }

    const row = p ? 214 : 76;
    const bh = p ? 88 : 50;
    // On a phone in guided mode five buttons share the row, so each is narrower.
    const narrow = p && (guided || expert);
    const specs: { id: string; key: string; w: number; on: () => void; primary?: boolean }[] = [
      {
        id: "match.send",
        key: p ? "match:composer.sendTouch" : "match:composer.send",
        w: narrow ? 190 : 220,
        on: () => this.actions.send(),
        primary: true,
      },
      { id: "match.listen", key: "match:composer.listen", w: narrow ? 118 : 150, on: () => this.actions.listen() },
      { id: "match.close", key: "match:composer.close", w: narrow ? 118 : 150, on: () => this.actions.close() },
      { id: "match.clear", key: "match:composer.clear", w: narrow ? 106 : p ? 150 : 130, on: () => this.clear() },
    ];
    if (guided) specs.push({ id: "match.prefill", key: "match:composer.prefill", w: p ? 140 : 190, on: () => this.actions.prefill() });
    if (expert) specs.push({ id: "match.callout", key: "match:callout.button", w: p ? 140 : 190, on: () => this.actions.callout() });
    let x = 6;
    for (const s of specs) {
      const box = L(x, row, s.w, bh);
      this.addButton(focus, {
        testId: s.id,
        label: () => t(s.key),
        onPress: s.on,
        box,
        font: frame.font("body"),
        primary: s.primary ?? false,
      });
      x += s.w + 8;
    }
    const hintBox = p ? L(6, 306, 696, 28) : L(x, row, 1250 - x, bh);
    this.owedText = text(this.scene, hintBox.x, hintBox.y, "", frame.font("small"), { color: Ui.text, wrapWidth: hintBox.w });
    // The keyboard shortcuts, where there is a keyboard (not on a phone held upright).
    if (!p)
      text(this.scene, hintBox.x, hintBox.y + frame.len(22), t("match:composer.keys"), frame.font("tiny"), {
        color: Ui.textDim,
        wrapWidth: hintBox.w,
      });
    if (!this.active) this.applyActive();
  }

  /**
   * Once the match has ended the composer's buttons are dimmed and skipped by the focus, and its
   * fields take no typing: a segment sent then could only be refused. A rebuilt screen keeps it.
   */
  setActive(on: boolean): void {
    if (on === this.active) return;
    this.active = on;
    this.applyActive();
  }

  private applyActive(): void {
    for (const b of this.buttons) b.setEnabled(this.active);
    for (const f of this.fields.values()) f.input.disabled = !this.active;
  }

  /** The DOM inputs live outside the canvas: they go when the screen is rebuilt or left. */
  destroy(): void {
    for (const f of this.fields.values()) f.destroy();
    this.fields.clear();
    this.flagButtons.clear();
    this.buttons = [];
  }

  setOwed(count: number | null): void {
    this.owedText?.setText(count ? t("match:composer.owed", { count }) : "");
  }

  focusField(field: ComposerField): void {
    this.fields.get(field)?.setFocused(true);
  }

  toggle(name: FlagName): void {
    this.state = toggleFlag(this.state, name);
    this.flagButtons.get(name)?.setSelected(this.state.flags[FLAG_LOOK[name].key]);
  }

  set(state: ComposerState): void {
    this.state = state;
    for (const name of FLAG_NAMES) this.flagButtons.get(name)?.setSelected(state.flags[FLAG_LOOK[name].key]);
    for (const field of ["seq", "ack", "data"] as const) {
      const f = this.fields.get(field);
      if (f) f.input.value = state[field];
    }
  }

  clear(): void {
    this.set(emptyComposer());
  }

  private onInput(field: ComposerField, value: string): void {
    const clean = sanitize(field, this.fields.get(field)?.input.value ?? value);
    const f = this.fields.get(field);
    if (f && f.input.value !== clean) f.input.value = clean;
    this.state = { ...this.state, [field]: clean };
  }

  private addButton(
    focus: FocusGroup,
    o: { testId: string; label: () => string; onPress: () => void; box: Rect; font: number; selected?: boolean; primary?: boolean },
  ): Button {
    const b = new Button(this.scene, {
      testId: o.testId,
      label: o.label,
      onPress: o.onPress,
      x: o.box.x + o.box.w / 2,
      y: o.box.y + o.box.h / 2,
      width: o.box.w,
      height: o.box.h,
      fontSize: o.font,
      selected: o.selected ?? false,
      primary: o.primary ?? false,
    });
    b.onPointerFocus = (btn) => focus.focus(btn, true);
    focus.add(b);
    this.buttons.push(b);
    return b;
  }
}
