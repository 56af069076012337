// Small drawing helpers shared by the match and debrief widgets.
import type { FlagName } from "../flags";
import { FLAG_LOOK, shapePoints } from "../flags";
import { textStyle, textResolution, type TextStyleOptions } from "../../ui/fonts";
import { Ui } from "../../ui/palette";
import type { Rect } from "./frame";

export function text(
  scene: Phaser.Scene,
  x: number,
  y: number,
  s: string | string[],
  size: number,
  opts: TextStyleOptions = {},
): Phaser.GameObjects.Text {
  return scene.add.text(x, y, s, textStyle(size, opts)).setResolution(textResolution());
}

/** A panel behind a region, with an optional title in its top-left corner. */
export function panel(scene: Phaser.Scene, r: Rect, title: string | null, fontSize: number): Phaser.GameObjects.Text | null {
  const g = scene.add.graphics();
  g.fillStyle(Ui.bgDeep, 0.85).fillRoundedRect(r.x, r.y, r.w, r.h, Math.min(10, r.h / 6));
  g.lineStyle(1, Ui.panelHover, 1).strokeRoundedRect(r.x, r.y, r.w, r.h, Math.min(10, r.h / 6));
  if (!title) return null;
  const label = text(scene, r.x + 8, r.y + 4, title, fontSize, { color: Ui.textDim, bold: true });
  // A title wider than a phone's panel is drawn smaller rather than cut at the panel's edge.
  const room = r.w - 16;
  if (label.width > room) label.setScale(room / label.width);
  return label;
}

/** A flag badge: its shape, filled with its colour, with its letter inside (never colour alone). */
export function flagBadge(g: Phaser.GameObjects.Graphics, flag: FlagName, x: number, y: number, r: number): void {
  const look = FLAG_LOOK[flag];
  // Graphics only reads x and y of each point.
  const pts = shapePoints(look.shape, r).map((p) => ({ x: x + p.x, y: y + p.y })) as unknown as Phaser.Math.Vector2[];
  g.fillStyle(look.color, 1).fillPoints(pts, true);
  g.lineStyle(Math.max(1, r / 6), 0x000000, 0.8).strokePoints(pts, true);
}

export const wrapTo = (width: number): { wordWrap: { width: number; useAdvancedWrap: boolean } } => ({
  wordWrap: { width, useAdvancedWrap: true },
});
