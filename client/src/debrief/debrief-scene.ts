// The debrief: step forwards and backwards through the ladder (B / N, or the buttons), each
// step and each mistake explained with its concept, the scenario's own debrief text from the
// seed, the score breakdown of both sides, a rematch with roles swapped, and the match as
// JSON and .pcap from the server's replay routes.
import Phaser from "phaser";
import type { LadderEntry, ScoreSheet, Side } from "../../../shared/match/types";
import type { WholeViewMessage } from "../../../shared/protocol";
import { getScenario } from "../../../shared/scenarios";
import { SceneKey } from "../shell/keys";
import type { MatchLaunch } from "../net/types";
import { rememberFinishedMatch } from "../net/recent";
import { FocusGroup } from "../ui/focus";
import { Button } from "../ui/button";
import { Colors, Ui } from "../ui/palette";
import { getLanguage, onLanguageChanged, setLanguage, t } from "../i18n";
import { Frame, type Rect } from "../match/views/frame";
import { LadderView } from "../match/views/ladder-view";
import { panel, text } from "../match/views/draw";
import type { AnyDebriefLaunch } from "./launch";
import { explainEntry, mistakeSteps } from "./explain";
import { publishDebrief } from "../match/test-view";

interface DebriefData {
  scenarioId: string;
  ladder: LadderEntry[];
  me: Side | null;
  scores: { A: ScoreSheet; B: ScoreSheet } | null;
  matchId: string | null;
}

const ROWS: (keyof ScoreSheet)[] = ["segments", "declarations", "streak", "speed", "goal", "penalties", "callouts"];

export class DebriefScene extends Phaser.Scene {
  private launch!: AnyDebriefLaunch;
  private data_: DebriefData | null = null;
  private step = 0;
  private focus!: FocusGroup;
  private frame!: Frame;
  private ladder = new LadderView(this);
  private stepText: Phaser.GameObjects.Text | null = null;
  private explainText: Phaser.GameObjects.Text | null = null;
  private status: string | null = null;
  private rematchAsked = false;

  constructor() {
    super(SceneKey.Debrief);
  }

  init(data: AnyDebriefLaunch): void {
    this.launch = data;
    this.data_ = null;
    this.step = 0;
    this.status = null;
    this.rematchAsked = false;
  }

  create(): void {
    this.focus = new FocusGroup(this);
    this.focus.onEscape = () => void this.toMenu();
    const onKey = (e: KeyboardEvent): void => {
      if (e.altKey || e.ctrlKey || e.metaKey || document.activeElement instanceof HTMLInputElement) return;
      const k = e.key.toUpperCase();
      if (k === "N" || k === ".") this.move(1);
      if (k === "B" || k === ",") this.move(-1);
      if (k === "M") this.nextMistake();
    };
    window.addEventListener("keydown", onKey);
    const onResize = (): void => this.rebuild();
    this.scale.on("resize", onResize);
    const offLang = onLanguageChanged(() => this.rebuild());
    const offs: (() => void)[] = [];
    this.events.once("shutdown", () => {
      window.removeEventListener("keydown", onKey);
      this.scale.off("resize", onResize);
      offLang();
      for (const off of offs) off();
    });
    if (this.launch.kind === "after-match") {
      const { view, matchId, session } = this.launch;
      const ended = view.ended;
      this.data_ = {
        scenarioId: view.scenarioId,
        ladder: view.ladder,
        me: view.you?.side ?? null,
        scores: ended ? { A: view.A.score, B: view.B.score } : null,
        matchId,
      };
      this.step = 0;
      if (matchId) {
        const s = getScenario(view.scenarioId);
        rememberFinishedMatch({ matchId, label: s ? `${s.number}. ${s.title[getLanguage()]}` : view.scenarioId, at: Date.now() });
      }
      if (session) {
        // A rematch starts a new match in the same room: its first view brings us back.
        const current = session.latest("view")?.matchNumber ?? 0;
        offs.push(
          session.on("view", (m: WholeViewMessage) => {
            if (m.matchNumber > current) {
              const launch: MatchLaunch = { kind: "live", session, seat: session.seat, resumed: false };
              this.scene.start(SceneKey.Match, launch);
            }
          }),
        );
      }
    } else {
      this.status = t("match:debrief.loading");
      void this.fetchReplay(this.launch.matchId);
    }
    this.rebuild();
  }

  private async fetchReplay(id: string): Promise<void> {
    try {
      const res = await fetch(`/api/matches/${encodeURIComponent(id)}/replay.json`);
      if (!res.ok) throw new Error(String(res.status));
      const json = (await res.json()) as {
        scenarioId: string;
        ladder: LadderEntry[];
        result?: { sheets?: { A: ScoreSheet; B: ScoreSheet } };
      };
      this.data_ = { scenarioId: json.scenarioId, ladder: json.ladder, me: null, scores: json.result?.sheets ?? null, matchId: id };
      this.step = 0;
      this.status = null;
    } catch {
      this.status = t("match:debrief.loadFailed");
    }
    if (this.scene.isActive()) this.rebuild();
  }

  private move(d: 1 | -1): void {
    const n = this.data_?.ladder.length ?? 0;
    if (n === 0) return;
    this.step = Math.min(n - 1, Math.max(0, this.step + d));
    this.drawStep();
  }

  /** Jumps to the next step where the player went wrong (wrapping around). */
  private nextMistake(): void {
    const d = this.data_;
    if (!d) return;
    const steps = mistakeSteps(d.ladder, d.me);
    if (steps.length === 0) return;
    this.step = steps.find((i) => i > this.step) ?? steps[0]!;
    this.drawStep();
  }

  private rebuild(): void {
    const focused = this.focus.current?.testId ?? "debrief.next";
    this.children.removeAll(true);
    this.focus.clear();
    // A phone taller than the portrait design gets the extra height (for the debrief's text).
    const plain = new Frame(this.scale.width, this.scale.height);
    this.frame = plain.portrait ? new Frame(this.scale.width, this.scale.height, { stretch: true }) : plain;
    this.cameras.main.setBackgroundColor(Ui.bg);
    const f = this.frame;
    const P = f.portrait;
    const R = (x: number, y: number, w: number, h: number): Rect => f.rect({ x, y, w, h });
    const d = this.data_;
    const scenario = d ? getScenario(d.scenarioId) : undefined;
    const lang = getLanguage();

    const bar = R(0, 0, f.design.width, P ? 64 : 52);
    this.add
      .graphics()
      .fillStyle(Ui.bgDeep, 1)
      .fillRect(0, 0, this.scale.width, bar.y + bar.h);
    const title = `${t("match:debrief.title")}${scenario ? ` · ${scenario.number}. ${scenario.title[lang]}` : ""}`;
    text(this, bar.x + f.len(10), bar.y + bar.h / 2, title, f.font("big"), { bold: true, color: Ui.accent }).setOrigin(0, 0.5);
    const other = getLanguage() === "zh" ? "en" : "zh";
    this.button(
      "debrief.language",
      () => t(`common:language.${other}`),
      () => setLanguage(other),
      R(f.design.width - 150, 8, 140, P ? 48 : 36),
    );

    const ladderR = P ? R(6, 68, 708, 420) : R(10, 58, 440, 560);
    this.ladder.build(ladderR, t("match:ladder.title"), { font: f.font("small"), tiny: f.font("tiny"), row: f.len(P ? 26 : 22) });
    const nav = P ? R(6, 492, 708, 56) : R(10, 624, 440, 48);
    this.button(
      "debrief.prev",
      () => `${t("match:debrief.prev")} (B)`,
      () => this.move(-1),
      { ...nav, w: nav.w * 0.32 },
    );
    this.stepText = text(this, nav.x + nav.w / 2, nav.y + nav.h / 2, "", f.font("small"), { align: "center" }).setOrigin(0.5);
    this.button(
      "debrief.next",
      () => `${t("match:debrief.next")} (N)`,
      () => this.move(1),
      { ...nav, x: nav.x + nav.w * 0.68, w: nav.w * 0.32 },
    );

    const exR = P ? R(6, 552, 708, 200) : R(460, 58, 810, 200);
    panel(this, exR, null, f.font("small"));
    this.explainText = text(this, exR.x + f.len(10), exR.y + f.len(8), "", f.font("small"), { wrapWidth: exR.w - f.len(20) });

    // Portrait: the scores and the actions sit at the bottom; the scenario's text gets the rest.
    const bottom = P ? f.design.height - 294 : 520;
    const dbR = P ? R(6, 756, 708, bottom - 4 - 756) : R(460, 264, 810, 250);
    panel(this, dbR, null, f.font("small"));
    const mistakes = d ? mistakeSteps(d.ladder, d.me) : [];
    const lines: string[] = [];
    lines.push(
      `${t("match:debrief.mistakes")}: ${mistakes.length === 0 ? t("match:debrief.noMistakes") : mistakes.map((i) => `#${i + 1}`).join(", ")}`,
    );
    if (scenario) lines.push("", scenario.debrief[lang]);
    if (this.status) lines.push("", this.status);
    const summary = text(this, dbR.x + f.len(10), dbR.y + f.len(8), lines, f.font("small"), { wrapWidth: dbR.w - f.len(20) });
    fitHeight(summary, dbR.h - f.len(12), f.font("tiny"));
    if (mistakes.length > 0) {
      const mw = dbR.w * 0.34;
      this.button(
        "debrief.mistake",
        () => `${t("match:debrief.nextMistake")} (M)`,
        () => this.nextMistake(),
        { x: dbR.x + dbR.w - mw - f.len(6), y: dbR.y + f.len(6), w: mw, h: f.len(P ? 44 : 32) },
      );
    }

    const scR = P ? R(6, bottom, 350, 290) : R(460, 520, 400, 192);
    panel(this, scR, null, f.font("small"));
    this.drawScores(scR, d);

    const acR = P ? R(362, bottom, 352, 290) : R(870, 520, 400, 192);
    const bh = acR.h / 4 - f.len(6);
    const at = (i: number): Rect => ({ x: acR.x, y: acR.y + i * (bh + f.len(6)), w: acR.w, h: bh });
    const canRematch = this.launch.kind === "after-match" && this.launch.session !== null;
    this.button(
      "debrief.rematch",
      () => (this.rematchAsked ? "✓ " : "") + t("match:debrief.rematch"),
      () => this.rematch(),
      at(0),
      canRematch,
    );
    const id = d?.matchId ?? null;
    this.button(
      "debrief.json",
      () => t("match:debrief.json"),
      () => id && download(`/api/matches/${id}/replay.json`, `tcp-arena-${id}.json`),
      at(1),
      id !== null,
    );
    this.button(
      "debrief.pcap",
      () => t("match:debrief.pcap"),
      () => id && download(`/api/matches/${id}/capture.pcap`, `tcp-arena-${id}.pcap`),
      at(2),
      id !== null,
    );
    this.button(
      "debrief.menu",
      () => t("match:debrief.menu"),
      () => void this.toMenu(),
      at(3),
    );
    this.drawStep();
    this.focus.focus(focused, true);
    if (!this.focus.current) this.focus.focus("debrief.menu", true);
  }

  private drawScores(r: Rect, d: DebriefData | null): void {
    const f = this.frame;
    text(this, r.x + f.len(10), r.y + f.len(6), t("match:debrief.breakdown"), f.font("small"), { bold: true });
    if (!d?.scores) return;
    const sides: Side[] = d.me === "B" ? ["B", "A"] : ["A", "B"];
    const colX = [r.x + f.len(10), r.x + r.w * 0.62, r.x + r.w * 0.84];
    const rowH = (r.h - f.len(34)) / (ROWS.length + 2);
    const head = (s: Side): string =>
      d.me === null ? s : s === d.me ? `${t("match:debrief.you")} ${s}` : `${t("match:debrief.peer")} ${s}`;
    let y = r.y + f.len(28);
    text(this, colX[1]!, y, head(sides[0]!), f.font("tiny"), { color: Ui.textDim });
    text(this, colX[2]!, y, head(sides[1]!), f.font("tiny"), { color: Ui.textDim });
    for (const row of ROWS) {
      y += rowH;
      text(this, colX[0]!, y, t(`match:debrief.rows.${row}`), f.font("tiny"));
      sides.forEach((s, i) => text(this, colX[i + 1]!, y, String(d.scores![s][row]), f.font("tiny")));
    }
    y += rowH;
    sides.forEach((s, i) =>
      text(this, colX[i + 1]!, y, String(d.scores![s].total), f.font("small"), { bold: true, color: Colors.bluishGreen }).setName(
        `total-${s}`,
      ),
    );
    text(this, colX[0]!, y, t("match:debrief.total", { points: "" }).trim(), f.font("small"), { bold: true });
  }

  private drawStep(): void {
    const d = this.data_;
    const n = d?.ladder.length ?? 0;
    this.stepText?.setText(n ? t("match:debrief.step", { n: this.step + 1, total: n }) : "");
    if (!d || n === 0) {
      this.explainText?.setText(this.status ?? "");
      return;
    }
    this.ladder.draw(d.ladder, d.me, this.step);
    const explanation = explainEntry(d.ladder[this.step]!, d.me);
    this.explainText?.setText(explanation);
    publishDebrief({
      side: d.me,
      ladder: d.ladder,
      scores: d.scores,
      matchId: d.matchId,
      step: this.step,
      mistakeSteps: mistakeSteps(d.ladder, d.me),
      explanation,
    });
  }

  private rematch(): void {
    if (this.launch.kind !== "after-match" || !this.launch.session) return;
    this.launch.session.send("rematch", {});
    this.rematchAsked = true;
    this.rebuild();
  }

  private async toMenu(): Promise<void> {
    if (this.launch.kind === "after-match" && this.launch.session) await this.launch.session.leave();
    this.scene.start(SceneKey.Menu);
  }

  private button(testId: string, label: () => string, onPress: () => void, r: Rect, enabled = true): Button {
    const f = this.frame;
    const b = new Button(this, {
      testId,
      label,
      onPress,
      x: r.x + r.w / 2,
      y: r.y + r.h / 2,
      width: r.w,
      height: r.h,
      fontSize: f.font("small"),
      enabled,
    });
    b.onPointerFocus = (btn) => this.focus.focus(btn, true);
    return this.focus.add(b);
  }
}

/** Saves a file from the server's replay routes (a plain link: the browser downloads it). */
function download(href: string, name: string): void {
  const a = document.createElement("a");
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** Keeps a text block inside `height`: a smaller font first, then as many lines as fit. */
function fitHeight(block: Phaser.GameObjects.Text, height: number, smaller: number): void {
  if (block.height <= height) return;
  block.setFontSize(smaller);
  if (block.height <= height) return;
  const lineH = block.height / Math.max(1, block.getWrappedText().length);
  block.setMaxLines(Math.max(1, Math.floor(height / lineH)));
}
