// The test handles (test-hooks.ts) of one screen, released together when the screen redraws or
// shuts down. Canvas text is invisible to tests and screen readers: `text` publishes it.
import { registerTestHandle } from "./test-hooks";
import type { BoxInGame } from "./registry";

export class TestHandles {
  private releases: Array<() => void> = [];

  add(id: string, box: () => BoxInGame | null): void {
    this.releases.push(registerTestHandle(id, box));
  }

  /** A text, boxed where it is drawn, with the label tests read. */
  text(id: string, obj: Phaser.GameObjects.Text, label: string): void {
    this.add(id, () => ({
      x: obj.x - obj.displayWidth * obj.originX,
      y: obj.y - obj.displayHeight * obj.originY,
      width: obj.displayWidth,
      height: obj.displayHeight,
      label,
      focused: false,
      enabled: false,
    }));
  }

  releaseAll(): void {
    for (const r of this.releases) r();
    this.releases = [];
  }
}
