// The shell's background, drawn in code: a quiet grid with two hosts joined by a wire, the
// game's motif. Drawn once per layout; nothing animates, so it costs nothing per frame.
import type { Layout } from "./layout";
import { Colors, Ui } from "./palette";

export function drawBackdrop(scene: Phaser.Scene, l: Layout, withWire: boolean): void {
  const g = scene.add.graphics();
  g.fillStyle(Ui.bgDeep, 1).fillRect(0, 0, l.width, l.barHeight);
  g.lineStyle(1, Ui.panel, 0.6);
  const step = Math.max(24, Math.round(64 * l.unit));
  for (let x = 0; x <= l.width; x += step) g.lineBetween(x, l.barHeight, x, l.height);
  for (let y = l.barHeight; y <= l.height; y += step) g.lineBetween(0, y, l.width, y);
  if (!withWire) return;
  // The wire: a dashed line between two host squares near the bottom corners.
  const y = l.height - l.gap * 4;
  const s = Math.max(12, Math.round(28 * l.unit));
  g.fillStyle(Colors.blue, 0.5).fillRect(l.gap, y - s / 2, s, s);
  g.fillStyle(Colors.orange, 0.5).fillRect(l.width - l.gap - s, y - s / 2, s, s);
  g.lineStyle(2, Ui.textDim, 0.25);
  for (let x = l.gap + s + 8; x < l.width - l.gap - s - 8; x += 24) g.lineBetween(x, y, Math.min(x + 12, l.width - l.gap - s - 8), y);
}
