// Menu: play a friend (create a room, join by code, quick-match), practice against a bot,
// the quiz, and replays. Two columns in landscape, one in portrait.
import { ShellScene } from "./shell-scene";
import { SceneKey } from "./keys";
import type { Layout } from "../ui/layout";
import { Ui } from "../ui/palette";
import { t } from "../i18n";
import { readLocal, writeLocal } from "../storage";
import { isFirstTime } from "../match/progress";
import { isRoomCode, normalizeRoomCode, ROOM_CODE_LENGTH } from "../../../shared/protocol/room-code";
import { invitedRoomCode, quizSeed, takeInvite } from "./invite";
import { loadQuizScenes } from "./lazy";
import { openCapture } from "../capture/entry";
import { joinErrorNotice } from "../net/errors";
import type { NetSession } from "../net/session";
import type { QuizLaunch } from "../net/types";
import type { TextField } from "../ui/text-field";
import type { Notice } from "../ui/notice";

const NAME_KEY = "tcpArena.name";
const MAX_NAME = 24;

type Column = Array<{ kind: "heading"; text: () => string } | { kind: "row"; make: (x: number, y: number, w: number) => void }>;

export class MenuScene extends ShellScene {
  private busy = false;
  private codeField: TextField | null = null;
  private nameField: TextField | null = null;
  /** The menu's rhythm and button height on this screen (see build). */
  private step = 0;
  private buttonH = 44;

  constructor() {
    super(SceneKey.Menu);
  }

  /** A first-time player, most likely alone, starts on the scenario map (practice against a bot). */
  protected defaultFocus(): string {
    return isFirstTime() ? "menu.map" : "menu.create";
  }

  private arrivalNotice: Notice | null = null;

  /** `notice`: why the player was sent back here (e.g. the room closed). */
  init(data?: { notice?: Notice }): void {
    this.arrivalNotice = data?.notice ?? null;
  }

  override create(): void {
    this.busy = false;
    super.create();
    if (this.arrivalNotice) this.setNotice(this.arrivalNotice);
    const invite = invitedRoomCode();
    const seed = quizSeed();
    if (invite) {
      takeInvite("room");
      this.codeField!.input.value = invite;
      void this.go(() => import("../net/connect").then((n) => n.joinByCode(invite, this.playerName())), invite);
    } else if (seed) {
      takeInvite("quiz");
      void this.openQuiz(seed);
    }
  }

  protected override onBack(): void {
    this.scene.start(SceneKey.Title);
  }

  protected build(l: Layout): void {
    this.heading(t("menu.heading"));
    const fieldH = l.buttonHeight;
    const play: Column = [
      { kind: "heading", text: () => t("menu.play") },
      { kind: "row", make: (x, y, w) => this.menuButton("menu.create", "menu.createRoom", x, y, w, () => this.createRoom()) },
      {
        kind: "row",
        make: (x, y, w) => {
          const joinW = Math.round(w * 0.45);
          this.codeField = this.field({
            testId: "menu.code",
            label: () => t("menu.code"),
            placeholder: () => t("menu.codePlaceholder"),
            maxLength: ROOM_CODE_LENGTH + 2,
            x: x - w / 2,
            y: y - this.buttonH / 2,
            width: w - joinW - l.gap / 2,
            height: this.buttonH,
            upperCase: true,
            onSubmit: () => this.join(),
          });
          this.menuButton("menu.join", "menu.joinRoom", x + w / 2 - joinW / 2, y, joinW, () => this.join());
        },
      },
      { kind: "row", make: (x, y, w) => this.menuButton("menu.watch", "menu.watch", x, y, w, () => this.watch()) },
      { kind: "row", make: (x, y, w) => this.menuButton("menu.quick", "menu.quickMatch", x, y, w, () => this.quick()) },
      {
        // The classroom pages are plain HTML (client/src/classroom): they open as their own page.
        kind: "row",
        make: (x, y, w) => {
          const half = Math.round((w - l.gap / 2) / 2);
          this.menuButton("menu.joinClass", "menu.joinClass", x - w / 2 + half / 2, y, half, () => location.assign("?class="));
          this.menuButton("menu.hostClass", "menu.hostClass", x + w / 2 - half / 2, y, half, () => location.assign("?teach"));
        },
      },
    ];
    const study: Column = [
      { kind: "heading", text: () => t("menu.practise") },
      { kind: "row", make: (x, y, w) => this.menuButton("menu.map", "menu.map", x, y, w, () => this.scene.start(SceneKey.ScenarioMap)) },
      { kind: "row", make: (x, y, w) => this.menuButton("menu.tutor", "menu.practiceTutor", x, y, w, () => this.practice("tutor")) },
      {
        kind: "row",
        make: (x, y, w) => this.menuButton("menu.trickster", "menu.practiceTrickster", x, y, w, () => this.practice("trickster")),
      },
      { kind: "row", make: (x, y, w) => this.menuButton("menu.quiz", "menu.quiz", x, y, w, () => void this.openQuiz(undefined)) },
      { kind: "row", make: (x, y, w) => this.menuButton("menu.replay", "menu.replay", x, y, w, () => this.scene.start(SceneKey.Replay)) },
      { kind: "row", make: (x, y, w) => this.menuButton("menu.capture", "menu.capture", x, y, w, () => void this.openCaptureScreen()) },
    ];

    // The name row spans the top; the field keeps what the player typed last time.
    const nameY = Math.max(l.contentTop - l.gap, l.headingY + l.font.heading / 2 + l.gap / 2 + fieldH / 2);
    const nameLabelW = Math.round(l.menuWidth * 0.35);
    const rowW = l.wideRowWidth;
    this.label(l.cx - rowW / 2, nameY, t("menu.name"), l.font.body, { color: Ui.textDim }).setOrigin(0, 0.5);
    this.nameField = this.field({
      testId: "menu.name",
      label: () => t("menu.name"),
      placeholder: () => t("menu.namePlaceholder"),
      value: readLocal(NAME_KEY) ?? "",
      maxLength: MAX_NAME,
      x: l.cx - rowW / 2 + nameLabelW,
      y: nameY - fieldH / 2,
      width: rowW - nameLabelW,
      height: fieldH,
      onInput: (v) => writeLocal(NAME_KEY, v),
      onSubmit: () => this.focusGroup.move(1),
    });

    const top = nameY + l.menuStep;
    // The longest column fits above the screen's bottom edge: its rows move closer (and its
    // buttons get shorter, never below 44 px) when the screen is not tall enough.
    const span = (c: Column): number => c.reduce((n, it) => n + (it.kind === "heading" ? 0.8 : 1), 0) - 1;
    const steps = l.portrait ? span([...play, ...study]) : Math.max(span(play), span(study));
    const room = l.height - l.gap / 3 - top - l.buttonHeight / 2;
    this.step = Math.min(l.menuStep, room / steps);
    this.buttonH = Math.max(44, Math.min(l.buttonHeight, Math.round(this.step - Math.max(4, l.gap * 0.25))));
    if (l.portrait) {
      this.column([...play, ...study], l.cx, top, l.menuWidth);
    } else {
      const colW = l.columnWidth;
      this.column(play, l.cx - colW / 2 - l.gap, top, colW);
      this.column(study, l.cx + colW / 2 + l.gap, top, colW);
    }
  }

  private column(items: Column, x: number, top: number, w: number): void {
    const l = this.layout;
    let y = top;
    for (const item of items) {
      if (item.kind === "heading") {
        this.label(x, y, item.text(), l.font.body, { bold: true, color: Ui.accent, align: "center" }).setOrigin(0.5);
        y += Math.round(this.step * 0.8);
      } else {
        item.make(x, y, w);
        y += this.step;
      }
    }
  }

  private menuButton(testId: string, key: string, x: number, y: number, w: number, onPress: () => void): void {
    this.button({ testId, label: () => t(key), onPress, x, y, width: w, height: this.buttonH });
  }

  private playerName(): string {
    return (this.nameField?.value ?? readLocal(NAME_KEY) ?? "").slice(0, MAX_NAME);
  }

  /** A first-time player starts in Guided mode (numbers filled in, a hint always there). */
  private firstSettings(): { difficulty: "guided" } | undefined {
    return isFirstTime() ? { difficulty: "guided" } : undefined;
  }

  private createRoom(): void {
    void this.go(() => import("../net/connect").then((n) => n.createPrivate(this.playerName(), this.firstSettings())));
  }

  private join(): void {
    const code = this.typedCode();
    if (code) void this.go(() => import("../net/connect").then((n) => n.joinByCode(code, this.playerName())), code);
  }

  private watch(): void {
    const code = this.typedCode();
    if (code) void this.go(() => import("../net/connect").then((n) => n.spectate(code, this.playerName())), code);
  }

  /** The code in the field, or null after explaining what a code looks like. */
  private typedCode(): string | null {
    const raw = this.codeField?.value ?? "";
    if (isRoomCode(raw)) return normalizeRoomCode(raw);
    this.setNotice({ key: "net.error.badCode", kind: "error" });
    this.focusGroup.focus("menu.code");
    return null;
  }

  private quick(): void {
    void this.go(() => import("../net/connect").then((n) => n.quickMatch(this.playerName())));
  }

  private practice(bot: "tutor" | "trickster"): void {
    const first = bot === "tutor" ? this.firstSettings() : undefined;
    void this.go(() => import("../net/connect").then((n) => n.practice(bot, this.playerName(), first)));
  }

  /** Connects, then opens the lobby; a failure is explained at the bottom of the menu. */
  private async go(connect: () => Promise<NetSession>, code?: string): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.setNotice({ key: "net.connecting", kind: "info" });
    try {
      const session = await connect();
      if (!this.scene.isActive()) {
        await session.leave();
        return;
      }
      this.scene.start(SceneKey.Lobby, { session });
    } catch (err) {
      this.setNotice(joinErrorNotice(err, code));
    } finally {
      this.busy = false;
    }
  }

  /** "Explain a capture" (client/src/capture), loaded on demand. */
  private async openCaptureScreen(): Promise<void> {
    this.setNotice({ key: "loading.module", kind: "info" });
    if (!(await openCapture(this).catch(() => false))) this.setNotice({ key: "loading.failed", kind: "error" });
  }

  private async openQuiz(seed: string | undefined): Promise<void> {
    this.setNotice({ key: "loading.module", kind: "info" });
    const ok = await loadQuizScenes(this.game).catch(() => false);
    if (!ok) {
      this.setNotice({ key: "loading.failed", kind: "error" });
      return;
    }
    const launch: QuizLaunch = seed ? { seed } : {};
    this.scene.start(SceneKey.Quiz, launch);
  }
}
