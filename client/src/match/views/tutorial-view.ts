// The tutorial's card on the match screen: it sits over the ladder (empty at the start), with
// a frame around the part of the screen it talks about, and Next / Skip buttons that the
// keyboard reaches too (Enter on Next, Escape skips). client/src/match/tutorial.ts decides
// what each card says and when it is done.
import type { PlayerView, Side } from "../../../../shared/match/types";
import { caughtUp, nextCard, rememberTutorial, TUTORIAL, tutorialWanted } from "../tutorial";
import { Button } from "../../ui/button";
import type { FocusGroup } from "../../ui/focus";
import { Colors, Ui } from "../../ui/palette";
import { announce } from "../../ui/focus";
import { t } from "../../i18n";
import { text } from "./draw";
import { DIALOG_DEPTH } from "./fin-dialog";
import type { Frame } from "./frame";

export class TutorialView {
  /** The card shown, or null when the tutorial is over (or was never wanted). */
  index: number | null = null;
  private buttons: Button[] = [];
  private frame: Frame | null = null;
  /** Built over the diagram's top (a phone, no checkpoint pending). */
  private overDiagramAllowed = true;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly onChange: () => void,
  ) {}

  /** A first-time player (not a spectator) gets the tutorial. */
  start(): void {
    this.index = tutorialWanted() ? 0 : null;
  }

  get open(): boolean {
    return this.index !== null;
  }

  build(f: Frame, focus: FocusGroup, me: Side | null, checkpoint = false): void {
    this.buttons = [];
    this.frame = f;
    this.overDiagramAllowed = !checkpoint;
    if (this.index === null) return;
    const card = TUTORIAL[this.index]!;
    // Landscape: over the ladder (empty at the start). A phone: over the top of the diagram,
    // except while a state is to be picked there (then over the ladder and the log).
    const d = f.region("diagram");
    const low = card.points === "diagram" || checkpoint;
    const r = !f.portrait
      ? f.region("ladder")
      : low
        ? unite(f.region("ladder"), f.region("log"))
        : { x: d.x, y: d.y, w: d.w, h: d.h * 0.5 };
    const g = this.scene.add.graphics().setDepth(DIALOG_DEPTH - 2);
    g.fillStyle(Ui.bgDeep, 0.97).fillRoundedRect(r.x, r.y, r.w, r.h, f.len(10));
    g.lineStyle(f.len(3), Colors.skyBlue, 1).strokeRoundedRect(r.x, r.y, r.w, r.h, f.len(10));
    // A frame around what the card talks about (the host box of this player, the composer ...).
    if (card.points) {
      const region = card.points === "hostA" && me === "B" ? "hostB" : card.points;
      const p = f.region(region);
      g.lineStyle(f.len(4), Colors.yellow, 1).strokeRoundedRect(p.x - f.len(3), p.y - f.len(3), p.w + f.len(6), p.h + f.len(6), f.len(8));
    }
    const pad = f.len(12);
    const bh = Math.max(f.len(f.portrait ? 60 : 40), f.portrait ? 44 : 0);
    const title = `${this.index + 1}/${TUTORIAL.length} · ${t(`match:tutorial.${card.id}.title`)}`;
    const head = text(this.scene, r.x + pad, r.y + pad, title, f.font("body"), {
      bold: true,
      color: Ui.accent,
      wrapWidth: r.w - 2 * pad,
    }).setDepth(DIALOG_DEPTH - 1);
    const body = text(this.scene, r.x + pad, head.y + head.height + f.len(6), t(`match:tutorial.${card.id}.body`), f.font("small"), {
      color: Ui.text,
      wrapWidth: r.w - 2 * pad,
    }).setDepth(DIALOG_DEPTH - 1);
    // Long text (Chinese or English, small phones) shrinks to stay above the buttons.
    const room = r.y + r.h - bh - 2 * pad - body.y;
    if (body.height > room) body.setScale(Math.max(0.5, room / body.height));

    const last = this.index === TUTORIAL.length - 1;
    const bw = (r.w - 3 * pad) / 2;
    const y = r.y + r.h - pad - bh / 2;
    const mk = (testId: string, key: string, x: number, onPress: () => void, primary: boolean): Button => {
      const b = new Button(this.scene, {
        testId,
        label: () => t(key),
        onPress,
        x,
        y,
        width: bw,
        height: bh,
        fontSize: f.font("small"),
        primary,
        depth: DIALOG_DEPTH - 1,
      });
      b.onPointerFocus = (btn) => focus.focus(btn, true);
      this.buttons.push(b);
      return focus.add(b);
    };
    const next = mk(
      "tutorial.next",
      last ? "match:tutorial.finish" : "match:tutorial.next",
      r.x + pad + bw / 2,
      () => this.next(null, null),
      true,
    );
    if (!last) mk("tutorial.skip", "match:tutorial.skip", r.x + 2 * pad + bw * 1.5, () => this.skip(), false);
    focus.focus(next, true);
    announce(`${title}. ${t(`match:tutorial.${card.id}.body`)}`);
  }

  /** Moves on when the player has done what a card asks (this one, or one further on). */
  watch(view: PlayerView, me: Side): void {
    if (this.index === null) return;
    // A finished match: the handshake has been played, the tutorial has done its work.
    if (view.ended) {
      this.index = null;
      rememberTutorial("done");
      this.onChange();
      return;
    }
    const at = caughtUp(this.index, view, me);
    const phoneMove = this.frame?.portrait === true && (view.you?.checkpoint != null) === this.overDiagramAllowed;
    if (at !== this.index) {
      if (at >= TUTORIAL.length) {
        this.index = null;
        rememberTutorial("done");
      } else this.index = at;
      this.onChange();
    } else if (phoneMove) this.onChange();
  }

  next(view: PlayerView | null, me: Side | null): void {
    if (this.index === null) return;
    const i = nextCard(this.index, view, me);
    if (i >= TUTORIAL.length) {
      this.index = null;
      rememberTutorial("done");
    } else this.index = i;
    this.onChange();
  }

  skip(): void {
    if (this.index === null) return;
    this.index = null;
    rememberTutorial("skipped");
    this.onChange();
  }

  forget(): void {
    this.buttons = [];
  }
}

function unite(a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}
