// Keyboard focus for a scene: Tab / Shift+Tab and the arrow keys move between controls in
// reading order, Enter or Space activates, Escape goes back. One group per scene; it lives
// as long as the scene runs. Focus is shown by a ring AND a marker, never by colour alone.
import { sfx } from "./sound";

export interface Focusable {
  readonly testId: string;
  /** Shown to screen readers through the page's live region. */
  label(): string;
  isEnabled(): boolean;
  setFocused(on: boolean): void;
  activate(): void;
  /** A DOM text field keeps Space and the left/right arrows for itself. */
  readonly isTextField?: boolean;
}

export class FocusGroup {
  private items: Focusable[] = [];
  private index = -1;
  onEscape: (() => void) | null = null;
  private readonly listener = (e: KeyboardEvent): void => this.onKey(e);

  constructor(scene: Phaser.Scene) {
    window.addEventListener("keydown", this.listener);
    scene.events.once("shutdown", () => this.dispose());
    scene.events.once("destroy", () => this.dispose());
  }

  add<T extends Focusable>(item: T): T {
    this.items.push(item);
    return item;
  }

  /** Forget every control (the scene is being rebuilt); the caller re-adds them. */
  clear(): void {
    this.items = [];
    this.index = -1;
  }

  get current(): Focusable | undefined {
    return this.items[this.index];
  }

  focus(target: Focusable | string, quiet = false): void {
    const i = typeof target === "string" ? this.items.findIndex((it) => it.testId === target) : this.items.indexOf(target);
    if (i < 0 || i === this.index || !this.items[i]?.isEnabled()) return;
    this.current?.setFocused(false);
    this.index = i;
    const item = this.items[i]!;
    item.setFocused(true);
    announce(item.label());
    if (!quiet) sfx.play("focus");
  }

  /** Moves by `dir` steps, skipping disabled controls; wraps around. */
  move(dir: 1 | -1): void {
    const n = this.items.length;
    for (let step = 1; step <= n; step++) {
      const i = ((((this.index < 0 ? (dir > 0 ? -1 : 0) : this.index) + dir * step) % n) + n) % n;
      if (this.items[i]?.isEnabled()) {
        this.focus(this.items[i]!);
        return;
      }
    }
  }

  dispose(): void {
    window.removeEventListener("keydown", this.listener);
    this.items = [];
  }

  private onKey(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const cur = this.current;
    const inText = cur?.isTextField === true;
    switch (e.key) {
      case "Tab":
        e.preventDefault();
        this.move(e.shiftKey ? -1 : 1);
        return;
      case "ArrowDown":
        e.preventDefault();
        this.move(1);
        return;
      case "ArrowUp":
        e.preventDefault();
        this.move(-1);
        return;
      case "ArrowRight":
      case "ArrowLeft":
        if (inText) return; // moves the caret
        e.preventDefault();
        this.move(e.key === "ArrowRight" ? 1 : -1);
        return;
      case "Enter":
        e.preventDefault();
        cur?.activate();
        return;
      case " ":
        if (inText) return;
        e.preventDefault();
        cur?.activate();
        return;
      case "Escape":
        if (this.onEscape) {
          e.preventDefault();
          this.onEscape();
        }
        return;
      default:
        return;
    }
  }
}

/** Tells assistive technology which control has the focus (index.html's live region). */
export function announce(text: string): void {
  const live = typeof document === "undefined" ? null : document.getElementById("a11y-live");
  if (live) live.textContent = text;
}
