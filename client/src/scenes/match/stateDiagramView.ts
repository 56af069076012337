// The RFC 9293 state diagram you declare with: 11 states as buttons (click, tap, Tab to
// them, or press their key 1–9, 0, -) and the labelled transitions between them. While a
// checkpoint is pending the states are enabled (guided mode: only its short list); the
// state you last learnt is marked ✓ and the ways out of it are drawn brighter.
import type { TcpState } from "../../../../shared/tcp/types";
import { STATE_NODES, TRANSITIONS, GRID_COLS, GRID_ROWS, nodeOf, type Trigger } from "../../match/stateDiagram";
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
    this.arrows = this.scene.add.graphics();
    this.labels = TRANSITIONS.map(() => text(this.scene, 0, 0, "", frame.font("tiny"), { color: Ui.textDim }).setOrigin(0.5));
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
      const b = this.centres.get(tr.to)!;
      const reverse = TRANSITIONS.some((o) => o.from === tr.to && o.to === tr.from);
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
      label.setPosition((start.x + end.x) / 2 + nx * 2.2, (start.y + end.y) / 2 + ny * 2.2);
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
