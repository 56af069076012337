// The test handles (debug/testHooks) of one capture screen, released together when the screen
// redraws or shuts down.
import { registerTestHandle } from "../debug/test-hooks";
import type { BoxInGame } from "../debug/registry";

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
