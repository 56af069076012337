// Title: the game's name, the language switch (简体中文 / English) and Start. A player who
// came through an invitation link (?room=CODE) is taken into that room after Start.
import { ShellScene } from "./shell-scene";
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
    this.cameras.main.fadeIn(250, 10, 21, 32);
    // For bench:client: the first frame drawn with the title's controls in place.
    this.game.events.once("postrender", () => performance.mark(TITLE_INTERACTIVE_MARK));
  }

  protected defaultFocus(): string {
    return "title.start";
  }

  protected build(l: Layout): void {
    // Measure the texts first (a tagline may wrap on a phone), then centre the whole block
    // in the space under the top bar.
    const logoH = l.logoHeight;
    const logo = this.add.image(l.cx, 0, AssetKey.logo).setDisplaySize(logoH * 3.2, logoH);
    const title = this.label(l.cx, 0, t("app.title"), l.font.title, { bold: true, align: "center" }).setOrigin(0.5, 0);
    const tagline = this.label(l.cx, 0, t("app.tagline"), l.font.body, {
      align: "center",
      color: Ui.textDim,
      wrapWidth: l.width - 4 * l.gap,
    }).setOrigin(0.5, 0);
    const invite = invitedRoomCode();
    const hint = this.label(l.cx, 0, invite ? t("title.joiningRoom", { code: invite }) : t("title.hint"), l.font.small, {
      align: "center",
      color: invite ? Ui.accent : Ui.textDim,
      wrapWidth: l.width - 4 * l.gap,
    }).setOrigin(0.5, 0);
    const startH = l.startButton.height;
    const blockH = logoH + l.gap + title.height + tagline.height + l.gap * 2 + l.buttonHeight + l.gap * 1.5 + startH + l.gap + hint.height;
    const free = l.height - l.barHeight - blockH;
    let y = l.barHeight + Math.max(l.gap, free / 2);

    logo.setY(y + logoH / 2);
    y += logoH + l.gap;
    title.setY(y);
    y += title.height;
    tagline.setY(y);
    y += tagline.height + l.gap * 2;

    const langW = l.languageButtonWidth;
    const langs: Language[] = ["zh", "en"];
    langs.forEach((lang, i) => {
      const current = getLanguage() === lang;
      this.button({
        testId: `title.lang.${lang}`,
        label: () => (current ? t("language.current", { name: t(`language.${lang}`) }) : t(`language.${lang}`)),
        onPress: () => setLanguage(lang),
        x: l.cx + (i === 0 ? -1 : 1) * (langW / 2 + l.gap / 2),
        y: y + l.buttonHeight / 2,
        width: langW,
        height: l.buttonHeight,
        selected: current,
      });
    });
    y += l.buttonHeight + l.gap * 1.5;

    this.button({
      testId: "title.start",
      label: () => t("title.start"),
      onPress: () => this.start(),
      x: l.cx,
      y: y + startH / 2,
      width: l.startButton.width,
      height: startH,
      fontSize: l.font.heading,
      primary: true,
    });
    y += startH + l.gap;
    hint.setY(y);
  }

  private start(): void {
    this.scene.start(SceneKey.Menu);
  }
}
