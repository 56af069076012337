// "Explain a capture", first screen: open a .pcap/.pcapng (button or drop), watch it being
// read with a progress bar, then pick one of its TCP connections. The file never leaves the
// browser: a worker reads it.
import { ShellScene } from "../shell/shell-scene";
import { SceneKey } from "../shell/keys";
import type { Layout } from "../ui/layout";
import { Ui } from "../ui/palette";
import { t } from "../i18n";
import { TestHandles } from "../debug/test-handles";
import { wrapMixed } from "../quiz/wrap";
import { CaptureKey, type ViewLaunch } from "./keys";
import { currentSession, explain, readCapture, setProfile } from "./session";

const INPUT_ID = "capture-file";

export class CaptureOpenScene extends ShellScene {
  private fileInput: HTMLInputElement | null = null;
  private reading: { name: string; fraction: number; packets: number } | null = null;
  private bar: { fill: Phaser.GameObjects.Graphics; text: Phaser.GameObjects.Text; x: number; y: number; w: number; h: number } | null =
    null;
  private page = 0;
  private handles = new TestHandles();

  constructor() {
    super(CaptureKey.Open);
  }

  protected defaultFocus(): string {
    return currentSession() ? "capture.conn.0" : "capture.open";
  }

  protected override onBack(): void {
    this.scene.start(SceneKey.Menu);
  }

  override create(): void {
    const input = document.createElement("input");
    input.type = "file";
    input.id = INPUT_ID;
    input.accept = ".pcap,.pcapng,.cap,.dmp,application/vnd.tcpdump.pcap";
    input.style.display = "none";
    input.addEventListener("change", () => {
      const file = input.files?.[0];
      if (file) void this.read(file);
      input.value = "";
    });
    document.body.appendChild(input);
    this.fileInput = input;
    const onDragOver = (e: DragEvent): void => e.preventDefault();
    const onDrop = (e: DragEvent): void => {
      e.preventDefault();
      const file = e.dataTransfer?.files?.[0];
      if (file) void this.read(file);
    };
    window.addEventListener("dragover", onDragOver);
    window.addEventListener("drop", onDrop);
    this.events.once("shutdown", () => {
      input.remove();
      this.fileInput = null;
      window.removeEventListener("dragover", onDragOver);
      window.removeEventListener("drop", onDrop);
      this.release();
    });
    super.create();
  }

  private release(): void {
    this.handles.releaseAll();
  }

  protected build(l: Layout): void {
    this.release();
    this.bar = null;
    this.heading(t("capture:heading"));
    const w = l.wideRowWidth;
    const left = l.cx - w / 2;
    let y = l.headingY + l.font.heading * 0.8;
    const intro = wrapMixed(this.label(left, y, t("capture:intro"), l.font.small, { color: Ui.textDim }), w);
    y = intro.y + intro.height + l.gap * 0.8;
    const half = l.portrait ? w : (w - l.gap) / 2;
    this.button({
      testId: "capture.open",
      label: () => t("capture:open"),
      onPress: () => this.fileInput?.click(),
      x: left + half / 2,
      y: y + l.buttonHeight / 2,
      width: half,
      height: l.buttonHeight,
      primary: true,
    });
    const s = currentSession();
    if (s) {
      const px = l.portrait ? l.cx : left + half + l.gap + half / 2;
      const py = l.portrait ? y + l.menuStep + l.buttonHeight / 2 : y + l.buttonHeight / 2;
      this.button({
        testId: "capture.profile",
        label: () => t("capture:profile", { name: t(`capture:profileName.${s.profile}`) }),
        onPress: () => {
          setProfile(s.profile === "rfc" ? "linux" : "rfc");
          this.rebuild();
        },
        x: px,
        y: py,
        width: half,
        height: l.buttonHeight,
        fontSize: l.font.small,
      });
      if (l.portrait) y += l.menuStep;
    }
    y += l.menuStep;
    if (this.reading) {
      const { width: bw, height: bh } = l.progressBar;
      const bx = l.cx - bw / 2;
      const g = this.add.graphics();
      g.fillStyle(Ui.panel, 1).fillRoundedRect(bx, y, bw, bh, bh / 2);
      const fill = this.add.graphics();
      const text = this.label(l.cx, y + bh + l.gap * 0.3, "", l.font.small, { align: "center" }).setOrigin(0.5, 0);
      this.bar = { fill, text, x: bx, y, w: bw, h: bh };
      this.handles.add("capture.progress", () => ({ x: bx, y, width: bw, height: bh, label: text.text, focused: false, enabled: false }));
      this.drawProgress();
      return;
    }
    if (!s) return;
    const summary = t("capture:summary", {
      name: s.name,
      packets: s.summary.packets,
      tcp: s.summary.tcp,
      connections: s.summary.connections.length + s.summary.unlisted,
    });
    const extra = [
      s.summary.truncated ? t("capture:truncated") : "",
      s.summary.unlisted ? t("capture:unlisted", { n: s.summary.unlisted }) : "",
    ]
      .filter(Boolean)
      .join(" ");
    const sum = wrapMixed(
      this.label(left, y, summary + (extra ? `\n${extra}` : ""), l.font.small, { color: s.summary.truncated ? Ui.bad : Ui.text }),
      w,
    );
    this.handles.text("capture.summary", sum, summary);
    y = sum.y + sum.height + l.gap * 0.6;
    this.label(l.cx, y, t("capture:pick"), l.font.body, { bold: true, color: Ui.accent, align: "center" }).setOrigin(0.5, 0);
    y += l.font.body * 1.6;
    const rowH = Math.max(44, Math.round(l.buttonHeight * 0.8));
    const step = rowH + Math.round(l.gap * 0.3);
    const perPage = Math.max(1, Math.floor((l.height - y - l.buttonHeight * 2 - l.gap * 2) / step));
    const all = s.summary.connections;
    const pages = Math.max(1, Math.ceil(all.length / perPage));
    this.page = Math.min(this.page, pages - 1);
    all.slice(this.page * perPage, (this.page + 1) * perPage).forEach((c, i) => {
      const label =
        t("capture:connection", {
          a: `${c.a.address}:${c.a.port}`,
          b: `${c.b.address}:${c.b.port}`,
          segments: c.segments,
          duration: ((c.lastUs - c.firstUs) / 1e6).toFixed(3),
        }) + (c.decoded ? "" : ` · ${t("capture:onlyListed")}`);
      this.button({
        testId: `capture.conn.${i}`,
        label: () => `${c.id}. ${label}`,
        onPress: () => void this.pick(c.id),
        x: l.cx,
        y: y + i * step + rowH / 2,
        width: w,
        height: rowH,
        fontSize: l.font.small,
        enabled: c.decoded,
      });
    });
    const navY = l.height - l.gap - l.buttonHeight * 1.6;
    if (pages > 1) {
      const bw = Math.min(w / 3, l.menuWidth / 2);
      this.button({
        testId: "capture.prevPage",
        label: () => t("capture:prevPage"),
        onPress: () => this.turn(-1),
        x: l.cx - bw / 2 - l.gap / 2,
        y: navY,
        width: bw,
        height: l.buttonHeight,
        fontSize: l.font.small,
        enabled: this.page > 0,
      });
      this.button({
        testId: "capture.nextPage",
        label: () => t("capture:nextPage"),
        onPress: () => this.turn(1),
        x: l.cx + bw / 2 + l.gap / 2,
        y: navY,
        width: bw,
        height: l.buttonHeight,
        fontSize: l.font.small,
        enabled: this.page < pages - 1,
      });
    }
  }

  private turn(d: number): void {
    this.page += d;
    this.rebuild();
  }

  private drawProgress(): void {
    if (!this.bar || !this.reading) return;
    const { fill, text, x, y, w, h } = this.bar;
    fill.clear();
    fill.fillStyle(Ui.accent, 1).fillRoundedRect(x, y, Math.max(h, w * this.reading.fraction), h, h / 2);
    text.setText(
      t("capture:reading", { name: this.reading.name, percent: Math.round(this.reading.fraction * 100), packets: this.reading.packets }),
    );
  }

  private async read(file: File): Promise<void> {
    if (this.reading) return;
    this.reading = { name: file.name, fraction: 0, packets: 0 };
    this.setNotice(null);
    this.rebuild();
    const outcome = await readCapture(file, (fraction, packets) => {
      if (!this.reading) return;
      this.reading = { name: file.name, fraction, packets };
      this.drawProgress();
    });
    this.reading = null;
    this.page = 0;
    if (!this.scene.isActive()) return;
    this.rebuild();
    if (!outcome.ok)
      this.setNotice({ key: `capture:error.${outcome.code.replace("capture/", "")}`, params: outcome.params, kind: "error" });
    else this.focusGroup.focus("capture.conn.0", true);
  }

  private async pick(id: number): Promise<void> {
    const conn = await explain(id);
    if (!conn || !this.scene.isActive()) return;
    const launch: ViewLaunch = { id, at: 0 };
    this.scene.start(CaptureKey.View, launch);
  }
}
