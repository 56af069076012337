// "Explain a capture", the connection: its ladder with the segment shown marked, and beside
// it that segment's facts (flags, numbers, options), why its sender sent it, both
// endpoints' states after it, the timers running and the notes. Previous / Next step
// through; "Quiz me" asks questions about it.
import type { InferredConnection } from "../../../shared/capture";
import { ShellScene } from "../shell/shell-scene";
import type { Layout } from "../ui/layout";
import { Colors, Ui } from "../ui/palette";
import { t } from "../i18n";
import { TestHandles } from "../debug/test-handles";
import { wrapMixed } from "../quiz/wrap";
import { causeLine, headLines, noteLines, sideLabel, timerLine } from "./explain";
import { CaptureKey, type ViewLaunch } from "./keys";
import { drawCaptureLadder } from "./ladder";
import { currentSession } from "./session";

export class CaptureViewScene extends ShellScene {
  private at = 0;
  private handles = new TestHandles();

  constructor() {
    super(CaptureKey.View);
  }

  init(launch: ViewLaunch): void {
    this.at = launch.at ?? 0;
  }

  protected defaultFocus(): string {
    return "capture.next";
  }

  protected override onBack(): void {
    this.scene.start(CaptureKey.Open);
  }

  override create(): void {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === "PageDown" || e.key === "n") this.go(1);
      else if (e.key === "PageUp" || e.key === "p") this.go(-1);
    };
    window.addEventListener("keydown", onKey);
    this.events.once("shutdown", () => {
      window.removeEventListener("keydown", onKey);
      this.release();
    });
    super.create();
  }

  private release(): void {
    this.handles.releaseAll();
  }

  private get conn(): InferredConnection | null {
    return currentSession()?.current ?? null;
  }

  private go(d: number): void {
    const c = this.conn;
    if (!c) return;
    const next = Math.max(0, Math.min(c.steps.length - 1, this.at + d));
    if (next === this.at) return;
    this.at = next;
    this.rebuild();
  }

  protected build(l: Layout): void {
    this.release();
    const conn = this.conn;
    if (!conn || conn.steps.length === 0) {
      this.onBack();
      return;
    }
    const s = conn.steps[this.at]!;
    const top = l.barHeight + l.gap * 0.4;
    const fs = l.font.small;
    const navH = l.buttonHeight;
    const navRows = l.portrait ? 2 : 1;
    const bottom = l.height - l.gap - navRows * navH - (navRows - 1) * l.gap * 0.4 - l.gap * 0.5;
    const head = t("capture:view.segment", { n: s.n, total: conn.steps.length, index: s.packet.index, time: (s.atMs / 1000).toFixed(6) });
    const headText = this.label(l.gap, top, head, fs, { bold: true, color: Ui.accent });
    this.handles.text("capture.step", headText, `${s.n}/${conn.steps.length}`);
    const bodyTop = top + fs * 1.7;
    const labels = { A: sideLabel(conn, "A"), B: sideLabel(conn, "B") };
    let px: number;
    let py: number;
    let pw: number;
    if (l.portrait) {
      const lh = Math.round((bottom - bodyTop) * 0.4);
      drawCaptureLadder(
        this,
        conn,
        { at: this.at },
        { x: l.gap, y: bodyTop, width: l.width - 2 * l.gap, height: lh, fontSize: fs * 0.85 },
        labels,
      );
      px = l.gap;
      py = bodyTop + lh + l.gap * 0.5;
      pw = l.width - 2 * l.gap;
    } else {
      const lw = Math.round(l.width * 0.5);
      drawCaptureLadder(
        this,
        conn,
        { at: this.at },
        { x: l.gap, y: bodyTop, width: lw - l.gap, height: bottom - bodyTop, fontSize: fs },
        labels,
      );
      px = lw + l.gap * 0.5;
      py = bodyTop;
      pw = l.width - px - l.gap;
    }
    this.panel(conn, px, py, pw, bottom - py, l);
    this.nav(conn, l);
  }

  private panel(conn: InferredConnection, x: number, y: number, w: number, h: number, l: Layout): void {
    const s = conn.steps[this.at]!;
    const fs = l.font.small * (l.portrait ? 0.85 : 0.9);
    const g = this.add.graphics();
    g.fillStyle(Ui.bgDeep, 0.85).fillRoundedRect(x, y, w, h, 12);
    const pad = l.gap * 0.4;
    const container = this.add.container(0, 0);
    let cy = y + pad;
    const line = (text: string, opts: Parameters<typeof this.label>[4] = {}, size = fs): Phaser.GameObjects.Text => {
      const o = wrapMixed(this.label(x + pad, cy, text, size, opts), w - 2 * pad);
      container.add(o);
      cy = o.y + o.height + fs * 0.25;
      return o;
    };
    line(headLines(conn, s).join("\n"), { color: Ui.text });
    line(t("capture:view.why"), { bold: true, color: Ui.accent });
    line(causeLine(s));
    line(t("capture:view.states"), { bold: true, color: Ui.accent });
    for (const side of ["A", "B"] as const) {
      const moved = s.before[side] !== s.after[side];
      const st = line(
        `${sideLabel(conn, side)}: ${moved ? `${s.before[side]} → ` : ""}${s.after[side]}`,
        { bold: true, color: moved ? Colors.skyBlue : Ui.text },
        fs * 1.1,
      );
      this.handles.text(`capture.state${side}`, st, s.after[side]);
    }
    if (s.lost) line(t("capture:view.lost"), { color: Ui.bad });
    line(`${t("capture:view.timers")}: A ${timerLine(s, "A")} · B ${timerLine(s, "B")}`, { color: Ui.textDim });
    const notes = noteLines(conn, s, this.at === 0);
    if (notes.length) {
      line(t("capture:view.notes"), { bold: true, color: Ui.accent });
      const n = line(notes.map((x) => `• ${x}`).join("\n"), { color: Ui.text }, fs * 0.92);
      this.handles.text("capture.notes", n, notes.join(" | "));
    }
    // A long explanation shrinks to stay inside its panel.
    const used = cy - y;
    if (used > h) {
      const k = (h - pad) / used;
      container.setScale(k);
      container.setPosition(x * (1 - k), y * (1 - k));
    }
  }

  private nav(conn: InferredConnection, l: Layout): void {
    const y = l.height - l.gap - l.buttonHeight / 2;
    const small = l.font.small;
    if (l.portrait) {
      const w = (l.width - 3 * l.gap) / 2;
      const y1 = y - l.buttonHeight - l.gap * 0.4;
      this.button({
        testId: "capture.prev",
        label: () => t("capture:view.prev"),
        onPress: () => this.go(-1),
        x: l.gap + w / 2,
        y: y1,
        width: w,
        height: l.buttonHeight,
        fontSize: small,
        enabled: this.at > 0,
      });
      this.button({
        testId: "capture.next",
        label: () => t("capture:view.next"),
        onPress: () => this.go(1),
        x: l.width - l.gap - w / 2,
        y: y1,
        width: w,
        height: l.buttonHeight,
        fontSize: small,
        primary: true,
        enabled: this.at < conn.steps.length - 1,
      });
      this.button({
        testId: "capture.back",
        label: () => t("capture:view.connections"),
        onPress: () => this.onBack(),
        x: l.gap + w / 2,
        y,
        width: w,
        height: l.buttonHeight,
        fontSize: small,
      });
      this.button({
        testId: "capture.quiz",
        label: () => t("capture:view.quiz"),
        onPress: () => this.scene.start(CaptureKey.Quiz, { id: conn.info.id, at: this.at }),
        x: l.width - l.gap - w / 2,
        y,
        width: w,
        height: l.buttonHeight,
        fontSize: small,
      });
      return;
    }
    const w = (l.width - 5 * l.gap) / 4;
    const xs = [0, 1, 2, 3].map((i) => l.gap + w / 2 + i * (w + l.gap));
    this.button({
      testId: "capture.back",
      label: () => t("capture:view.connections"),
      onPress: () => this.onBack(),
      x: xs[0]!,
      y,
      width: w,
      height: l.buttonHeight,
      fontSize: small,
    });
    this.button({
      testId: "capture.prev",
      label: () => t("capture:view.prev"),
      onPress: () => this.go(-1),
      x: xs[1]!,
      y,
      width: w,
      height: l.buttonHeight,
      fontSize: small,
      enabled: this.at > 0,
    });
    this.button({
      testId: "capture.next",
      label: () => t("capture:view.next"),
      onPress: () => this.go(1),
      x: xs[2]!,
      y,
      width: w,
      height: l.buttonHeight,
      fontSize: small,
      primary: true,
      enabled: this.at < conn.steps.length - 1,
    });
    this.button({
      testId: "capture.quiz",
      label: () => t("capture:view.quiz"),
      onPress: () => this.scene.start(CaptureKey.Quiz, { id: conn.info.id, at: this.at }),
      x: xs[3]!,
      y,
      width: w,
      height: l.buttonHeight,
      fontSize: small,
    });
  }
}
