// The ladder of a captured connection: A and B as two vertical lines, one row per segment
// (a window of rows around the one shown), each arrow labelled with its flags and relative
// numbers, both states written beside the lines after every row, the current row marked.
// Drawn like the quiz's ladder (quiz/ladderView.ts), with the start state the capture gives.
import { relative, type InferredConnection } from "../../../shared/capture";
import { segmentLabel as describeSegment } from "../../../shared/tcp/format";
import type { Side } from "../../../shared/scenarios/types";
import { textStyle, textResolution } from "../ui/fonts";
import { Colors, Ui } from "../ui/palette";

export interface LadderBox {
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
}

/** The rows shown for `at`: a window of `rows` steps keeping it in view. */
export function windowFor(total: number, at: number, rows: number): [number, number] {
  const start = Math.max(0, Math.min(at - Math.floor(rows / 2), total - rows));
  return [start, Math.min(total, start + rows)];
}

export interface LadderView {
  /** The segment marked (0-based), or -1 for none. */
  at: number;
  /** Segments after this index (0-based) are not shown: a question about what comes next. */
  last?: number;
  /** This side's state after the last segment shown is the question: "?". */
  hide?: Side | null;
}

export function drawCaptureLadder(
  scene: Phaser.Scene,
  conn: InferredConnection,
  view: LadderView,
  box: LadderBox,
  labels: Record<Side, string>,
): void {
  const { at } = view;
  const total = Math.min(conn.steps.length, (view.last ?? conn.steps.length - 1) + 1);
  const fs = box.fontSize;
  const g = scene.add.graphics();
  const text = (x: number, y: number, s: string, size: number, color: number, ox = 0.5, oy = 0.5): Phaser.GameObjects.Text =>
    scene.add.text(x, y, s, textStyle(size, { color })).setOrigin(ox, oy).setResolution(textResolution());
  g.fillStyle(Ui.bgDeep, 0.85).fillRoundedRect(box.x, box.y, box.width, box.height, 12);
  const stateW = Math.min(box.width * 0.24, fs * 7.5);
  const ax = box.x + stateW + fs * 0.6;
  const bx = box.x + box.width - stateW - fs * 0.6;
  text(ax, box.y + fs * 0.9, labels.A, fs * 0.9, Ui.text);
  text(bx, box.y + fs * 0.9, labels.B, fs * 0.9, Ui.text);
  const top = box.y + fs * 2.6;
  const bottom = box.y + box.height - fs * 0.6;
  const rowH = Math.max(fs * 1.9, 30);
  const rows = Math.max(1, Math.floor((bottom - top) / rowH) - 1);
  const [from, to] = windowFor(total, at >= 0 ? at : total - 1, rows);
  g.lineStyle(3, Ui.textDim, 1).lineBetween(ax, top, ax, bottom).lineBetween(bx, top, bx, bottom);
  const start = from === 0 ? conn.initial : conn.steps[from - 1]!.after;
  const sfs = Math.min(fs * 0.78, rowH * 0.45);
  text(ax - fs * 0.4, top + sfs * 0.2, start.A, sfs, Ui.textDim, 1, 0);
  text(bx + fs * 0.4, top + sfs * 0.2, start.B, sfs, Ui.textDim, 0, 0);
  let prev = { ...start };
  for (let i = from; i < to; i++) {
    const s = conn.steps[i]!;
    const y0 = top + (i - from + 1) * rowH;
    if (i === at) {
      g.fillStyle(Colors.yellow, 0.14).fillRect(box.x + 4, y0 - rowH * 0.55, box.width - 8, rowH);
      g.lineStyle(2, Colors.yellow, 1).strokeRect(box.x + 4, y0 - rowH * 0.55, box.width - 8, rowH);
    }
    const fromX = s.from === "A" ? ax : bx;
    const toX = s.from === "A" ? bx : ax;
    const y1 = y0 + rowH * 0.3;
    const frac = s.lost ? 0.6 : 1;
    const ex = fromX + (toX - fromX) * frac;
    const ey = y0 - rowH * 0.25 + (y1 - (y0 - rowH * 0.25)) * frac;
    const f = s.segment.flags;
    const color = f.rst ? Colors.vermillion : f.syn ? Colors.orange : f.fin ? Colors.reddishPurple : Colors.bluishGreen;
    g.lineStyle(3, color, 1).lineBetween(fromX, y0 - rowH * 0.25, ex, ey);
    if (s.lost) {
      text(ex, ey, "✕", fs, Colors.vermillion);
    } else {
      const ang = Math.atan2(ey - (y0 - rowH * 0.25), ex - fromX);
      const hd = fs * 0.55;
      g.fillStyle(color, 1).fillTriangle(
        ex,
        ey,
        ex - hd * Math.cos(ang - 0.45),
        ey - hd * Math.sin(ang - 0.45),
        ex - hd * Math.cos(ang + 0.45),
        ey - hd * Math.sin(ang + 0.45),
      );
    }
    const other: Side = s.from === "A" ? "B" : "A";
    const shown = {
      ...s.segment,
      seq: relative(conn, s.from, s.segment.seq),
      ack: relative(conn, other, s.segment.ack),
      data: ".".repeat(Math.min(s.packet.payloadLen, 99999)),
    };
    text(
      (ax + bx) / 2,
      y0 - rowH * 0.42,
      `${s.n}. ${describeSegment(shown)}`,
      Math.min(fs * 0.72, rowH * 0.42),
      Ui.text,
    ).setBackgroundColor("#0a1520cc");
    for (const side of ["A", "B"] as const) {
      const hidden = view.hide === side && i === total - 1;
      const st = hidden ? "?" : s.after[side];
      const changed = hidden || st !== prev[side] || s.before[side] !== prev[side];
      const x = side === "A" ? ax - fs * 0.4 : bx + fs * 0.4;
      text(
        x,
        y0 + rowH * 0.05,
        st,
        hidden ? sfs * 1.3 : sfs,
        hidden ? Colors.yellow : changed ? Colors.skyBlue : Ui.textDisabled,
        side === "A" ? 1 : 0,
      );
    }
    prev = { ...s.after };
  }
  if (from > 0) text((ax + bx) / 2, top + fs * 0.1, `▲ ${from}`, fs * 0.7, Ui.textDim);
  if (to < total) text((ax + bx) / 2, bottom - fs * 0.2, `▼ ${total - to}`, fs * 0.7, Ui.textDim);
}
