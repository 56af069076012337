// What the player does on the match screen, by pointer or by key: declare a state, call
// listen() or close(), send the composer's segment (asking shutdown() or close() for a FIN),
// call out a peer's segment (Expert), and guided mode's filling of the composer. Every action
// goes to the source (the server or the local bot), which judges it; nothing is judged here.
import type { FinMode, MatchEvent, PlayerView, SegmentDraft } from "../../../shared/match/types";
import type { TcpState } from "../../../shared/tcp/types";
import { needsFinChoice, prefill, toDraft } from "./composer";
import { segmentLabel } from "./flags";
import { keyCommand } from "./hud-text";
import type { MatchModel } from "./model";
import type { MatchSource } from "./sources/source";
import type { CalloutDialog } from "./views/callout-dialog";
import type { ComposerView } from "./views/composer-view";
import type { FinDialog } from "./views/fin-dialog";
import type { Frame } from "./views/frame";
import type { FocusGroup } from "../ui/focus";
import { sfx } from "../ui/sound";

/** What the actions work on; getters, since the scene makes a new model and source per match. */
export interface ActionContext {
  model(): MatchModel;
  source(): MatchSource;
  frame(): Frame;
  focus(): FocusGroup;
  composer: ComposerView;
  fin: FinDialog;
  callout: CalloutDialog;
  /** A local note in the answer badge (a catalogue key), or null to clear it. */
  note(key: string | null, params?: Record<string, unknown>): void;
}

export class MatchActions {
  /** The guided hint last filled in (a new one fills the composer again). */
  private hintKey = "";

  constructor(private readonly c: ActionContext) {}

  /** A new match. */
  reset(): void {
    this.hintKey = "";
  }

  /**
   * A new view. Guided: a new debt fills the composer with what TCP would send (the player
   * sends it); with nothing owed (the very first SYN) the numbers a new segment carries.
   */
  onView(view: PlayerView): void {
    const hint = view.you?.hint ?? null;
    const numbers = view.you?.prefill ?? null;
    const hintKey = hint ? JSON.stringify([hint[0] ?? null, numbers]) : "";
    if (hintKey === this.hintKey) return;
    this.hintKey = hintKey;
    this.fillFromView();
  }

  /** The source's events, for the player's ears, and the composer once a segment of mine is sent. */
  onEvents(events: readonly MatchEvent[]): void {
    const me = this.c.model().me;
    for (const ev of events) {
      if (ev.type === "segment-arrived" && ev.to === me) sfx.play("receive");
      if (ev.type === "verdict" && ev.side === me) this.afterSent();
      if (ev.type === "declared" && ev.side === me) sfx.play(ev.right ? "success" : "error");
      if (ev.type === "rejected" && ev.side === me) sfx.play("error");
      if (ev.type === "goal") sfx.play("success");
    }
  }

  declare(state: TcpState): void {
    if (!this.c.model().view?.you?.checkpoint) {
      this.c.note("match:declare.none");
      return;
    }
    this.c.note(null);
    this.c.source().act({ type: "declare", state });
  }

  /** The match has ended: the composer and its keys send nothing more. */
  private over(): boolean {
    return (this.c.model().view?.ended ?? null) !== null;
  }

  call(call: "listen" | "close"): void {
    if (this.over()) return;
    this.c.note(null);
    this.c.source().act({ type: "call", call });
    sfx.play("send");
  }

  send(): void {
    if (this.over()) return;
    const result = toDraft(this.c.composer.state);
    if ("problem" in result) {
      this.c.note(`match:composer.problem.${result.problem}`);
      return;
    }
    this.c.note(null);
    const view = this.c.model().view;
    const known = view?.you ? view[view.you.side].revealed : null;
    if (needsFinChoice(result.draft, known)) {
      this.c.fin.open(result.draft, this.c.frame(), this.c.focus());
      return;
    }
    this.sendDraft(result.draft);
  }

  /** The composer keeps what was typed until the segment is accepted: a refused one can be fixed, not retyped. */
  sendDraft(draft: SegmentDraft, finMode?: FinMode): void {
    this.c.source().act(finMode ? { type: "segment", segment: draft, finMode } : { type: "segment", segment: draft });
    sfx.play("send");
  }

  /** A segment of mine went on the wire: the composer empties (guided fills in what comes next). */
  afterSent(): void {
    this.c.composer.clear();
    this.fillFromView();
  }

  /** Expert: the peer's last segment (not a network copy) that has not been called out yet. */
  openCallout(): void {
    const view = this.c.model().view;
    const me = view?.you?.side;
    if (!view || !me || view.ended) return;
    const called = new Set(view.ladder.flatMap((e) => (e.kind === "callout" ? [e.segmentId] : [])));
    const targets: { id: number; label: string }[] = [];
    for (const e of view.ladder)
      if (e.kind === "segment" && e.from !== me && e.copyOf === null && !called.has(e.id))
        targets.unshift({ id: e.id, label: segmentLabel(e.segment) });
    if (targets.length === 0) {
      this.c.note("match:callout.none");
      return;
    }
    this.c.note(null);
    this.c.callout.open(targets, this.c.frame(), this.c.focus());
  }

  prefill(): void {
    if (!this.fillFromView()) this.c.note("match:composer.noHint");
  }

  /** Guided: the owed segment, else the numbers a new segment would carry (SND.NXT, RCV.NXT). */
  fillFromView(): boolean {
    const view = this.c.model().view;
    const you = view?.you;
    const hint = you?.hint?.[0];
    if (hint) {
      this.c.composer.set(prefill(hint));
      return true;
    }
    const numbers = you?.prefill;
    if (!view || !you || !numbers) return false;
    const known = view[you.side].revealed;
    // Before a SYN has arrived there is nothing to acknowledge: the ack field stays empty.
    const ack = known === "CLOSED" || known === "LISTEN" || known === "SYN_SENT" ? "" : String(numbers.ack);
    this.c.composer.set({ ...this.c.composer.state, seq: String(numbers.seq), ack });
    return true;
  }

  /** Shortcuts: S A F R P flags, Q W D fields, X call out, L listen(), C close(), 1–9 0 - declare. */
  onKey(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (document.activeElement instanceof HTMLInputElement) {
      if (e.key === "Escape") {
        document.activeElement.blur();
        this.c.focus().focus("match.send", true);
      }
      return;
    }
    if (this.c.fin.key(e.key)) return;
    if (this.c.callout.key(e.key)) return;
    const cmd = keyCommand(e.key, this.c.model().view?.difficulty === "expert");
    if (!cmd || this.over()) return;
    // The letter must not land in a field, nor a digit scroll the page.
    if (cmd.kind !== "send") e.preventDefault();
    if (cmd.kind === "flag") this.c.composer.toggle(cmd.flag);
    else if (cmd.kind === "field") this.c.composer.focusField(cmd.field);
    else if (cmd.kind === "callout") this.openCallout();
    else if (cmd.kind === "clear") this.c.composer.clear();
    else if (cmd.kind === "listen") this.call("listen");
    else if (cmd.kind === "close") this.call("close");
    else if (cmd.kind === "declare") this.declare(cmd.state);
    else if (!this.c.focus().current) this.send();
  }
}
