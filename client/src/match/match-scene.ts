// The match screen: you are one TCP endpoint. It shows the two hosts and the wire, the
// ladder growing, the RFC state diagram you declare with, the composer, your timers, the
// score and the log, and says when the network waits for you. It draws what the source
// (the server, or the demo) sends and never judges anything itself.
import Phaser from "phaser";
import type { SegmentDraft, FinMode, PlayerView, Side } from "../../../shared/match/types";
import { peerIssKnown } from "./knowledge";
import { TCP_STATES, type TcpState } from "../../../shared/tcp/types";
import { getScenario } from "../../../shared/scenarios";
import { SceneKey } from "../shell/keys";
import { leaveNotice } from "../net/errors";
import type { Notice } from "../ui/notice";
import type { MatchLaunch } from "../net/types";
import { MatchModel } from "./model";
import { NetClock } from "./clock";
import type { MatchSource, PeerStatus } from "./sources/source";
import { LiveSource } from "./sources/live-source";
import { DemoSource } from "./sources/demo-source";
import { LocalSource } from "./sources/local-source";
import { prefill, toDraft, needsFinChoice } from "./composer";
import { FocusGroup, announce } from "../ui/focus";
import { Button } from "../ui/button";
import { Ui } from "../ui/palette";
import { sfx } from "../ui/sound";
import { getLanguage, onLanguageChanged, setLanguage, t } from "../i18n";
import { Frame } from "./views/frame";
import { WireView } from "./views/wire-view";
import { LadderView } from "./views/ladder-view";
import { StateDiagramView } from "./views/state-diagram-view";
import { ComposerView } from "./views/composer-view";
import { TimersView } from "./views/timers-view";
import { LogView } from "./views/log-view";
import { text } from "./views/draw";
import { FinDialog } from "./views/fin-dialog";
import { CalloutDialog } from "./views/callout-dialog";
import { TutorialView } from "./views/tutorial-view";
import { segmentLabel } from "./flags";
import { PromptView, feedbackTone } from "./views/prompt-view";
import { badgeLines, keyCommand, promptFor, scoreLine } from "./hud-text";
import { nextStep } from "./next-step";
import { firstTryStreak } from "./streak";
import type { AfterMatchLaunch } from "../debrief/launch";
import { publishMatch, publishScreenFacts } from "./test-view";
import { celebrate, pop } from "../ui/celebrate";
import { recordMatch, starsFor, type StarsEarned } from "./progress";

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
    callout: () => this.openCallout(),
  });
  private tutorial = new TutorialView(this, () => this.rebuild());
  private calloutDialog = new CalloutDialog(
    this,
    (segmentId, claim) => this.source.act({ type: "callout", segmentId, claim }),
    () => this.rebuild(),
  );
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
  /** The ISS values last shown (mine, and the peer's once known): a change is announced. */
  private shownIss: { mine: number | null; peer: number | null } = { mine: null, peer: null };
  private lastStreak = 0;
  /** The stars of the finished match (recorded once, when it ends). */
  private stars: StarsEarned | null = null;
  private celebrated = false;

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
    this.calloutDialog.targets = null;
    this.shownIss = { mine: null, peer: null };
    this.lastStreak = 0;
    this.stars = null;
    this.celebrated = false;
  }

  create(): void {
    this.focus = new FocusGroup(this);
    this.focus.onEscape = () => {
      if (this.fin.isOpen) this.fin.close();
      else if (this.calloutDialog.isOpen) this.calloutDialog.close();
      else this.tutorial.skip();
    };
    // A first-time player gets the tutorial (remembered once finished or skipped).
    this.tutorial.start();
    const l = this.launch;
    this.source = l.kind === "live" ? new LiveSource(l.session) : l.kind === "local" ? new LocalSource(l.scenarioId, l.difficulty, l.bot) : new DemoSource();
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
    this.cameras.main.fadeIn(250, 10, 21, 32);
    this.source.start({
      view: (view, wallNow) => {
        const firstView = this.model.view === null;
        const guidedBefore = this.model.view?.difficulty;
        this.clock.sync(view, wallNow);
        this.model.applyView(view);
        // The composer's "fill from hint" exists only in guided mode: rebuild when it changes.
        if (firstView || guidedBefore !== view.difficulty) this.rebuild();
        // Guided: a new debt fills the composer with what TCP would send (the player sends it);
        // with nothing owed (the very first SYN) the numbers a new segment carries are filled in.
        const hint = view.you?.hint ?? null;
        const numbers = view.you?.prefill ?? null;
        const hintKey = hint ? JSON.stringify([hint[0] ?? null, numbers]) : "";
        if (hintKey !== this.hintKey) {
          this.hintKey = hintKey;
          this.fillFromView();
        }
      },
      events: (events) => {
        this.model.applyEvents(events);
        for (const ev of events) {
          if (ev.type === "segment-arrived" && ev.to === this.model.me) sfx.play("receive");
          if (ev.type === "verdict" && ev.side === this.model.me) this.afterSent();
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
      left: (code) => {
        // Told why when the server closed it for good (another tab took the seat, a flood).
        const notice = code === undefined ? undefined : leaveNotice(code);
        const why = notice && notice.key !== "net.error.lost" ? { notice } : undefined;
        if (!this.leaving && !this.model.view?.ended && this.scene.isActive()) this.exit(why);
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
    this.calloutDialog.forget();
    this.tutorial.forget();
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
    if (this.model.view?.you !== null) this.composer.build(f, this.focus, this.model.view?.difficulty);
    if (this.fin.draft) this.fin.open(this.fin.draft, f, this.focus);
    if (this.calloutDialog.targets) this.calloutDialog.open(this.calloutDialog.targets, f, this.focus, this.calloutDialog.shown);
    this.focus.focus(focused, true);
    const me = this.model.view?.you?.side ?? null;
    if (me && !this.model.view?.ended) this.tutorial.build(f, this.focus, me, this.model.view?.you?.checkpoint != null);
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
    const bh = f.len(f.portrait ? 88 : 36);
    const other = getLanguage() === "zh" ? "en" : "zh";
    const mk = (testId: string, label: () => string, onPress: () => void, x: number): void => {
      const b = new Button(this, { testId, label, onPress, x, y: r.y + r.h / 2, width: bw, height: bh, fontSize: f.font("small") });
      b.onPointerFocus = (btn) => this.focus.focus(btn, true);
      this.focus.add(b);
    };
    mk("match.language", () => t(`common:language.${other}`), () => setLanguage(other), r.x + r.w - bw / 2 - f.len(8));
    mk("match.leave", () => t("match:hud.menu"), () => void this.leave(), r.x + r.w - bw * 1.5 - f.len(16));
    // Sounds on or off (a phone's bar has no room: its title screen has the switch).
    if (!f.portrait) {
      mk("match.sound", () => t(sfx.muted ? "common:sound.off" : "common:sound.on"), () => {
        sfx.toggleMute();
        this.rebuild();
      }, r.x + r.w - bw * 2.5 - f.len(24));
    }
  }

  override update(time: number): void {
    const view = this.model.view;
    if (!view) return;
    const net = this.clock.net();
    this.wire.update(this.model, net, time);
    this.model.prune(net, 5000);
    // The last segment now in flight lands at busyUntil: until then network time runs slowly.
    let busyUntil: number | null = null;
    for (const w of view.wire) if (w.arriveAt !== null && (busyUntil === null || w.arriveAt > busyUntil)) busyUntil = w.arriveAt;
    const rates = view.rates ?? { flying: this.clock.rate, idle: this.clock.rate };
    const profile = getScenario(view.scenarioId)?.profile ?? "rfc";
    this.timers.update(view.you?.timers ?? null, net, { busyUntil, rates, paused: this.clock.paused, profile });
    const you = view.you;
    const known = you ? view[you.side].revealed : null;
    const choices: readonly TcpState[] | null = you?.checkpoint ? (you.stateChoices ?? TCP_STATES) : null;
    this.diagram.update(known, choices);
    this.ladder.draw(view.ladder, you?.side ?? null);
    this.log.update(this.model.log, this.model.version);
    this.updateHud();
    if (this.model.version !== this.published) {
      this.published = this.model.version;
      if (you && this.tutorial.open) this.tutorial.watch(view, you.side);
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
    if (me && !view.ended) this.announceIss(view, me);
    const scenario = getScenario(view.scenarioId);
    const lang = getLanguage();
    const title = scenario ? `${scenario.number}. ${scenario.title[lang]}` : view.scenarioId === "demo" ? t("match:demo.title") : view.scenarioId;
    // A phone's bar has one short line: the scenario and the difficulty, without the game's name.
    const level = t(`match:hud.difficulty.${view.difficulty}`);
    this.barText?.setText(this.frame.portrait ? `${title} · ${level}` : `${t("common:app.title")} · ${title} · ${level}`);
    if (me) {
      const streak = firstTryStreak(view.ladder, me);
      // A streak that grows is celebrated (a pop of the score line; confetti from 3 on).
      if (streak > this.lastStreak && this.scoreText) {
        pop(this, this.scoreText);
        if (streak >= 3) celebrate(this, this.scoreText.x + this.frame.len(150), this.scoreText.y, this.frame.len(160), 16);
      }
      this.lastStreak = streak;
      this.scoreText?.setText(scoreLine(view, me, streak));
    }
    // The prompt says what is expected now; a mark tells it apart without colour.
    const you = view.you;
    if (view.ended && me && !this.stars) {
      this.stars = starsFor(view, me);
      recordMatch(view.scenarioId, this.stars.count);
    }
    const { prompt, color } = promptFor(view, me, this.stars);
    const task = scenario && me && !view.ended ? t("match:hud.task", { task: scenario[me].task[lang] }) : "";
    // A phone has no keyboard: its instructions say tap, never "press its key".
    const step = nextStep(view, me, this.model.flights.size > 0);
    const touch = this.frame.portrait && (step === "declare" || step === "owe");
    const nextLine = t(touch ? `match:next.touch.${step}` : `match:next.${step}`);
    this.promptView.setPrompt(prompt, color, nextLine, task);
    if (prompt !== this.lastPrompt) {
      // A screen reader hears what is expected now; a new checkpoint also chimes.
      if (you?.checkpoint && !this.lastPrompt.startsWith("⚑")) sfx.play("focus");
      this.lastPrompt = prompt;
      announce(prompt);
    }
    // The answer to the last action, as a badge (a new answer gets a new id, and shakes if bad).
    const fb = this.model.feedback;
    if (fb !== this.feedbackSeen.fb || this.localNote !== this.feedbackSeen.note) this.feedbackSeen = { fb, note: this.localNote, n: this.feedbackSeen.n + 1 };
    const lines = badgeLines(fb, this.localNote);
    const tone = this.localNote ? feedbackTone("local") : fb ? feedbackTone(fb.kind) : null;
    this.promptView.setFeedback(String(this.feedbackSeen.n), view.ended ? null : tone, lines, 0);
    publishScreenFacts({ badge: view.ended || !tone ? [] : lines, tutorial: this.tutorial.index, next: nextLine, dialog: this.dialogFacts(), score: this.scoreText?.text ?? "" });
    this.composer.setOwed(you?.hint?.length ?? null);
    if (view.ended && !this.debriefButton) this.showDebriefButton();
    // The goal reached: confetti over the prompt band, once.
    if (view.goalReached && !this.celebrated) {
      this.celebrated = true;
      const pr = this.frame.region("prompt");
      celebrate(this, pr.x + pr.w / 2, pr.y, Math.min(pr.w, this.frame.len(600)));
    }
  }

  /** Which dialog is open, and whether it is drawn above every diagram label it covers. */
  private dialogFacts(): { name: string; onTop: boolean; segmentId: number | null } | null {
    const panel = this.fin.isOpen ? this.fin.panel : this.calloutDialog.isOpen ? this.calloutDialog.panel : null;
    if (!panel) return null;
    const b = this.frame.region("diagram");
    const list = this.children.list;
    const under = (o: Phaser.GameObjects.GameObject & { depth: number }): boolean =>
      o.depth < panel.depth || (o.depth === panel.depth && list.indexOf(o) < list.indexOf(panel));
    const segmentId = this.calloutDialog.target?.id ?? null;
    return { name: this.fin.isOpen ? "fin" : "callout", onTop: this.diagram.labelsIn(b).every(under), segmentId };
  }

  /** After a restart both sides use new ISS values: say so rather than change numbers silently. */
  private announceIss(view: PlayerView, me: Side): void {
    const peerSide: Side = me === "A" ? "B" : "A";
    const mine = view[me].iss;
    const peer = peerIssKnown(view, me) ? view[peerSide].iss : null;
    const before = this.shownIss;
    this.shownIss = { mine, peer: peer ?? before.peer };
    if (before.mine !== null && mine !== before.mine) this.note("match:host.issChanged", { iss: mine });
    else if (before.peer !== null && peer !== null && peer !== before.peer) this.note("match:host.peerIssChanged", { iss: peer });
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

  /** The composer keeps what was typed until the segment is accepted: a refused one can be fixed, not retyped. */
  private sendDraft(draft: SegmentDraft, finMode?: FinMode): void {
    this.source.act(finMode ? { type: "segment", segment: draft, finMode } : { type: "segment", segment: draft });
    sfx.play("send");
  }

  /** A segment of mine went on the wire: the composer empties (guided fills in what comes next). */
  private afterSent(): void {
    this.composer.clear();
    this.fillFromView();
  }

  /** Expert: the peer's last segment (not a network copy) that has not been called out yet. */
  private openCallout(): void {
    const view = this.model.view;
    const me = view?.you?.side;
    if (!view || !me || view.ended) return;
    const called = new Set(view.ladder.flatMap((e) => (e.kind === "callout" ? [e.segmentId] : [])));
    const targets: { id: number; label: string }[] = [];
    for (const e of view.ladder) if (e.kind === "segment" && e.from !== me && e.copyOf === null && !called.has(e.id)) targets.unshift({ id: e.id, label: segmentLabel(e.segment) });
    if (targets.length === 0) {
      this.note("match:callout.none");
      return;
    }
    this.note(null);
    this.calloutDialog.open(targets, this.frame, this.focus);
  }

  private prefill(): void {
    if (!this.fillFromView()) this.note("match:composer.noHint");
  }

  /** Guided: the owed segment, else the numbers a new segment would carry (SND.NXT, RCV.NXT). */
  private fillFromView(): boolean {
    const you = this.model.view?.you;
    const hint = you?.hint?.[0];
    if (hint) {
      this.composer.set(prefill(hint));
      return true;
    }
    const numbers = you?.prefill;
    if (!numbers) return false;
    const known = this.model.view?.[you.side].revealed ?? null;
    // Before a SYN has arrived there is nothing to acknowledge: the ack field stays empty.
    const ack = known === "CLOSED" || known === "LISTEN" || known === "SYN_SENT" ? "" : String(numbers.ack);
    this.composer.set({ ...this.composer.state, seq: String(numbers.seq), ack });
    return true;
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
  private exit(why?: { notice: Notice }): void {
    if (this.launch.kind === "live" && this.launch.onExit) this.launch.onExit();
    else this.scene.start(SceneKey.Menu, why);
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
    if (this.calloutDialog.key(e.key)) return;
    const cmd = keyCommand(e.key, this.model.view?.difficulty === "expert");
    if (!cmd) return;
    // The letter must not land in a field, nor a digit scroll the page.
    if (cmd.kind !== "send") e.preventDefault();
    if (cmd.kind === "flag") this.composer.toggle(cmd.flag);
    else if (cmd.kind === "field") this.composer.focusField(cmd.field);
    else if (cmd.kind === "callout") this.openCallout();
    else if (cmd.kind === "clear") this.composer.clear();
    else if (cmd.kind === "listen") this.call("listen");
    else if (cmd.kind === "close") this.call("close");
    else if (cmd.kind === "declare") this.declare(cmd.state);
    else if (!this.focus.current) this.send();
  }
}
