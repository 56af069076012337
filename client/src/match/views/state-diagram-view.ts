// The RFC 9293 state diagram you declare with: 11 states as buttons (click, tap, Tab to
// them, or press their key 1–9, 0, -) and the labelled transitions between them. While a
// checkpoint is pending the states are enabled (guided mode: only its short list); the
// state you last learnt is marked ✓ and the ways out of it are drawn brighter.
import type { TcpState } from "../../../../shared/tcp/types";
import { STATE_NODES, nodeOf, type Trigger } from "../state-diagram";
import { layoutDiagram, touchBoxes, type DiagramLayout } from "../diagram-layout";
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
  private layout!: DiagramLayout;
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
    const area: Rect = { x: r.x + frame.len(6), y: r.y + frame.len(20), w: r.w - frame.len(12), h: r.h - frame.len(24) };
    // Labels a little larger than the smallest text: they are read from the back of a classroom.
    const labelFont = Math.max(10, Math.round(frame.len(frame.portrait ? 15 : 12)));
    const probe = text(this.scene, 0, 0, "", labelFont).setVisible(false);
    this.layout = layoutDiagram({
      area,
      maxBoxH: frame.len(frame.portrait ? 46 : 34),
      pairGap: frame.len(5),
      boxWidth: frame.portrait ? 0.64 : 0.72,
      labelParts: (tr) => triggerParts(tr.on, tr.send),
      measure: (lines) => {
        probe.setText(lines);
        return { w: probe.width + 4, h: probe.height + 2 };
      },
    });
    probe.destroy();
    const end = this.layout.end;
    const endBox = this.scene.add.graphics();
    endBox.lineStyle(frame.len(1.5), Ui.textDim, 0.8);
    dashedRect(endBox, end.x, end.y, end.w, end.h, frame.len(6));
    text(this.scene, end.x + end.w / 2, end.y + end.h / 2, "CLOSED", frame.font("small"), { color: Ui.textDim }).setOrigin(0.5);
    this.arrows = this.scene.add.graphics();
    this.labels = this.layout.arrows.map((a) =>
      text(this.scene, a.label.x + a.label.w / 2, a.label.y + a.label.h / 2, a.label.lines, labelFont, {
        color: Ui.textDim,
        align: "center",
      })
        .setOrigin(0.5)
        .setBackgroundColor("rgba(10,21,32,0.85)"),
    );
    this.buttons.clear();
    // A phone gets a taller touch box (44 px) where the rows leave room for it.
    const touch = touchBoxes(this.layout, 44);
    for (const n of STATE_NODES) {
      const c = this.layout.nodes.get(n.state)!;
      const b = new Button(this.scene, {
        testId: `match.state.${n.state}`,
        label: () => `${n.state} ${n.key}`,
        onPress: () => this.onDeclare(n.state),
        x: c.x + c.w / 2,
        y: c.y + c.h / 2,
        width: c.w,
        height: c.h,
        fontSize: frame.font("small"),
        enabled: false,
        ...(frame.portrait ? { minHit: { w: 0, h: touch.get(n.state)!.h } } : {}),
      });
      b.onPointerFocus = (btn) => focus.focus(btn, true);
      focus.add(b);
      this.buttons.set(n.state, b);
    }
    this.lastKey = "";
  }

  /** The transition labels that overlap a rectangle (a dialog drawn over the diagram). */
  labelsIn(r: { x: number; y: number; w: number; h: number }): Phaser.GameObjects.Text[] {
    return this.labels.filter((l) => {
      const b = l.getBounds();
      return b.right > r.x && b.x < r.x + r.w && b.bottom > r.y && b.y < r.y + r.h;
    });
  }

  /** Whether every label inside the diagram's panel is drawn under `panel` (a dialog over it). */
  labelsUnder(panel: Phaser.GameObjects.Graphics): boolean {
    const list = this.scene.children.list;
    const under = (o: Phaser.GameObjects.GameObject & { depth: number }): boolean =>
      o.depth < panel.depth || (o.depth === panel.depth && list.indexOf(o) < list.indexOf(panel));
    return this.labelsIn(this.frame.region("diagram")).every(under);
  }

  /** `choices`: the states that may be picked now (null: none, no checkpoint pending). */
  update(known: TcpState | null, choices: readonly TcpState[] | null): void {
    const key = `${known}|${choices?.join(",") ?? "-"}`;
    if (key === this.lastKey) return;
    this.lastKey = key;
    for (const [state, b] of this.buttons) {
      b.setEnabled(choices?.includes(state) ?? false);
      b.setSelected(state === known);
    }
    this.drawArrows(known);
  }

  /** The ways out of the state you last learnt are drawn brighter and thicker. */
  private drawArrows(known: TcpState | null): void {
    const f = this.frame;
    const g = this.arrows.clear();
    this.layout.arrows.forEach((a, i) => {
      const bright = known !== null && a.tr.from === known;
      const color = bright ? Colors.yellow : Ui.textDim;
      g.lineStyle(f.len(bright ? 2.5 : 1.2), color, bright ? 1 : 0.6);
      const pts = a.points;
      for (let k = 1; k < pts.length; k++) g.lineBetween(pts[k - 1]!.x, pts[k - 1]!.y, pts[k]!.x, pts[k]!.y);
      const tip = pts[pts.length - 1]!;
      const from = pts[pts.length - 2]!;
      const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
      const ux = (tip.x - from.x) / len;
      const uy = (tip.y - from.y) / len;
      const hs = f.len(7);
      g.fillStyle(color, bright ? 1 : 0.75).fillTriangle(
        tip.x,
        tip.y,
        tip.x - ux * hs - uy * hs * 0.5,
        tip.y - uy * hs + ux * hs * 0.5,
        tip.x - ux * hs + uy * hs * 0.5,
        tip.y - uy * hs - ux * hs * 0.5,
      );
      const label = this.labels[i]!;
      label
        .setColor(bright ? "#f0e442" : "#a9bccd")
        .setAlpha(bright ? 1 : 0.85)
        .setDepth(bright ? 2 : 1);
    });
  }
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
  const [what, snd] = triggerParts(on, send);
  return snd ? `${what} / ${snd}` : what;
}

export function triggerParts(on: Trigger, send?: string): [string, string | null] {
  const what =
    on.kind === "rcv"
      ? t("match:diagram.rcv", { what: on.what })
      : on.kind === "call"
        ? t(`match:diagram.app.${on.what}`)
        : t(on.timer === "time-wait" ? "match:diagram.timeout" : "match:diagram.finWait2Timeout");
  return [what, send ? t("match:diagram.snd", { what: send }) : null];
}

export { nodeOf };
