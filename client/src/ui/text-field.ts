// A text field for room codes, nicknames and match ids: a real DOM <input> laid over the
// canvas, so phones open their keyboard, IMEs work for Chinese names, and paste works.
import type { Focusable } from "./focus";
import { fontFamily } from "./fonts";
import { registerTestHandle } from "../debug/registry";

export interface TextFieldOptions {
  testId: string;
  /** Accessible name and placeholder, re-read when the language changes. */
  label: () => string;
  placeholder: () => string;
  value?: string;
  maxLength: number;
  /** Left-top corner and size, in game (= CSS) pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  upperCase?: boolean;
  onSubmit?: () => void;
  onInput?: (value: string) => void;
}

export class TextField implements Focusable {
  readonly testId: string;
  readonly isTextField = true;
  readonly input: HTMLInputElement;
  private readonly unregister: () => void;
  onDomFocus: ((f: TextField) => void) | null = null;

  constructor(
    scene: Phaser.Scene,
    private readonly opts: TextFieldOptions,
  ) {
    this.testId = opts.testId;
    const input = document.createElement("input");
    input.type = "text";
    input.className = "arena-input";
    input.maxLength = opts.maxLength;
    input.autocomplete = "off";
    input.spellcheck = false;
    input.value = opts.value ?? "";
    input.dataset.testid = opts.testId;
    if (opts.upperCase) input.autocapitalize = "characters";
    Object.assign(input.style, {
      position: "fixed",
      left: `${opts.x}px`,
      top: `${opts.y}px`,
      width: `${opts.width}px`,
      height: `${opts.height}px`,
      fontSize: `${opts.fontSize}px`,
      fontFamily,
      boxSizing: "border-box",
      ...(opts.upperCase ? { textTransform: "uppercase", letterSpacing: "0.15em" } : {}),
    } satisfies Partial<CSSStyleDeclaration>);
    input.addEventListener("focus", () => this.onDomFocus?.(this));
    input.addEventListener("input", () => opts.onInput?.(this.value));
    (document.getElementById("game") ?? document.body).appendChild(input);
    this.input = input;
    this.refreshText();
    this.unregister = registerTestHandle(opts.testId, () => ({
      x: opts.x,
      y: opts.y,
      width: opts.width,
      height: opts.height,
      label: this.value,
      focused: document.activeElement === input,
      enabled: !input.disabled,
    }));
    scene.events.once("shutdown", () => this.destroy());
  }

  get value(): string {
    const v = this.input.value.trim();
    return this.opts.upperCase ? v.toUpperCase() : v;
  }

  label(): string {
    return this.opts.label();
  }

  refreshText(): void {
    this.input.placeholder = this.opts.placeholder();
    this.input.setAttribute("aria-label", this.opts.label());
  }

  isEnabled(): boolean {
    return !this.input.disabled;
  }

  setFocused(on: boolean): void {
    if (on) this.input.focus();
    else this.input.blur();
  }

  activate(): void {
    this.opts.onSubmit?.();
  }

  destroy(): void {
    this.unregister();
    this.input.remove();
  }
}
