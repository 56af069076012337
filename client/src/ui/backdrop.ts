// The shell's background, drawn in code: a dark top bar and a quiet grid. Drawn once per
// layout; nothing animates, so it costs nothing per frame.
import type { Layout } from "./layout";
import { Ui } from "./palette";

export function drawBackdrop(scene: Phaser.Scene, l: Layout): void {
  const g = scene.add.graphics();
  g.fillStyle(Ui.bgDeep, 1).fillRect(0, 0, l.width, l.barHeight);
  g.lineStyle(1, Ui.panel, 0.6);
  const step = l.gridStep;
  for (let x = 0; x <= l.width; x += step) g.lineBetween(x, l.barHeight, x, l.height);
  for (let y = l.barHeight; y <= l.height; y += step) g.lineBetween(0, y, l.width, y);
}
