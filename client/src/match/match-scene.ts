// The match screen: you are one TCP endpoint. It shows the two hosts and the wire, the
// ladder growing, the RFC state diagram you declare with, the composer, your timers, the
// score and the log, and says when the network waits for you. It draws what the source
// (the server, or the demo) sends and never judges anything itself.
import Phaser from "phaser";
import type { PlayerView, Side } from "../../../shared/match/types";
import { issChange, type ShownIss } from "./knowledge";
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
import { MatchActions } from "./match-actions";
import { FocusGroup, announce } from "../ui/focus";
import type { Button } from "../ui/button";
import { Ui } from "../ui/palette";
import { sfx } from "../ui/sound";
import { getLanguage, onLanguageChanged, t } from "../i18n";
import { Frame } from "./views/frame";
import { BarView } from "./views/bar-view";
import { WireView } from "./views/wire-view";
import { LadderView } from "./views/ladder-view";
import { StateDiagramView } from "./views/state-diagram-view";
import { ComposerView } from "./views/composer-view";
import { TimersView } from "./views/timers-view";
import { LogView } from "./views/log-view";
import { FinDialog } from "./views/fin-dialog";
import { CalloutDialog } from "./views/callout-dialog";
import { TutorialView } from "./views/tutorial-view";
import { PromptView, feedbackTone } from "./views/prompt-view";
import { badgeLines, barTitle, promptLines, scoreLine } from "./hud-text";
import { firstTryStreak } from "./streak";
import type { AfterMatchLaunch } from "../debrief/launch";
import { publishMatch, publishScreenFacts } from "./test-view";
import { celebrate } from "../ui/celebrate";
import { recordMatch, starsFor, type StarsEarned } from "./progress";
import { busyUntil } from "./timers";

export class MatchScene extends Phaser.Scene {
  private launch!: MatchLaunch;
  private source!: MatchSource;
  private model = new MatchModel();
  private clock = new NetClock();
  private frame!: Frame;
  private focus!: FocusGroup;
  private wire = new WireView(this);
  private ladder = new LadderView(this);
  private diagram = new StateDiagramView(this, (s) => this.actions.declare(s));
  private composer = new ComposerView(this, {
    send: () => this.actions.send(),
    listen: () => this.actions.call("listen"),
    close: () => this.actions.call("close"),
    prefill: () => this.actions.prefill(),
    callout: () => this.actions.openCallout(),
  });
  private tutorial = new TutorialView(this, () => this.rebuild());
  private calloutDialog = new CalloutDialog(
    this,
    (segmentId, claim) => this.source.act({ type: "callout", segmentId, claim }),
    () => this.rebuild(),
  );
  private bar = new BarView(this, { leave: () => void this.leave(), soundChanged: () => this.rebuild() });
  private timers = new TimersView(this);
  private log = new LogView(this);
  private promptView = new PromptView(this);
  private feedbackSeen: { fb: object | null; note: object | null; n: number } = { fb: null, note: null, n: 0 };
  private peer: PeerStatus | null = null;
  private fin = new FinDialog(
    this,
    (draft, mode) => this.actions.sendDraft(draft, mode),
    () => this.rebuild(),
  );
  private actions = new MatchActions({
    model: () => this.model,
    source: () => this.source,
    frame: () => this.frame,
    focus: () => this.focus,
    composer: this.composer,
    fin: this.fin,
    callout: this.calloutDialog,
    note: (key, params) => this.note(key, params),
  });
  private debriefButton: Button | null = null;
  private hudKey = "";
  private published = -1;
  private lastPrompt = "";
  private leaving = false;
  private localNote: { key: string; params?: Record<string, unknown> } | null = null;
  /** The ISS values last shown (mine, and the peer's once known): a change is announced. */
  private shownIss: ShownIss = { mine: null, peer: null };
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
    this.actions.reset();
    this.leaving = false;
    this.fin.draft = null;
    this.calloutDialog.targets = null;
    this.shownIss = { mine: null, peer: null };
    this.bar.reset();
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
    this.source =
      l.kind === "live"
        ? new LiveSource(l.session)
        : l.kind === "local"
          ? new LocalSource(l.scenarioId, l.difficulty, l.bot)
          : new DemoSource();
    const onKey = (e: KeyboardEvent): void => this.actions.onKey(e);
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
        this.actions.onView(view);
      },
      events: (events) => {
        this.model.applyEvents(events);
        this.actions.onEvents(events);
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
    this.bar.build(f, this.focus);
    this.wire.build(f);
    this.ladder.build(f.region("ladder"), t("match:ladder.title"), {
      font: f.font("small"),
      tiny: f.font("tiny"),
      row: f.len(f.portrait ? 26 : 21),
    });
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

  override update(time: number): void {
    const view = this.model.view;
    if (!view) return;
    const net = this.clock.net();
    this.wire.update(this.model, net, time);
    this.model.prune(net, 5000);
    const rates = view.rates ?? { flying: this.clock.rate, idle: this.clock.rate };
    const profile = getScenario(view.scenarioId)?.profile ?? "rfc";
    this.timers.update(view.you?.timers ?? null, net, { busyUntil: busyUntil(view.wire), rates, paused: this.clock.paused, profile });
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
    this.bar.setTitle(barTitle(view, this.frame.portrait));
    const streak = me ? firstTryStreak(view.ladder, me) : 0;
    if (me) this.bar.setScore(scoreLine(view, me, streak), streak);
    const you = view.you;
    if (view.ended && me && !this.stars) {
      this.stars = starsFor(view, me);
      recordMatch(view.scenarioId, this.stars.count);
    }
    const {
      prompt,
      color,
      next: nextLine,
      task,
    } = promptLines(view, me, this.stars, { portrait: this.frame.portrait, flying: this.model.flights.size > 0 });
    this.promptView.setPrompt(prompt, color, nextLine, task);
    if (prompt !== this.lastPrompt) {
      // A screen reader hears what is expected now; a new checkpoint also chimes.
      if (you?.checkpoint && !this.lastPrompt.startsWith("⚑")) sfx.play("focus");
      this.lastPrompt = prompt;
      announce(prompt);
    }
    // The answer to the last action, as a badge (a new answer gets a new id, and shakes if bad).
    const fb = this.model.feedback;
    if (fb !== this.feedbackSeen.fb || this.localNote !== this.feedbackSeen.note)
      this.feedbackSeen = { fb, note: this.localNote, n: this.feedbackSeen.n + 1 };
    const lines = badgeLines(fb, this.localNote);
    const tone = this.localNote ? feedbackTone("local") : fb ? feedbackTone(fb.kind) : null;
    this.promptView.setFeedback(String(this.feedbackSeen.n), view.ended ? null : tone, lines, 0);
    publishScreenFacts({
      badge: view.ended || !tone ? [] : lines,
      tutorial: this.tutorial.index,
      next: nextLine,
      dialog: this.dialogFacts(),
      score: this.bar.scoreText,
    });
    this.composer.setOwed(you?.hint?.length ?? null);
    this.composer.setActive(!view.ended);
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
    return {
      name: this.fin.isOpen ? "fin" : "callout",
      onTop: this.diagram.labelsUnder(panel),
      segmentId: this.calloutDialog.target?.id ?? null,
    };
  }

  /** After a restart both sides use new ISS values: say so rather than change numbers silently. */
  private announceIss(view: PlayerView, me: Side): void {
    const { shown, note } = issChange(view, me, this.shownIss);
    this.shownIss = shown;
    if (note) this.note(note.key, { iss: note.iss });
  }

  private showDebriefButton(): void {
    const toClass = this.launch.kind === "live" && this.launch.onExit !== undefined;
    this.debriefButton = this.promptView.showNext(this.focus, {
      testId: toClass ? "match.backToClass" : "match.debrief",
      label: () => (toClass ? t("classroom:match.back") : t("match:debrief.title")) + " ▶",
      onPress: () => (toClass ? void this.leave() : this.goDebrief()),
    });
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
}
