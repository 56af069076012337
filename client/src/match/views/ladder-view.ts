// The ladder (sequence) diagram: A's timeline on the left, B's on the right, one row per
// thing that happened. A segment is an arrow sloping down towards its receiver (a lost one
// stops half-way with ✕, a network copy is dashed); declarations, refused segments, timers
// and scripted events are marked on their side's line. The debrief reuses it with a cursor.
import type { LadderEntry, Side } from "../../../../shared/match/types";
import { segmentLabel } from "../flags";
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
  /** How many entries the player scrolled back from the newest (mouse wheel, live view only). */
  private scroll = 0;
  private last: { entries: readonly LadderEntry[]; me: Side | null; cursor: number | null } | null = null;
  private onWheel: ((p: Phaser.Input.Pointer, o: unknown, dx: number, dy: number) => void) | null = null;

  constructor(private readonly scene: Phaser.Scene) {}

  build(r: Rect, title: string, style: LadderStyle): void {
    this.rect = r;
    this.style = style;
    panel(this.scene, r, title, style.tiny);
    this.g = this.scene.add.graphics();
    this.texts = [];
    this.drawnKey = "";
    // A long ladder scrolls with the wheel over it (the newest entries show by default).
    if (this.onWheel) this.scene.input.off("wheel", this.onWheel);
    this.onWheel = (p, _o, _dx, dy) => {
      if (!this.last || p.x < r.x || p.x > r.x + r.w || p.y < r.y || p.y > r.y + r.h) return;
      this.scroll = Math.max(0, Math.min(this.last.entries.length - 1, this.scroll + Math.sign(dy) * -2));
      this.drawnKey = "";
      this.draw(this.last.entries, this.last.me, this.last.cursor);
    };
    this.scene.input.on("wheel", this.onWheel);
    this.scene.events.once("shutdown", () => {
      if (this.onWheel) this.scene.input.off("wheel", this.onWheel);
      this.onWheel = null;
    });
  }

  private rect!: Rect;
  private style!: LadderStyle;

  /** A segment's row holds its label above its arrow; every other entry is one text line. */
  private rowHeight(e: LadderEntry): number {
    const line = this.style.tiny * 1.45;
    return e.kind === "segment" ? line + this.style.row * 0.8 + 4 : Math.max(line + 4, this.style.row * 0.85);
  }

  /**
   * Draws `entries` (the newest that fit, or those up to `cursor` in the debrief).
   * `me`: which side is "you" (its line is labelled so).
   */
  draw(entries: readonly LadderEntry[], me: Side | null, cursor: number | null = null): void {
    this.last = { entries, me, cursor };
    const key = `${entries.length}|${cursor}|${me}|${this.scroll}|${t("match:debrief.you")}|${JSON.stringify(entries[entries.length - 1] ?? null)}`;
    if (key === this.drawnKey || !this.g) return;
    this.drawnKey = key;
    for (const tx of this.texts) tx.destroy();
    this.texts = [];
    const { rect: r, style: s } = this;
    const g = this.g.clear();
    // The panel's title, then the two hosts' names, then the rows.
    const top = r.y + s.row * 2.3;
    const bottom = r.y + r.h - 4;
    const xA = r.x + r.w * 0.14;
    const xB = r.x + r.w * 0.86;
    const end = cursor === null ? Math.max(0, entries.length - this.scroll) : Math.min(entries.length, cursor + 1);
    // Walk back from the last entry shown while the rows fit.
    let startIdx = end;
    let used = 0;
    while (startIdx > 0 && used + this.rowHeight(entries[startIdx - 1]!) <= bottom - top) {
      used += this.rowHeight(entries[startIdx - 1]!);
      startIdx--;
    }
    g.lineStyle(2, Ui.textDim, 0.8)
      .lineBetween(xA, top - 4, xA, bottom)
      .lineBetween(xB, top - 4, xB, bottom);
    for (const side of ["A", "B"] as const) {
      const who = me === null ? side : side === me ? `${side} · ${t("match:debrief.you")}` : `${side} · ${t("match:debrief.peer")}`;
      this.add(side === "A" ? xA : xB, r.y + s.row * 1.55, who, s.tiny, Ui.textDim).setOrigin(0.5);
    }
    // What is out of sight is said, not silently cut: earlier entries above, later below.
    if (startIdx > 0) this.add(r.x + r.w / 2, r.y + s.row * 1.55, `▲ ${startIdx}`, s.tiny, Ui.textDim).setOrigin(0.5);
    if (end < entries.length && cursor === null)
      this.add(r.x + r.w - 6, bottom, `▼ ${entries.length - end}`, s.tiny, Colors.yellow).setOrigin(1, 1);
    let y = top;
    for (let i = startIdx; i < end; i++) {
      const e = entries[i]!;
      const h = this.rowHeight(e);
      const current = cursor !== null && i === cursor;
      if (current) g.fillStyle(Ui.panelHover, 1).fillRect(r.x + 2, y - 2, r.w - 4, h);
      this.drawEntry(g, e, y, xA, xB);
      y += h;
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
        // The label takes the top of the row, the arrow slopes down under it.
        const line = s.tiny * 1.45;
        const y0 = y + line + 2;
        const yEnd = y0 + s.row * (lost ? 0.4 : 0.75);
        const color = lost ? Colors.vermillion : e.fate === "duplicate" || e.fate === "old" ? Colors.yellow : Ui.text;
        g.lineStyle(2, color, 1);
        if (e.fate === "duplicate" || e.fate === "old") dashed(g, x0, y0, xEnd, yEnd);
        else g.lineBetween(x0, y0, xEnd, yEnd);
        const dir = Math.sign(xEnd - x0);
        if (lost) {
          g.lineBetween(xEnd - 5, yEnd - 5, xEnd + 5, yEnd + 5).lineBetween(xEnd - 5, yEnd + 5, xEnd + 5, yEnd - 5);
        } else {
          g.fillStyle(color, 1).fillTriangle(xEnd, yEnd, xEnd - dir * 8, yEnd - 5, xEnd - dir * 6, yEnd + 3);
        }
        const mark = lost ? "✕ " : e.fate === "duplicate" ? "⊕ " : e.fate === "old" ? "◴ " : e.verdict && !e.verdict.ok ? "⚠ " : "";
        const label = this.add((x0 + x1) / 2, y + 1, mark + segmentLabel(e.segment), s.tiny, color).setOrigin(0.5, 0);
        // Too wide for the gap between the two lines (a phone): shrink it to fit.
        const room = this.rect.w - 8;
        if (label.width > room) label.setScale(room / label.width);
        break;
      }
      case "declaration": {
        const x = xOf(e.side);
        const txt = `${e.right ? "✓" : "✗"} ${e.declared}`;
        g.fillStyle(e.right ? Colors.bluishGreen : Colors.vermillion, 1).fillCircle(x, y + this.rowHeight(e) / 2, 4);
        this.sideText(e.side, x, y + this.rowHeight(e) / 2, txt, e.right ? Ui.text : Colors.vermillion);
        break;
      }
      case "refused": {
        const x = xOf(e.side);
        const seg = { ...e.segment, window: 0 };
        this.sideText(e.side, x, y + this.rowHeight(e) / 2, `⊘ ${segmentLabel(seg)}`, Colors.vermillion);
        break;
      }
      case "timer": {
        const x = xOf(e.side);
        this.sideText(e.side, x, y + this.rowHeight(e) / 2, `◷ ${t(`match:timer.${e.timer}`)}`, Colors.skyBlue);
        break;
      }
      case "script": {
        const x = xOf(e.side);
        this.sideText(e.side, x, y + this.rowHeight(e) / 2, `⚙ ${t(`match:script.${e.action}`)}`, Colors.skyBlue);
        break;
      }
    }
  }

  /** A mark beside a side's line, towards the other side, shrunk if the panel is too narrow. */
  private sideText(side: Side, x: number, y: number, str: string, color: number): void {
    const r = this.rect;
    const tx = this.add(x + (side === "A" ? 8 : -8), y, str, this.style.tiny, color).setOrigin(side === "A" ? 0 : 1, 0.5);
    const room = side === "A" ? r.x + r.w - 4 - tx.x : tx.x - r.x - 4;
    if (tx.width > room) tx.setScale(room / tx.width);
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
