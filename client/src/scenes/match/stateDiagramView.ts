// The RFC 9293 state diagram you declare with: 11 states as buttons (click, tap, Tab to
// them, or press their key 1–9, 0, -) and the labelled transitions between them. While a
// checkpoint is pending the states are enabled (guided mode: only its short list); the
// state you last learnt is marked ✓ and the ways out of it are drawn brighter.
import type { TcpState } from "../../../../shared/tcp/types";
import { STATE_NODES, TRANSITIONS, GRID_COLS, GRID_ROWS, CLOSED_END, nodeOf, type Trigger } from "../../match/stateDiagram";
import { Button } from "../../ui/button";
import type { FocusGroup } from "../../ui/focus";
import { Colors, Ui } from "../../ui/palette";
import { t } from "../../i18n";
import { panel, text } from "./draw";
import type { Frame, Rect } from "./frame";

export class StateDiagramView {
  private buttons = new Map<TcpState, Button>();
  private arrows!: Phaser.GameObjects.Graphics;
  private labels: Phaser.GameObjects.Text[] = [];
  private centres = new Map<TcpState, { x: number; y: number; w: number; h: number }>();
  private end = { x: 0, y: 0, w: 0, h: 0 };
  private lastKey = "";
  private frame!: Frame;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly onDeclare: (state: TcpState) => void,
  ) {}

  build(frame: Frame, focus: FocusGroup): void {
    this.frame = frame;
    const r = frame.region("diagram");
    panel(this.scene, r, t("match:diagram.title"), frame.font("tiny"));
    const inner: Rect = { x: r.x + frame.len(6), y: r.y + frame.len(20), w: r.w - frame.len(12), h: r.h - frame.len(24) };
    const cw = inner.w / GRID_COLS;
    const rh = inner.h / GRID_ROWS;
    for (const n of STATE_NODES) {
      this.centres.set(n.state, { x: inner.x + cw * (n.col + 0.5), y: inner.y + rh * (n.row + 0.5), w: cw * 0.8, h: Math.min(rh * 0.68, frame.len(40)) });
    }
    const c0 = this.centres.get("CLOSED")!;
    this.end = { x: inner.x + cw * (CLOSED_END.col + 0.5), y: inner.y + rh * (CLOSED_END.row + 0.5), w: c0.w, h: c0.h };
    const endBox = this.scene.add.graphics();
    endBox.lineStyle(frame.len(1.5), Ui.textDim, 0.8);
    dashedRect(endBox, this.end.x - this.end.w / 2, this.end.y - this.end.h / 2, this.end.w, this.end.h, frame.len(6));
    text(this.scene, this.end.x, this.end.y, "CLOSED", frame.font("small"), { color: Ui.textDim }).setOrigin(0.5);
    this.arrows = this.scene.add.graphics();
    this.labels = TRANSITIONS.map(() =>
      text(this.scene, 0, 0, "", frame.font("tiny"), { color: Ui.textDim }).setOrigin(0.5).setBackgroundColor("rgba(10,21,32,0.8)"),
    );
    this.buttons.clear();
    for (const n of STATE_NODES) {
      const c = this.centres.get(n.state)!;
      const b = new Button(this.scene, {
        testId: `match.state.${n.state}`,
        label: () => `${n.state} ${n.key}`,
        onPress: () => this.onDeclare(n.state),
        x: c.x,
        y: c.y,
        width: c.w,
        height: c.h,
        fontSize: frame.font("small"),
        enabled: false,
      });
      b.onPointerFocus = (btn) => focus.focus(btn, true);
      focus.add(b);
      this.buttons.set(n.state, b);
    }
    this.lastKey = "";
  }

  /** `choices`: the states that may be picked now (null: none, no checkpoint pending). */
  update(known: TcpState | null, choices: readonly TcpState[] | null): void {
    const key = `${known}|${choices?.join(",") ?? "-"}|${t("match:diagram.timeout")}`;
    if (key === this.lastKey) return;
    this.lastKey = key;
    for (const [state, b] of this.buttons) {
      b.setEnabled(choices !== null && choices.includes(state));
      b.setSelected(state === known);
    }
    this.drawArrows(known);
  }

  private drawArrows(known: TcpState | null): void {
    const f = this.frame;
    const g = this.arrows.clear();
    TRANSITIONS.forEach((tr, i) => {
      const a = this.centres.get(tr.from)!;
      const b = tr.toEnd ? this.end : this.centres.get(tr.to)!;
      const reverse = !tr.toEnd && TRANSITIONS.some((o) => o.from === tr.to && o.to === tr.from && !o.toEnd);
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len = Math.hypot(dx, dy) || 1;
      // Two-way pairs are drawn side by side rather than on top of each other.
      const off = reverse ? f.len(5) : 0;
      const nx = (-dy / len) * off;
      const ny = (dx / len) * off;
      const start = edgePoint(a, dx, dy);
      const end = edgePoint(b, -dx, -dy);
      const bright = known !== null && tr.from === known;
      const color = bright ? Colors.yellow : Ui.textDim;
      g.lineStyle(f.len(bright ? 2.5 : 1.2), color, bright ? 1 : 0.55);
      g.lineBetween(start.x + nx, start.y + ny, end.x + nx, end.y + ny);
      const ux = (end.x - start.x) / (Math.hypot(end.x - start.x, end.y - start.y) || 1);
      const uy = (end.y - start.y) / (Math.hypot(end.x - start.x, end.y - start.y) || 1);
      const hs = f.len(7);
      const tipX = end.x + nx;
      const tipY = end.y + ny;
      g.fillStyle(color, bright ? 1 : 0.7).fillTriangle(tipX, tipY, tipX - ux * hs - uy * hs * 0.5, tipY - uy * hs + ux * hs * 0.5, tipX - ux * hs + uy * hs * 0.5, tipY - uy * hs - ux * hs * 0.5);
      const label = this.labels[i]!;
      label.setText(triggerText(tr.on, tr.send));
      // A two-way pair's labels sit on either side of it, leaning away from each other.
      const side = Math.abs(nx) > Math.abs(ny) ? (nx > 0 ? 0 : 1) : 0.5;
      label.setOrigin(reverse ? side : 0.5, 0.5);
      // Nearer the start than the end: arrows that meet at one state keep their labels apart.
      const at = reverse ? 0.4 : 0.5;
      label.setPosition(start.x + (end.x - start.x) * at + nx * 1.6, start.y + (end.y - start.y) * at + ny * 1.6);
      label.setColor(bright ? "#f0e442" : "#a9bccd");
      label.setAlpha(bright ? 1 : 0.8);
    });
  }
}

function edgePoint(c: { x: number; y: number; w: number; h: number }, dx: number, dy: number): { x: number; y: number } {
  // Where the line towards (dx, dy) leaves the node's box.
  const sx = dx === 0 ? Infinity : c.w / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : c.h / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: c.x + dx * s, y: c.y + dy * s };
}

function dashedRect(g: Phaser.GameObjects.Graphics, x: number, y: number, w: number, h: number, dash: number): void {
  for (let i = x; i < x + w; i += dash * 2) {
    g.lineBetween(i, y, Math.min(i + dash, x + w), y).lineBetween(i, y + h, Math.min(i + dash, x + w), y + h);
  }
  for (let j = y; j < y + h; j += dash * 2) {
    g.lineBetween(x, j, x, Math.min(j + dash, y + h)).lineBetween(x + w, j, x + w, Math.min(j + dash, y + h));
  }
}

export function triggerText(on: Trigger, send?: string): string {
  const what =
    on.kind === "rcv"
      ? t("match:diagram.rcv", { what: on.what })
      : on.kind === "call"
        ? t(`match:diagram.app.${on.what}`)
        : t(on.timer === "time-wait" ? "match:diagram.timeout" : "match:diagram.finWait2Timeout");
  return send ? `${what} / ${t("match:diagram.snd", { what: send })}` : what;
}

export { nodeOf };
