// Draws a question's ladder (sequence) diagram: A and B as two vertical lines, time going
// down, each segment an arrow from its sender's line to the receiver's, with its flags and
// numbers written on it. A lost segment stops half-way under a ✕; one still in flight ends
// at the bottom edge with an open head. The state each side is in is written beside its
// line when it changes; the state a question asks for is replaced by "?".
import type { Ladder } from "../../../shared/quiz/types";
import { segmentLabel as describeSegment } from "../../../shared/tcp/format";
import { textStyle, textResolution } from "../ui/fonts";
import { Colors, Ui } from "../ui/palette";
import { getLanguage } from "../i18n";

export interface LadderArea {
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
}

export function drawLadder(scene: Phaser.Scene, ladder: Ladder, area: LadderArea): Phaser.GameObjects.Container {
  const c = scene.add.container(0, 0);
  const fs = area.fontSize;
  const text = (x: number, y: number, s: string, size: number, color: number = Ui.text, ox = 0.5, oy = 0.5): Phaser.GameObjects.Text => {
    const t = scene.add.text(x, y, s, textStyle(size, { color })).setOrigin(ox, oy).setResolution(textResolution());
    c.add(t);
    return t;
  };
  const g = scene.add.graphics();
  c.add(g);
  g.fillStyle(Ui.bgDeep, 0.85).fillRoundedRect(area.x, area.y, area.width, area.height, 12);

  const zh0 = getLanguage() === "zh";
  const caption = zh0 ? ladder.title.zh : ladder.title.en;
  if (caption) text(area.x + fs * 0.5, area.y + fs * 0.2, caption, fs * 0.85, Colors.skyBlue, 0, 0);
  const stateW = area.width * 0.2;
  const ax = area.x + stateW + fs;
  const bx = area.x + area.width - stateW - fs;
  const top = area.y + fs * 4;
  const bottom = area.y + area.height - fs;
  const rows = Math.max(1, ladder.steps);
  const rowH = (bottom - top) / (rows + 0.5);
  const rowY = (i: number): number => top + (i + 1) * rowH;

  const zh = getLanguage() === "zh";
  const roleText = (r: string): string => (zh ? ({ client: "客户端", server: "服务端", peer: "对等端" }[r] ?? r) : r);
  text(ax, area.y + fs * 1.7, `${ladder.A.label} · ${roleText(ladder.A.role)}`, fs, Ui.text);
  text(bx, area.y + fs * 1.7, `${ladder.B.label} · ${roleText(ladder.B.role)}`, fs, Ui.text);
  g.lineStyle(3, Ui.textDim, 1);
  g.lineBetween(ax, top, ax, bottom);
  g.lineBetween(bx, top, bx, bottom);

  // States beside the lines, where they change (A on the left, B on the right).
  const stateFs = Math.min(fs * 0.8, rowH * 0.8);
  let prevA: string | null = "CLOSED";
  let prevB: string | null = "CLOSED";
  text(ax - fs * 0.5, top - fs * 0.8, "CLOSED", stateFs, Ui.textDim, 1);
  text(bx + fs * 0.5, top - fs * 0.8, "CLOSED", stateFs, Ui.textDim, 0);
  ladder.states.forEach((s, i) => {
    const last = i === ladder.states.length - 1;
    const a = s.A ?? (last ? "?" : null);
    const b = s.B ?? (last ? "?" : null);
    if (a !== null && a !== prevA) text(ax - fs * 0.5, rowY(i), a, stateFs, a === "?" ? Colors.yellow : Colors.skyBlue, 1);
    if (b !== null && b !== prevB) text(bx + fs * 0.5, rowY(i), b, stateFs, b === "?" ? Colors.yellow : Colors.skyBlue, 0);
    prevA = a ?? prevA;
    prevB = b ?? prevB;
  });

  const segFs = Math.min(fs * 0.75, rowH * 0.75);
  for (const row of ladder.rows) {
    if (row.kind === "event") {
      const x = row.side === "A" ? ax + fs * 0.4 : bx - fs * 0.4;
      text(x, rowY(row.at) - rowH * 0.45, `● ${zh ? row.label.zh : row.label.en}`, segFs, Colors.yellow, row.side === "A" ? 0 : 1);
      continue;
    }
    const fromX = row.from === "A" ? ax : bx;
    const toX = row.from === "A" ? bx : ax;
    const y0 = rowY(row.sentAt) - rowH * 0.4;
    const inFlight = row.arrivedAt === null;
    const y1 = inFlight ? Math.min(bottom, y0 + rowH) : rowY(row.arrivedAt!) + (row.lost ? 0 : rowH * 0.1);
    const frac = row.lost ? 0.55 : inFlight ? 0.45 : 1;
    const ex = fromX + (toX - fromX) * frac;
    const ey = y0 + (y1 - y0) * frac;
    const color = row.segment.flags.rst
      ? Colors.vermillion
      : row.segment.flags.syn
        ? Colors.orange
        : row.segment.flags.fin
          ? Colors.reddishPurple
          : Colors.bluishGreen;
    g.lineStyle(3, color, 1).lineBetween(fromX, y0, ex, ey);
    const ang = Math.atan2(ey - y0, ex - fromX);
    const head = fs * 0.6;
    if (row.lost) {
      text(ex, ey, "✕", fs * 1.1, Colors.vermillion);
    } else {
      g.fillStyle(color, inFlight ? 0 : 1);
      g.lineStyle(2, color, 1);
      const p1 = { x: ex - head * Math.cos(ang - 0.4), y: ey - head * Math.sin(ang - 0.4) };
      const p2 = { x: ex - head * Math.cos(ang + 0.4), y: ey - head * Math.sin(ang + 0.4) };
      g.fillTriangle(ex, ey, p1.x, p1.y, p2.x, p2.y);
      g.strokeTriangle(ex, ey, p1.x, p1.y, p2.x, p2.y);
    }
    const mx = fromX + (ex - fromX) * 0.5;
    const my = y0 + (ey - y0) * 0.5;
    const label = text(mx, my - segFs * 0.7, describeSegment(row.segment), segFs, Ui.text);
    label.setBackgroundColor("#0a1520cc");
  }
  return c;
}
