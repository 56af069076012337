// The scenario map: every scenario as a tile with the stars this browser has earned in it
// (goal reached, accuracy, par time; client/src/match/progress.ts). A tile starts a practice
// match against a bot that runs in the browser, so the map works offline too. The
// difficulty button picks Guided (a first-time player's default), Standard or Expert
// (Expert plays the trickster, whose wrong segments can be called out).
import { ShellScene } from "./shell-scene";
import { SceneKey } from "./keys";
import type { Layout } from "../ui/layout";
import { Ui } from "../ui/palette";
import { getLanguage, t } from "../i18n";
import { loadScenarioChoices, type ScenarioChoice } from "./scenarios";
import { loadMatchScenes } from "./lazy";
import { isFirstTime, loadProgress } from "../match/progress";
import type { MatchLaunch } from "../net/types";

type Level = "guided" | "standard" | "expert";
const LEVELS: readonly Level[] = ["guided", "standard", "expert"];

export class ScenarioMapScene extends ShellScene {
  private choices: ScenarioChoice[] = [];
  private level: Level = "standard";

  constructor() {
    super(SceneKey.ScenarioMap);
  }

  protected defaultFocus(): string {
    return "map.scenario.handshake";
  }

  protected override onBack(): void {
    this.scene.start(SceneKey.Menu);
  }

  override create(): void {
    this.level = isFirstTime() ? "guided" : "standard";
    super.create();
    this.cameras.main.fadeIn(250, 10, 21, 32);
    void loadScenarioChoices().then((c) => {
      this.choices = c;
      if (this.scene.isActive()) this.rebuild();
    });
  }

  protected build(l: Layout): void {
    const progress = loadProgress();
    const total = this.choices.length * 3;
    const earned = this.choices.reduce((n, c) => n + (progress.stars[c.id] ?? 0), 0);
    this.heading(`${t("map.heading")}  ★ ${earned} / ${total}`);
    const top = l.contentTop - l.gap;
    const cols = l.portrait ? 2 : 4;
    const gap = l.gap / 2;
    const areaW = l.portrait ? l.width - 2 * l.gap : Math.min(l.width - 2 * l.gap, l.wideRowWidth * 1.3);
    const w = (areaW - gap * (cols - 1)) / cols;
    const rows = Math.max(1, Math.ceil(this.choices.length / cols));
    const bottom = l.height - l.buttonHeight * 2 - l.gap * 2;
    const h = Math.min(l.buttonHeight * 1.5, (bottom - top - gap * (rows - 1)) / rows);
    const left = l.cx - areaW / 2;
    const lang = getLanguage();
    this.choices.forEach((c, i) => {
      const stars = progress.stars[c.id] ?? 0;
      const x = left + (i % cols) * (w + gap) + w / 2;
      const y = top + Math.floor(i / cols) * (h + gap) + h / 2;
      this.button({
        testId: `map.scenario.${c.id}`,
        label: () => `${c.number}. ${c.title[lang]}\n${"★".repeat(stars)}${"☆".repeat(3 - stars)}`,
        onPress: () => void this.play(c.id),
        x,
        y,
        width: w,
        height: h,
        fontSize: l.font.small,
        selected: stars === 3,
      });
    });
    const by = l.height - l.buttonHeight * 1.5 - l.gap;
    const bw = Math.min(l.menuWidth, (l.width - 3 * l.gap) / 2);
    this.button({
      testId: "map.difficulty",
      label: () => t("map.difficulty", { name: t(`difficulty.${this.level}`) }),
      onPress: () => {
        this.level = LEVELS[(LEVELS.indexOf(this.level) + 1) % LEVELS.length]!;
        this.rebuild();
      },
      x: l.cx - bw / 2 - l.gap / 2,
      y: by,
      width: bw,
      height: l.buttonHeight,
    });
    this.button({
      testId: "map.back",
      label: () => t("menu.back"),
      onPress: () => this.onBack(),
      x: l.cx + bw / 2 + l.gap / 2,
      y: by,
      width: bw,
      height: l.buttonHeight,
    });
    this.label(l.cx, by + l.buttonHeight / 2 + l.gap / 4, t("map.hint"), l.font.small, {
      color: Ui.textDim,
      align: "center",
      wrapWidth: l.width - 2 * l.gap,
    }).setOrigin(0.5, 0);
  }

  private async play(scenarioId: string): Promise<void> {
    this.setNotice({ key: "loading.module", kind: "info" });
    const ok = await loadMatchScenes(this.game).catch(() => false);
    if (!ok) {
      this.setNotice({ key: "loading.failed", kind: "error" });
      return;
    }
    const launch: MatchLaunch = { kind: "local", scenarioId, difficulty: this.level, bot: this.level === "expert" ? "trickster" : "tutor" };
    this.scene.start(SceneKey.Match, launch);
  }
}
