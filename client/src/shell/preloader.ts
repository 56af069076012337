// Preloader: loads every asset the shell needs, with a progress bar, then chooses where the
// player starts: back in their match after a reload, a demo for the benchmark, or the title.
import Phaser from "phaser";
import { SceneKey } from "./keys";
import { computeLayout } from "../ui/layout";
import { textStyle, textResolution } from "../ui/fonts";
import { Ui } from "../ui/palette";
import { t } from "../i18n";
import { loadMatchScenes } from "./lazy";
import type { MatchLaunch } from "../net/types";
import { hasResumeToken } from "../net/token";

export const AssetKey = { logo: "logo" } as const;

export class PreloaderScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Preloader);
  }

  preload(): void {
    const l = computeLayout(this.scale.width, this.scale.height);
    this.cameras.main.setBackgroundColor(Ui.bg);
    const { width: barW, height: barH } = l.progressBar;
    const frame = this.add.graphics();
    frame.lineStyle(3, Ui.text, 1).strokeRect(l.cx - barW / 2, l.cy - barH / 2, barW, barH);
    this.add
      .text(l.cx, l.cy - barH - l.gap * 2, t("app.title"), textStyle(l.font.title, { bold: true, align: "center" }))
      .setOrigin(0.5, 1)
      .setResolution(textResolution());
    const fill = this.add.graphics();
    const label = this.add
      .text(l.cx, l.cy + barH + l.gap, t("boot.loading", { percent: 0 }), textStyle(l.font.body, { align: "center" }))
      .setOrigin(0.5, 0)
      .setResolution(textResolution());
    this.load.on("progress", (p: number) => {
      fill
        .clear()
        .fillStyle(Ui.accent, 1)
        .fillRect(l.cx - barW / 2 + 4, l.cy - barH / 2 + 4, (barW - 8) * p, barH - 8);
      label.setText(t("boot.loading", { percent: Math.round(p * 100) }));
    });
    this.load.svg(AssetKey.logo, "logo.svg", { width: 640, height: 200 });
  }

  create(): void {
    const params = new URLSearchParams(location.search);
    if (params.get("demo") === "ten-segments") {
      void this.startDemo();
      return;
    }
    if (hasResumeToken()) {
      void this.resume();
      return;
    }
    this.scene.start(SceneKey.Title);
  }

  private async startDemo(): Promise<void> {
    if (!(await loadMatchScenes(this.game))) {
      this.scene.start(SceneKey.Title);
      return;
    }
    const launch: MatchLaunch = { kind: "demo", demo: "ten-segments" };
    this.scene.start(SceneKey.Match, launch);
  }

  /** A reload mid-match: reconnect with the kept token and go straight back to the match. */
  private async resume(): Promise<void> {
    const l = computeLayout(this.scale.width, this.scale.height);
    this.add
      .text(l.cx, l.height - l.contentTop, t("net.reconnecting"), textStyle(l.font.body, { align: "center" }))
      .setOrigin(0.5)
      .setResolution(textResolution());
    const { resumeFromReload } = await import("../net/connect");
    const session = await resumeFromReload();
    if (!session) {
      this.scene.start(SceneKey.Title);
      return;
    }
    if (session.state?.phase === "lobby") {
      this.scene.start(SceneKey.Lobby, { session });
      return;
    }
    if (!(await loadMatchScenes(this.game))) {
      this.scene.start(SceneKey.Lobby, { session });
      return;
    }
    const launch: MatchLaunch = { kind: "live", session, seat: session.seat, resumed: true };
    this.scene.start(SceneKey.Match, launch);
  }
}
