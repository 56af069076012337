// Title: the game's name, the language switch (简体中文 / English) and Start. A player who
// came through an invitation link (?room=CODE) is taken into that room after Start.
import { ShellScene } from "./shellScene";
import { SceneKey } from "./keys";
import { AssetKey } from "./preloader";
import type { Layout } from "../ui/layout";
import { Ui } from "../ui/palette";
import { getLanguage, setLanguage, t, type Language } from "../i18n";
import { invitedRoomCode } from "./invite";

export const TITLE_INTERACTIVE_MARK = "tcpArena:title-interactive";

export class TitleScene extends ShellScene {
  constructor() {
    super(SceneKey.Title);
  }

  override create(): void {
    super.create();
    // For bench:client: the first frame drawn with the title's controls in place.
    this.game.events.once("postrender", () => performance.mark(TITLE_INTERACTIVE_MARK));
  }

  protected defaultFocus(): string {
    return "title.start";
  }

  protected build(l: Layout): void {
    const logoH = Math.round(150 * l.unit);
    const logoY = l.barHeight + l.gap + logoH / 2;
    this.add.image(l.cx, logoY, AssetKey.logo).setDisplaySize(logoH * 3.2, logoH);
    const titleY = logoY + logoH / 2 + l.gap + l.font.title / 2;
    this.label(l.cx, titleY, t("app.title"), l.font.title, { bold: true, align: "center" }).setOrigin(0.5);
    const tagY = titleY + l.font.title / 2 + l.gap;
    this.label(l.cx, tagY, t("app.tagline"), l.font.body, { align: "center", color: Ui.textDim, wrapWidth: l.width - 4 * l.gap }).setOrigin(0.5, 0);

    const langY = tagY + l.font.body * 2 + l.gap * 2;
    const langW = Math.min((l.menuWidth - l.gap) / 2, Math.round(300 * l.unit) + 40);
    const langs: Language[] = ["zh", "en"];
    langs.forEach((lang, i) => {
      const current = getLanguage() === lang;
      this.button({
        testId: `title.lang.${lang}`,
        label: () => (current ? t("language.current", { name: t(`language.${lang}`) }) : t(`language.${lang}`)),
        onPress: () => setLanguage(lang),
        x: l.cx + (i === 0 ? -1 : 1) * (langW / 2 + l.gap / 2),
        y: langY,
        width: langW,
        height: l.buttonHeight,
        selected: current,
      });
    });

    const startY = langY + l.menuStep + l.gap / 2;
    this.button({
      testId: "title.start",
      label: () => t("title.start"),
      onPress: () => this.start(),
      x: l.cx,
      y: startY,
      width: Math.min(l.menuWidth, Math.round(420 * l.unit) + 60),
      height: Math.round(l.buttonHeight * 1.2),
      fontSize: l.font.heading,
      primary: true,
    });
    const invite = invitedRoomCode();
    const hintY = startY + l.buttonHeight + l.gap;
    const hint = invite ? t("title.joiningRoom", { code: invite }) : t("title.hint");
    this.label(l.cx, hintY, hint, l.font.small, { align: "center", color: invite ? Ui.accent : Ui.textDim }).setOrigin(0.5, 0);
  }

  private start(): void {
    this.scene.start(SceneKey.Menu);
  }
}
