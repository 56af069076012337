// Keyboard focus in the shell's UI kit: Tab order, wrapping, disabled controls, text fields.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FocusGroup, type Focusable } from "../../client/src/ui/focus";

class FakeControl implements Focusable {
  focused = false;
  presses = 0;
  constructor(
    readonly testId: string,
    public enabled = true,
    readonly isTextField = false,
  ) {}
  label(): string {
    return this.testId;
  }
  isEnabled(): boolean {
    return this.enabled;
  }
  setFocused(on: boolean): void {
    this.focused = on;
  }
  activate(): void {
    this.presses++;
  }
}

// A scene only needs to say when it shuts down; the window only needs to dispatch keys.
const fakeScene = () => {
  const handlers: Array<() => void> = [];
  return { events: { once: (_: string, cb: () => void) => handlers.push(cb) }, shutdown: () => handlers.forEach((h) => h()) };
};

class Key extends Event {
  constructor(
    readonly key: string,
    readonly shiftKey = false,
  ) {
    super("keydown", { cancelable: true });
  }
  readonly altKey = false;
  readonly ctrlKey = false;
  readonly metaKey = false;
}

beforeEach(() => {
  (globalThis as { window?: unknown }).window = new EventTarget();
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

const press = (key: string, shift = false): Key => {
  const e = new Key(key, shift);
  (globalThis as unknown as { window: EventTarget }).window.dispatchEvent(e);
  return e;
};

function setup(...controls: FakeControl[]) {
  const scene = fakeScene();
  const group = new FocusGroup(scene as unknown as Phaser.Scene);
  for (const c of controls) group.add(c);
  return { group, scene };
}

describe("FocusGroup", () => {
  it("moves with Tab in order and wraps from the last control to the first", () => {
    const [a, b, c] = [new FakeControl("a"), new FakeControl("b"), new FakeControl("c")];
    const { group } = setup(a, b, c);
    group.focus("a", true);
    press("Tab");
    expect(group.current?.testId).toBe("b");
    press("Tab");
    press("Tab");
    expect(group.current?.testId).toBe("a");
    expect([a.focused, b.focused, c.focused]).toEqual([true, false, false]);
  });

  it("moves back with Shift+Tab and the up arrow", () => {
    const { group } = setup(new FakeControl("a"), new FakeControl("b"), new FakeControl("c"));
    group.focus("a", true);
    press("Tab", true);
    expect(group.current?.testId).toBe("c");
    press("ArrowUp");
    expect(group.current?.testId).toBe("b");
  });

  it("skips disabled controls", () => {
    const { group } = setup(new FakeControl("a"), new FakeControl("b", false), new FakeControl("c"));
    group.focus("a", true);
    press("ArrowDown");
    expect(group.current?.testId).toBe("c");
  });

  it("activates the focused control with Enter and Space, and keeps the browser from scrolling", () => {
    const a = new FakeControl("a");
    const { group } = setup(a);
    group.focus("a", true);
    const enter = press("Enter");
    const space = press(" ");
    expect(a.presses).toBe(2);
    expect([enter.defaultPrevented, space.defaultPrevented]).toEqual([true, true]);
  });

  it("leaves Space and the left/right arrows to a text field, but Tab still moves on", () => {
    const field = new FakeControl("name", true, true);
    const { group } = setup(field, new FakeControl("go"));
    group.focus("name", true);
    const space = press(" ");
    const left = press("ArrowLeft");
    expect(field.presses).toBe(0);
    expect([space.defaultPrevented, left.defaultPrevented]).toEqual([false, false]);
    expect(group.current?.testId).toBe("name");
    press("Tab");
    expect(group.current?.testId).toBe("go");
  });

  it("calls the scene's back action on Escape", () => {
    const { group } = setup(new FakeControl("a"));
    let back = 0;
    group.onEscape = () => back++;
    press("Escape");
    expect(back).toBe(1);
  });

  it("stops listening when its scene shuts down", () => {
    const a = new FakeControl("a");
    const { group, scene } = setup(a);
    group.focus("a", true);
    scene.shutdown();
    press("Enter");
    expect(a.presses).toBe(0);
  });
});
