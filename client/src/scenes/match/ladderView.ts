// The ladder (sequence) diagram: A's timeline on the left, B's on the right, one row per
// thing that happened. A segment is an arrow sloping down towards its receiver (a lost one
// stops half-way with ✕, a network copy is dashed); declarations, refused segments, timers
// and scripted events are marked on their side's line. The debrief reuses it with a cursor.
import type { LadderEntry, Side } from "../../../../shared/match/types";
import { segmentLabel } from "../../match/flags";
import { Colors, Ui } from "../../ui/palette";
import { t } from "../../i18n";
import { panel, text } from "./draw";
import type { Rect } from "./frame";

export interface LadderStyle {
  font: number;
  tiny: number;
  /** Row height in pixels. */
  row: number;
}

export class LadderView {
  private g: Phaser.GameObjects.Graphics | null = null;
  private texts: Phaser.GameObjects.Text[] = [];
  private drawnKey = "";

  constructor(private readonly scene: Phaser.Scene) {}

  build(r: Rect, title: string, style: LadderStyle): void {
    this.rect = r;
    this.style = style;
    panel(this.scene, r, title, style.tiny);
    this.g = this.scene.add.graphics();
    this.texts = [];
    this.drawnKey = "";
  }

  private rect!: Rect;
  private style!: LadderStyle;

  /**
   * Draws `entries` (the last ones that fit, or those around `cursor` in the debrief).
   * `me`: which side is "you" (its line is labelled so).
   */
  draw(entries: readonly LadderEntry[], me: Side | null, cursor: number | null = null): void {
    const key = `${entries.length}|${cursor}|${me}|${t("match:debrief.you")}|${JSON.stringify(entries[entries.length - 1] ?? null)}`;
    if (key === this.drawnKey || !this.g) return;
    this.drawnKey = key;
    for (const tx of this.texts) tx.destroy();
    this.texts = [];
    const { rect: r, style: s } = this;
    const g = this.g.clear();
    // The panel's title, then the two hosts' names, then the rows.
    const top = r.y + s.row * 2.3;
    const xA = r.x + r.w * 0.14;
    const xB = r.x + r.w * 0.86;
    const rows = Math.max(1, Math.floor((r.y + r.h - top - 4) / s.row));
    const end = cursor === null ? entries.length : Math.min(entries.length, cursor + 1);
    const startIdx = Math.max(0, end - rows);
    g.lineStyle(2, Ui.textDim, 0.8).lineBetween(xA, top - 4, xA, r.y + r.h - 4).lineBetween(xB, top - 4, xB, r.y + r.h - 4);
    for (const side of ["A", "B"] as const) {
      const who = me === null ? side : side === me ? `${side} · ${t("match:debrief.you")}` : `${side} · ${t("match:debrief.peer")}`;
      this.add(side === "A" ? xA : xB, r.y + s.row * 1.55, who, s.tiny, Ui.textDim).setOrigin(0.5);
    }
    for (let i = startIdx; i < end; i++) {
      const e = entries[i]!;
      const y = top + (i - startIdx) * s.row;
      const current = cursor !== null && i === cursor;
      if (current) g.fillStyle(Ui.panelHover, 1).fillRect(r.x + 2, y - 2, r.w - 4, s.row);
      this.drawEntry(g, e, y, xA, xB);
    }
  }

  private drawEntry(g: Phaser.GameObjects.Graphics, e: LadderEntry, y: number, xA: number, xB: number): void {
    const s = this.style;
    const xOf = (side: Side): number => (side === "A" ? xA : xB);
    switch (e.kind) {
      case "segment": {
        const x0 = xOf(e.from);
        const x1 = xOf(e.from === "A" ? "B" : "A");
        const lost = e.fate === "dropped";
        const xEnd = lost ? (x0 + x1) / 2 : x1;
        const yEnd = y + s.row * (lost ? 0.45 : 0.85);
        const color = lost ? Colors.vermillion : e.fate === "duplicate" || e.fate === "old" ? Colors.yellow : Ui.text;
        g.lineStyle(2, color, 1);
        if (e.fate === "duplicate" || e.fate === "old") dashed(g, x0, y, xEnd, yEnd);
        else g.lineBetween(x0, y, xEnd, yEnd);
        const dir = Math.sign(xEnd - x0);
        if (lost) {
          g.lineBetween(xEnd - 5, yEnd - 5, xEnd + 5, yEnd + 5).lineBetween(xEnd - 5, yEnd + 5, xEnd + 5, yEnd - 5);
        } else {
          g.fillStyle(color, 1).fillTriangle(xEnd, yEnd, xEnd - dir * 8, yEnd - 5, xEnd - dir * 6, yEnd + 3);
        }
        const mark = lost ? "✕ " : e.fate === "duplicate" ? "⊕ " : e.fate === "old" ? "◴ " : e.verdict && !e.verdict.ok ? "⚠ " : "";
        // The label sits just above the arrow's middle, clear of the line itself.
        this.add(x0 + (xEnd - x0) * 0.5, y + s.row * 0.2, mark + segmentLabel(e.segment), s.tiny, color).setOrigin(0.5, 1);
        break;
      }
      case "declaration": {
        const x = xOf(e.side);
        const txt = `${e.right ? "✓" : "✗"} ${e.declared}`;
        g.fillStyle(e.right ? Colors.bluishGreen : Colors.vermillion, 1).fillCircle(x, y + s.row / 2, 4);
        this.add(x + (e.side === "A" ? 8 : -8), y + s.row / 2, txt, s.tiny, e.right ? Ui.text : Colors.vermillion).setOrigin(e.side === "A" ? 0 : 1, 0.5);
        break;
      }
      case "refused": {
        const x = xOf(e.side);
        const seg = { ...e.segment, window: 0 };
        this.add(x + (e.side === "A" ? 8 : -8), y + s.row / 2, `⊘ ${segmentLabel(seg)}`, s.tiny, Colors.vermillion).setOrigin(e.side === "A" ? 0 : 1, 0.5);
        break;
      }
      case "timer": {
        const x = xOf(e.side);
        this.add(x + (e.side === "A" ? 8 : -8), y + s.row / 2, `◷ ${t(`match:timer.${e.timer}`)}`, s.tiny, Colors.skyBlue).setOrigin(e.side === "A" ? 0 : 1, 0.5);
        break;
      }
      case "script": {
        const x = xOf(e.side);
        this.add(x + (e.side === "A" ? 8 : -8), y + s.row / 2, `⚙ ${t(`match:script.${e.action}`)}`, s.tiny, Colors.skyBlue).setOrigin(e.side === "A" ? 0 : 1, 0.5);
        break;
      }
    }
  }

  private add(x: number, y: number, s: string, size: number, color: number): Phaser.GameObjects.Text {
    const tx = text(this.scene, x, y, s, size, { color });
    this.texts.push(tx);
    return tx;
  }
}

function dashed(g: Phaser.GameObjects.Graphics, x0: number, y0: number, x1: number, y1: number): void {
  const len = Math.hypot(x1 - x0, y1 - y0);
  const n = Math.max(1, Math.floor(len / 10));
  for (let i = 0; i < n; i += 2) {
    const a = i / n;
    const b = Math.min(1, (i + 1) / n);
    g.lineBetween(x0 + (x1 - x0) * a, y0 + (y1 - y0) * a, x0 + (x1 - x0) * b, y0 + (y1 - y0) * b);
  }
}
