// Boot: the first scene. Nothing to load here; it hands over to the Preloader, which owns
// all asset loading and shows the progress.
import Phaser from "phaser";
import { SceneKey } from "./keys";
import { Ui } from "../ui/palette";

export class BootScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Boot);
  }

  create(): void {
    this.cameras.main.setBackgroundColor(Ui.bg);
    this.scene.start(SceneKey.Preloader);
  }
}
