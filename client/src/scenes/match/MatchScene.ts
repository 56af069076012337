// The match screen: you are one TCP endpoint. It shows the two hosts and the wire, the
// ladder growing, the RFC state diagram you declare with, the composer, your timers, the
// score and the log, and says when the network waits for you. It draws what the source
// (the server, or the demo) sends and never judges anything itself.
import Phaser from "phaser";
import type { SegmentDraft, FinMode, Side } from "../../../../shared/match/types";
import { TCP_STATES, type TcpState } from "../../../../shared/tcp/types";
import { getScenario } from "../../../../shared/scenarios";
import { SceneKey } from "../keys";
import type { MatchLaunch } from "../../net/types";
import { MatchModel } from "../../match/model";
import { NetClock } from "../../match/clock";
import type { MatchSource, PeerStatus } from "../../match/source";
import { LiveSource } from "../../match/liveSource";
import { DemoSource } from "../../match/demoSource";
import { prefill, toDraft, needsFinChoice } from "../../match/composer";
import { FLAG_NAMES, FLAG_LOOK } from "../../match/flags";
import { stateForKey } from "../../match/stateDiagram";
import { FocusGroup, announce } from "../../ui/focus";
import { Button } from "../../ui/button";
import { Colors, Ui } from "../../ui/palette";
import { sfx } from "../../ui/sound";
import { getLanguage, onLanguageChanged, setLanguage, t } from "../../i18n";
import { Frame } from "./frame";
import { WireView } from "./wireView";
import { LadderView } from "./ladderView";
import { StateDiagramView } from "./stateDiagramView";
import { ComposerView } from "./composerView";
import { TimersView } from "./timersView";
import { LogView } from "./logView";
import { text } from "./draw";
import { FinDialog } from "./finDialog";
import { PromptView, feedbackTone } from "./promptView";
import { nextStep } from "../../match/nextStep";
import { firstTryStreak } from "../../match/streak";
import type { AfterMatchLaunch } from "../debrief/launch";
import { publishMatch } from "../../match/testView";

export class MatchScene extends Phaser.Scene {
  private launch!: MatchLaunch;
  private source!: MatchSource;
  private model = new MatchModel();
  private clock = new NetClock();
  private frame!: Frame;
  private focus!: FocusGroup;
  private wire = new WireView(this);
  private ladder = new LadderView(this);
  private diagram = new StateDiagramView(this, (s) => this.declare(s));
  private composer = new ComposerView(this, {
    send: () => this.send(),
    listen: () => this.call("listen"),
    close: () => this.call("close"),
    prefill: () => this.prefill(),
  });
  private timers = new TimersView(this);
  private log = new LogView(this);
  private barText: Phaser.GameObjects.Text | null = null;
  private scoreText: Phaser.GameObjects.Text | null = null;
  private promptView = new PromptView(this);
  private feedbackSeen: { fb: object | null; note: object | null; n: number } = { fb: null, note: null, n: 0 };
  private peer: PeerStatus | null = null;
  private fin = new FinDialog(
    this,
    (draft, mode) => this.sendDraft(draft, mode),
    () => this.rebuild(),
  );
  private debriefButton: Button | null = null;
  private hudKey = "";
  private published = -1;
  private lastPrompt = "";
  private hintKey = "";
  private leaving = false;
  private localNote: { key: string; params?: Record<string, unknown> } | null = null;

  constructor() {
    super(SceneKey.Match);
  }

  init(data: MatchLaunch): void {
    this.launch = data;
    this.model = new MatchModel();
    this.clock = new NetClock();
    this.peer = null;
    this.hintKey = "";
    this.leaving = false;
    this.fin.draft = null;
  }

  create(): void {
    this.focus = new FocusGroup(this);
    this.focus.onEscape = () => this.fin.close();
    this.source = this.launch.kind === "live" ? new LiveSource(this.launch.session) : new DemoSource();
    const onKey = (e: KeyboardEvent): void => this.onKey(e);
    window.addEventListener("keydown", onKey);
    const onResize = (): void => this.rebuild();
    this.scale.on("resize", onResize);
    const offLang = onLanguageChanged(() => this.rebuild());
    this.events.once("shutdown", () => {
      window.removeEventListener("keydown", onKey);
      this.scale.off("resize", onResize);
      offLang();
      this.source.stop();
      this.composer.destroy();
    });
    this.rebuild();
    this.source.start({
      view: (view, wallNow) => {
        const firstView = this.model.view === null;
        const guidedBefore = this.model.view?.difficulty;
        this.clock.sync(view, wallNow);
        this.model.applyView(view);
        // The composer's "fill from hint" exists only in guided mode: rebuild when it changes.
        if (firstView || guidedBefore !== view.difficulty) this.rebuild();
        // Guided: a new debt fills the composer with what TCP would send (the player sends it).
        const hint = view.you?.hint ?? null;
        const hintKey = hint ? JSON.stringify(hint[0] ?? null) : "";
        if (hintKey !== this.hintKey) {
          this.hintKey = hintKey;
          if (hint?.[0]) this.composer.set(prefill(hint[0]));
        }
      },
      events: (events) => {
        this.model.applyEvents(events);
        for (const ev of events) {
          if (ev.type === "segment-arrived" && ev.to === this.model.me) sfx.play("receive");
          if (ev.type === "declared" && ev.side === this.model.me) sfx.play(ev.right ? "success" : "error");
          if (ev.type === "rejected" && ev.side === this.model.me) sfx.play("error");
          if (ev.type === "goal") sfx.play("success");
        }
      },
      error: (err) => {
        this.model.onError(err.code, err.detail);
        sfx.play("error");
      },
      peer: (p) => {
        this.peer = p;
        this.published = -1;
      },
      // A finished match stays on screen (its debrief needs no room); otherwise back to the menu.
      left: () => {
        if (!this.leaving && !this.model.view?.ended && this.scene.isActive()) this.exit();
      },
    });
  }

  /** Everything is drawn again after a resize or a language switch; typed values stay. */
  private rebuild(): void {
    const focused = this.focus.current?.testId ?? "match.flag.SYN";
    this.composer.destroy();
    this.children.removeAll(true);
    this.focus.clear();
    this.fin.forget();
    this.debriefButton = null;
    this.hudKey = "";
    this.frame = new Frame(this.scale.width, this.scale.height, { stretch: true });
    this.cameras.main.setBackgroundColor(Ui.bg);
    const f = this.frame;
    this.buildBar();
    this.wire.build(f);
    this.ladder.build(f.region("ladder"), t("match:ladder.title"), { font: f.font("small"), tiny: f.font("tiny"), row: f.len(f.portrait ? 26 : 21) });
    this.diagram.build(f, this.focus);
    this.timers.build(f);
    this.log.build(f);
    this.promptView.build(f);
    // A spectator watches: no composer, nothing to declare.
    if (this.model.view?.you !== null) this.composer.build(f, this.focus, this.model.view?.difficulty === "guided");
    if (this.fin.draft) this.fin.open(this.fin.draft, f, this.focus);
    this.focus.focus(focused, true);
  }

  private buildBar(): void {
    const f = this.frame;
    const r = f.region("bar");
    const g = this.add.graphics();
    g.fillStyle(Ui.bgDeep, 1).fillRect(0, 0, this.scale.width, r.y + r.h);
    this.barText = text(this, r.x + f.len(10), r.y + r.h / 2, "", f.font("small"), { bold: true, color: Ui.accent }).setOrigin(0, 0.5);
    this.scoreText = text(this, r.x + r.w * (f.portrait ? 0.02 : 0.42), r.y + r.h * (f.portrait ? 0.78 : 0.5), "", f.font("body"), { bold: true }).setOrigin(0, 0.5);
    if (f.portrait) this.barText.setY(r.y + r.h * 0.28).setWordWrapWidth(r.w * 0.52, true).setMaxLines(1);
    const bw = f.len(f.portrait ? 150 : 130);
    const bh = f.len(f.portrait ? 44 : 36);
    const other = getLanguage() === "zh" ? "en" : "zh";
    const mk = (testId: string, label: () => string, onPress: () => void, x: number): void => {
      const b = new Button(this, { testId, label, onPress, x, y: r.y + r.h / 2, width: bw, height: bh, fontSize: f.font("small") });
      b.onPointerFocus = (btn) => this.focus.focus(btn, true);
      this.focus.add(b);
    };
    mk("match.language", () => t(`common:language.${other}`), () => setLanguage(other), r.x + r.w - bw / 2 - f.len(8));
    mk("match.leave", () => t("match:hud.menu"), () => void this.leave(), r.x + r.w - bw * 1.5 - f.len(16));
  }

  override update(time: number): void {
    const view = this.model.view;
    if (!view) return;
    const net = this.clock.net();
    this.wire.update(this.model, net, time);
    this.model.prune(net, 5000);
    this.timers.update(view.you?.timers ?? null, net, this.clock.rate);
    const you = view.you;
    const known = you ? view[you.side].revealed : null;
    const choices: readonly TcpState[] | null = you?.checkpoint ? (you.stateChoices ?? TCP_STATES) : null;
    this.diagram.update(known, choices);
    this.ladder.draw(view.ladder, you?.side ?? null);
    this.log.update(this.model.log, this.model.version);
    this.updateHud();
    if (this.model.version !== this.published) {
      this.published = this.model.version;
      publishMatch(this.model, this.peer?.reconnecting === true, this.source.matchId());
    }
  }

  private updateHud(): void {
    const view = this.model.view!;
    const me = view.you?.side ?? null;
    const key = `${this.model.version}|${view.waitingFor.join()}|${JSON.stringify(this.peer)}|${this.localNote?.key}|${getLanguage()}|${view.ended !== null}`;
    if (key === this.hudKey) return;
    this.hudKey = key;
    this.wire.updateHosts(view, this.peer?.reconnecting === true);
    const scenario = getScenario(view.scenarioId);
    const lang = getLanguage();
    const title = scenario ? `${scenario.number}. ${scenario.title[lang]}` : view.scenarioId === "demo" ? t("match:demo.title") : view.scenarioId;
    this.barText?.setText(`${t("common:app.title")} · ${title} · ${t(`match:hud.difficulty.${view.difficulty}`)}`);
    if (me) {
      const peer: Side = me === "A" ? "B" : "A";
      const streak = firstTryStreak(view.ladder, me);
      this.scoreText?.setText(
        `${t("match:hud.score", { score: view[me].score.total })}   ${t("match:hud.streak", { streak })}   ${t("match:hud.peerScore", { score: view[peer].score.total })}`,
      );
    }
    // The prompt says what is expected now; a mark tells it apart without colour.
    const you = view.you;
    let prompt: string;
    let color: number = Ui.text;
    if (view.ended) {
      prompt = `✓ ${t(view.goalReached ? "match:hud.goalReached" : "match:log.ended")}`;
      color = Colors.bluishGreen;
    } else if (you?.checkpoint) {
      prompt = `⚑ ${t(you.stateChoices ? "match:declare.guidedPrompt" : "match:declare.prompt")}`;
      color = Colors.yellow;
    } else if (me && view.waitingFor.includes(me)) {
      prompt = `‖ ${t("match:wire.waits")}`;
      color = Colors.yellow;
    } else if (view.waitingFor.length > 0) {
      prompt = `‖ ${t("match:wire.waitsPeer")}`;
    } else {
      prompt = `▶ ${t("match:wire.running")}`;
    }
    const task = scenario && me && !view.ended ? t("match:hud.task", { task: scenario[me].task[lang] }) : "";
    this.promptView.setPrompt(prompt, color, t(`match:next.${nextStep(view, me, this.model.flights.size > 0)}`), task);
    if (prompt !== this.lastPrompt) {
      // A screen reader hears what is expected now; a new checkpoint also chimes.
      if (you?.checkpoint && !this.lastPrompt.startsWith("⚑")) sfx.play("focus");
      this.lastPrompt = prompt;
      announce(prompt);
    }
    // The answer to the last action, as a badge (a new answer gets a new id, and shakes if bad).
    const fb = this.model.feedback;
    if (fb !== this.feedbackSeen.fb || this.localNote !== this.feedbackSeen.note) this.feedbackSeen = { fb, note: this.localNote, n: this.feedbackSeen.n + 1 };
    const lines: string[] = [];
    if (this.localNote) lines.push(t(this.localNote.key, this.localNote.params));
    // A first wrong answer says plainly that a second try is open.
    else if (fb?.kind === "declared-wrong" && fb.state) lines.push(t("match:declare.wrong", { state: fb.state }));
    else if (fb) for (const l of fb.lines) lines.push(t(`match:${l.key}`, l.params), ...l.explain.map((e) => `→ ${t(`match:${e.key}`, e.params)}`));
    const tone = this.localNote ? feedbackTone("local") : fb ? feedbackTone(fb.kind) : null;
    this.promptView.setFeedback(String(this.feedbackSeen.n), view.ended ? null : tone, lines, 0);
    this.composer.setOwed(you?.hint?.length ?? null);
    if (view.ended && !this.debriefButton) this.showDebriefButton();
  }

  private showDebriefButton(): void {
    const f = this.frame;
    const pr = f.region("prompt");
    const w = f.len(220);
    const toClass = this.launch.kind === "live" && this.launch.onExit !== undefined;
    this.debriefButton = new Button(this, {
      testId: toClass ? "match.backToClass" : "match.debrief",
      label: () => (toClass ? t("classroom:match.back") : t("match:debrief.title")) + " ▶",
      onPress: () => (toClass ? void this.leave() : this.goDebrief()),
      x: pr.x + pr.w - w / 2 - f.len(6),
      // A phone's band is tall: the button sits at its bottom, the size of the others.
      y: f.portrait ? pr.y + pr.h - f.len(34) : pr.y + pr.h / 2,
      width: w,
      height: f.portrait ? f.len(60) : pr.h - f.len(8),
      fontSize: f.font("body"),
      primary: true,
    });
    this.debriefButton.onPointerFocus = (btn) => this.focus.focus(btn, true);
    this.focus.add(this.debriefButton);
    this.focus.focus(this.debriefButton, true);
  }

  private goDebrief(): void {
    const view = this.model.view;
    if (!view) return;
    const launch: AfterMatchLaunch = {
      kind: "after-match",
      view,
      mistakes: this.model.mistakes,
      matchId: this.source.matchId(),
      session: this.launch.kind === "live" ? this.launch.session : null,
    };
    this.scene.start(SceneKey.Debrief, launch);
  }

  // ---- actions ---------------------------------------------------------------------------

  private declare(state: TcpState): void {
    if (!this.model.view?.you?.checkpoint) {
      this.note("match:declare.none");
      return;
    }
    this.note(null);
    this.source.act({ type: "declare", state });
  }

  private call(call: "listen" | "close"): void {
    this.note(null);
    this.source.act({ type: "call", call });
    sfx.play("send");
  }

  private send(): void {
    const result = toDraft(this.composer.state);
    if ("problem" in result) {
      this.note(`match:composer.problem.${result.problem}`);
      return;
    }
    this.note(null);
    const you = this.model.view?.you;
    const known = you ? (this.model.view?.[you.side].revealed ?? null) : null;
    if (needsFinChoice(result.draft, known)) {
      this.fin.open(result.draft, this.frame, this.focus);
      return;
    }
    this.sendDraft(result.draft);
  }

  private sendDraft(draft: SegmentDraft, finMode?: FinMode): void {
    this.source.act(finMode ? { type: "segment", segment: draft, finMode } : { type: "segment", segment: draft });
    sfx.play("send");
    this.composer.clear();
  }

  private prefill(): void {
    const hint = this.model.view?.you?.hint?.[0];
    if (hint) this.composer.set(prefill(hint));
  }

  private note(key: string | null, params?: Record<string, unknown>): void {
    this.localNote = key ? { key, ...(params ? { params } : {}) } : null;
    this.hudKey = "";
  }

  private async leave(): Promise<void> {
    this.leaving = true;
    if (this.launch.kind === "live") await this.launch.session.leave();
    this.exit();
  }

  /** Back where the match was opened from: the menu, or a classroom page. */
  private exit(): void {
    if (this.launch.kind === "live" && this.launch.onExit) this.launch.onExit();
    else this.scene.start(SceneKey.Menu);
  }

  // ---- keyboard --------------------------------------------------------------------------

  /** Shortcuts: S A F R P flags, Q W D fields, L listen(), C close(), 1–9 0 - declare. */
  private onKey(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const inInput = document.activeElement instanceof HTMLInputElement;
    if (inInput) {
      if (e.key === "Escape") {
        (document.activeElement as HTMLInputElement).blur();
        this.focus.focus("match.send", true);
      }
      return;
    }
    if (this.fin.key(e.key)) return;
    const k = e.key.length === 1 ? e.key.toUpperCase() : e.key;
    const flag = FLAG_NAMES.find((n) => FLAG_LOOK[n].letter === k);
    if (flag) {
      e.preventDefault();
      this.composer.toggle(flag);
      return;
    }
    const field = k === "Q" ? "seq" : k === "W" ? "ack" : k === "D" ? "data" : null;
    if (field) {
      e.preventDefault(); // the letter must not land in the field
      this.composer.focusField(field);
      return;
    }
    if (k === "L") return this.call("listen");
    if (k === "C") return this.call("close");
    const state = stateForKey(e.key);
    if (state) {
      e.preventDefault();
      this.declare(state);
      return;
    }
    if (e.key === "Enter" && !this.focus.current) this.send();
  }
}
