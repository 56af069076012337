// What the quiz's result and progress screens share: test handles released when the scene
// shuts down or rebuilds, and Back returning to the quiz home.
import { ShellScene } from "../shell/shell-scene";
import { QuizKey } from "./keys";

export abstract class QuizSubScene extends ShellScene {
  /** Unregister functions of the test handles of the current build. */
  protected releases: Array<() => void> = [];

  override create(): void {
    super.create();
    this.events.once("shutdown", () => this.release());
  }

  protected override onBack(): void {
    this.scene.start(QuizKey.Home, { page: "home" });
  }

  protected release(): void {
    for (const r of this.releases) r();
    this.releases = [];
  }
}
