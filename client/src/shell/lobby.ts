// Lobby: the room code, big enough to read from the back of a classroom; the invite link;
// both endpoints with their ready flags; scenario and difficulty; then the match.
import { ShellScene } from "./shell-scene";
import { SceneKey } from "./keys";
import type { Layout } from "../ui/layout";
import { Ui } from "../ui/palette";
import { getLanguage, t } from "../i18n";
import type { NetSession } from "../net/session";
import type { MatchLaunch } from "../net/types";
import { leaveNotice, serverErrorNotice } from "../net/errors";
import { loadMatchScenes } from "./lazy";
import { loadScenarioChoices, type ScenarioChoice } from "./scenarios";
import { registerTestHandle } from "../debug/registry";
import { sfx } from "../ui/sound";
import type { RoomStateShape, SeatStateShape } from "../../../shared/protocol/room-state";

const DIFFICULTIES = ["guided", "standard", "expert"] as const;

export class LobbyScene extends ShellScene {
  private session!: NetSession;
  private scenarios: ScenarioChoice[] = [];
  private offs: Array<() => void> = [];
  private starting = false;
  private leaving = false;

  constructor() {
    super(SceneKey.Lobby);
  }

  init(data: { session: NetSession }): void {
    this.session = data.session;
    this.starting = false;
    this.leaving = false;
  }

  override create(): void {
    super.create();
    const s = this.session;
    this.offs = [
      s.onState(() => this.onState()),
      s.on("error", (e) => this.setNotice(serverErrorNotice(e.code))),
      // The room went away (closed, or reconnection gave up): back to the menu, saying why.
      s.onLeave((code) => {
        if (!this.leaving) this.scene.start(SceneKey.Menu, { notice: leaveNotice(code) });
      }),
      s.onConnection((up) => this.setNotice(up ? { key: "net.resumed", kind: "good" } : { key: "net.reconnecting", kind: "info" })),
    ];
    this.events.once("shutdown", () => {
      for (const off of this.offs) off();
      this.offs = [];
    });
    void loadScenarioChoices().then((list) => {
      this.scenarios = list;
      if (this.scene.isActive()) this.rebuild();
    });
    this.onState();
  }

  protected defaultFocus(): string {
    return this.session.seat === "spectator" ? "lobby.leave" : "lobby.ready";
  }

  protected override onBack(): void {
    void this.leave();
  }

  protected build(l: Layout): void {
    const state = this.session.state;
    const seat = this.session.seat;

    // The code: huge, spaced letters, readable on a projector from the back row.
    const codeLabelY = l.headingY - l.font.heading / 2;
    this.label(l.cx, codeLabelY, t("lobby.code"), l.font.body, { color: Ui.textDim, align: "center" }).setOrigin(0.5);
    const codeY = codeLabelY + l.font.body / 2 + l.gap / 2 + l.font.code / 2;
    const code = this.label(l.cx, codeY, this.session.code.split("").join(" "), l.font.code, {
      bold: true,
      color: Ui.focus,
      align: "center",
    }).setOrigin(0.5);
    const unreg = registerTestHandle("lobby.code", () => ({
      x: code.x - code.displayWidth / 2,
      y: code.y - code.displayHeight / 2,
      width: code.displayWidth,
      height: code.displayHeight,
      label: this.session.code,
      focused: false,
      enabled: true,
    }));
    this.events.once("shutdown", unreg);

    const y = codeY + l.font.code / 2 + l.gap * 1.5;
    const colW = l.columnWidth;
    const leftX = l.portrait ? l.cx : l.cx - colW / 2 - l.gap / 2;
    const rightX = l.portrait ? l.cx : l.cx + colW / 2 + l.gap / 2;

    // Left: the two endpoints.
    let ly = y;
    for (const side of ["A", "B"] as const) {
      const s = state?.seats.get(side);
      const line = this.label(leftX - colW / 2, ly, this.seatLine(side, s, seat === side), l.font.body, { wrapWidth: colW }).setOrigin(
        0,
        0.5,
      );
      const status = this.seatStatus(s);
      if (status) {
        const st = this.label(leftX + colW / 2, ly, status, l.font.small, { color: s?.ready ? Ui.good : Ui.textDim }).setOrigin(1, 0.5);
        // A long name (or Chinese text) would run into the status: it goes on its own line then.
        if (line.width + st.width + l.gap > colW) {
          st.setOrigin(0, 0.5).setPosition(leftX - colW / 2 + l.gap, ly + line.height / 2 + st.height / 2 + 2);
          ly += st.height + 2;
        }
      }
      ly += Math.max(l.menuStep, line.height + l.gap / 2);
    }
    const hint = this.label(
      leftX - colW / 2,
      ly - l.gap,
      t(seat === "spectator" ? "lobby.spectating" : state?.mode === "practice" ? "lobby.practiceHint" : "lobby.waitingPeer"),
      l.font.small,
      { color: Ui.textDim, wrapWidth: colW },
    ).setOrigin(0, 0);
    ly = hint.y + hint.height + l.gap / 2;
    // The scenario's briefing (from shared/scenarios), so both know what they are about to do.
    const scen = this.scenarios.find((c) => c.id === state?.scenarioId);
    if (scen?.briefing) {
      const brief = this.label(leftX - colW / 2, ly, scen.briefing[getLanguage()], l.font.small, { wrapWidth: colW }).setOrigin(0, 0);
      ly = brief.y + brief.height;
    }

    // Right: settings and actions.
    let ry = l.portrait ? ly + l.gap * 1.5 + l.font.body / 2 : y;
    const canConfigure = !!state?.configurable && seat !== "spectator";
    const scenName = scen ? `${scen.number}. ${scen.title[getLanguage()]}` : (state?.scenarioId ?? "");
    this.label(rightX, ry, t("lobby.scenario", { name: scenName }), l.font.body, { align: "center", wrapWidth: colW }).setOrigin(0.5);
    ry += l.menuStep * 0.8;
    const half = (colW - l.gap) / 2;
    const canCycle = canConfigure && this.scenarios.length > 1;
    this.button({
      testId: "lobby.scenario.prev",
      label: () => `◀ ${t("lobby.prevScenario")}`,
      onPress: () => this.cycleScenario(-1),
      x: rightX - half / 2 - l.gap / 2,
      y: ry,
      width: half,
      height: l.buttonHeight,
      fontSize: l.font.small,
      enabled: canCycle,
    });
    this.button({
      testId: "lobby.scenario.next",
      label: () => `${t("lobby.nextScenario")} ▶`,
      onPress: () => this.cycleScenario(1),
      x: rightX + half / 2 + l.gap / 2,
      y: ry,
      width: half,
      height: l.buttonHeight,
      fontSize: l.font.small,
      enabled: canCycle,
    });
    ry += l.menuStep;
    const diff = state?.difficulty ?? "standard";
    this.button({
      testId: "lobby.difficulty",
      label: () => t("lobby.difficulty", { name: t(`difficulty.${diff}`) }),
      onPress: () => this.cycleDifficulty(),
      x: rightX,
      y: ry,
      width: colW,
      height: l.buttonHeight,
      enabled: canConfigure,
    });
    ry += l.menuStep;
    const mine = seat === "spectator" ? undefined : state?.seats.get(seat);
    this.button({
      testId: "lobby.ready",
      label: () => t(mine?.ready ? "lobby.unready" : "lobby.ready"),
      onPress: () => this.session.send("ready", { ready: !mine?.ready }),
      x: rightX,
      y: ry,
      width: colW,
      height: l.buttonHeight,
      primary: true,
      selected: !!mine?.ready,
      enabled: seat !== "spectator",
    });
    ry += l.menuStep;
    this.button({
      testId: "lobby.copyLink",
      label: () => t("lobby.copyLink"),
      onPress: () => void this.copyLink(),
      x: rightX - half / 2 - l.gap / 2,
      y: ry,
      width: half,
      height: l.buttonHeight,
      fontSize: l.font.small,
    });
    this.button({
      testId: "lobby.leave",
      label: () => t("lobby.leave"),
      onPress: () => void this.leave(),
      x: rightX + half / 2 + l.gap / 2,
      y: ry,
      width: half,
      height: l.buttonHeight,
      fontSize: l.font.small,
    });
    if (!canConfigure && seat !== "spectator" && state) {
      this.label(rightX, ry + l.menuStep * 0.7, t("lobby.fixedSettings"), l.font.small, { color: Ui.textDim, align: "center" }).setOrigin(
        0.5,
        0,
      );
    }
  }

  private seatLine(side: "A" | "B", s: SeatStateShape | undefined, you: boolean): string {
    const role = s?.role ? t(`role.${s.role}`) : "";
    const head = t("lobby.seat", { side, role });
    if (!s || s.kind === "empty") return t("lobby.seatLine", { seat: head, who: t("lobby.empty") });
    const who = s.kind === "bot" ? t("lobby.bot", { name: s.name || s.bot }) : s.name || "?";
    return t(you ? "lobby.seatLineYou" : "lobby.seatLine", { seat: head, who });
  }

  /** Ready or not, in words and a mark (never colour alone). */
  private seatStatus(s: SeatStateShape | undefined): string {
    if (!s || s.kind === "empty") return "";
    return s.reconnecting ? t("lobby.reconnecting") : s.ready ? t("lobby.isReady") : t("lobby.notReady");
  }

  private onState(): void {
    const state: RoomStateShape | undefined = this.session.state;
    if (!state || this.starting) return;
    if (state.phase === "playing") {
      void this.startMatch();
      return;
    }
    if (this.layout) this.rebuild();
  }

  private async startMatch(): Promise<void> {
    this.starting = true;
    this.setNotice({ key: "lobby.starting", kind: "good" });
    sfx.play("success");
    const ok = await loadMatchScenes(this.game).catch(() => false);
    if (!ok) {
      this.starting = false;
      this.setNotice({ key: "loading.failed", kind: "error" });
      return;
    }
    const launch: MatchLaunch = { kind: "live", session: this.session, seat: this.session.seat, resumed: false };
    this.scene.start(SceneKey.Match, launch);
  }

  private cycleScenario(dir: 1 | -1): void {
    const ids = this.scenarios.map((s) => s.id);
    const i = ids.indexOf(this.session.state?.scenarioId ?? "");
    const next = ids[(((Math.max(i, 0) + dir) % ids.length) + ids.length) % ids.length];
    if (next) this.session.send("configure", { scenarioId: next });
  }

  private cycleDifficulty(): void {
    const cur = DIFFICULTIES.indexOf(this.session.state?.difficulty ?? "standard");
    this.session.send("configure", { difficulty: DIFFICULTIES[(cur + 1) % DIFFICULTIES.length] });
  }

  private async copyLink(): Promise<void> {
    const link = `${location.origin}${location.pathname}?room=${this.session.code}`;
    try {
      await navigator.clipboard.writeText(link);
      this.setNotice({ key: "lobby.copied", params: { link }, kind: "good" });
    } catch {
      // No clipboard (plain http, or permission refused): show the link to copy by hand.
      this.setNotice({ key: "lobby.copyFailed", params: { link }, kind: "info" });
    }
  }

  private async leave(): Promise<void> {
    this.leaving = true;
    await this.session.leave();
    this.scene.start(SceneKey.Menu);
  }
}
