// Replay: pick a finished match (this browser's recent ones, or an id typed in) and step
// through it in the Debrief scene (client/src/debrief, loaded with the match).
import { ShellScene } from "./shell-scene";
import { SceneKey } from "./keys";
import type { Layout } from "../ui/layout";
import { Ui } from "../ui/palette";
import { t } from "../i18n";
import { recentMatches } from "../net/recent";
import { loadMatchScenes } from "./lazy";
import type { DebriefLaunch } from "../net/types";
import type { TextField } from "../ui/text-field";

const MAX_SHOWN = 4;

export class ReplayScene extends ShellScene {
  private idField: TextField | null = null;

  constructor() {
    super(SceneKey.Replay);
  }

  protected defaultFocus(): string {
    return "replay.id";
  }

  protected override onBack(): void {
    this.scene.start(SceneKey.Menu);
  }

  protected build(l: Layout): void {
    this.heading(t("replay.heading"));
    const w = l.menuWidth;
    let y = l.contentTop;
    const openW = Math.round(w * 0.4);
    this.idField = this.field({
      testId: "replay.id",
      label: () => t("replay.matchId"),
      placeholder: () => t("replay.matchIdPlaceholder"),
      maxLength: 64,
      x: l.cx - w / 2,
      y: y - l.buttonHeight / 2,
      width: w - openW - l.gap / 2,
      height: l.buttonHeight,
      onSubmit: () => void this.open(this.idField?.value ?? ""),
    });
    this.button({
      testId: "replay.open",
      label: () => t("replay.open"),
      onPress: () => void this.open(this.idField?.value ?? ""),
      x: l.cx + w / 2 - openW / 2,
      y,
      width: openW,
      height: l.buttonHeight,
      fontSize: l.font.small,
    });
    y += l.menuStep * 1.2;
    this.label(l.cx, y, t("replay.recent"), l.font.body, { bold: true, color: Ui.accent, align: "center" }).setOrigin(0.5);
    y += l.menuStep * 0.8;
    const recent = recentMatches().slice(0, MAX_SHOWN);
    if (recent.length === 0) {
      this.label(l.cx, y, t("replay.none"), l.font.body, { color: Ui.textDim, align: "center" }).setOrigin(0.5);
      y += l.menuStep;
    }
    recent.forEach((m, i) => {
      const when = new Date(m.at).toLocaleString(document.documentElement.lang);
      this.button({
        testId: `replay.recent.${i}`,
        label: () => `${m.label} · ${when}`,
        onPress: () => void this.open(m.matchId),
        x: l.cx,
        y,
        width: w,
        height: l.buttonHeight,
        fontSize: l.font.small,
      });
      y += l.menuStep;
    });
    this.button({
      testId: "replay.back",
      label: () => t("menu.back"),
      onPress: () => this.onBack(),
      x: l.cx,
      y: y + l.gap,
      width: Math.round(w * 0.5),
      height: l.buttonHeight,
    });
  }

  private async open(matchId: string): Promise<void> {
    const id = matchId.trim();
    if (!/^[\w-]{1,64}$/.test(id)) {
      this.focusGroup.focus("replay.id");
      return;
    }
    this.setNotice({ key: "loading.module", kind: "info" });
    if (!(await loadMatchScenes(this.game).catch(() => false))) {
      this.setNotice({ key: "loading.failed", kind: "error" });
      return;
    }
    const launch: DebriefLaunch = { kind: "replay", matchId: id };
    this.scene.start(SceneKey.Debrief, launch);
  }
}
