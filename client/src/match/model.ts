// What the match screen knows, built from the server's views and events: the flights on
// the wire (with drops and copies), the event log as translatable lines, the last verdict,
// and the checkpoint. Pure data and no Phaser, so the live and local sources feed it alike.
import type { LadderEntry, MatchEvent, PlayerView, Rejection, Side } from "../../../shared/match/types";
import type { MistakeCode } from "../../../shared/referee/types";
import type { Note, Segment, TcpState } from "../../../shared/tcp/types";
import { segmentLabel } from "./flags";
import { logFromLadder } from "./log-from-ladder";
import { mistakeLines, whyLines, type LogLine, type Tone } from "./log-lines";
import { GOAL_BONUS } from "../../../shared/match/scoring";

export interface Flight {
  id: number;
  from: Side;
  segment: Segment;
  sentAt: number;
  arriveAt: number | null;
  copy: boolean;
  /** Network time it was lost at (it vanishes there), or null. */
  lostAt: number | null;
  /** Network time it arrived (kept briefly for the landing animation). */
  arrivedAt: number | null;
}

export interface Feedback {
  kind:
    | "declared-right"
    | "declared-wrong"
    | "answer-shown"
    | "segment-ok"
    | "segment-sent"
    | "segment-refused"
    | "rejected"
    | "callout-right"
    | "callout-wrong";
  state?: TcpState;
  lines: LogLine[];
}

const MAX_LOG = 200;

export class MatchModel {
  view: PlayerView | null = null;
  log: LogLine[] = [];
  flights = new Map<number, Flight>();
  feedback: Feedback | null = null;
  /** Flight times seen (arriveAt - sentAt) and how often: the most frequent is the wire's delay. */
  private flightTimes = new Map<number, number>();
  /** Every mistake the player made, for the debrief. */
  mistakes: { mistakes: MistakeCode[]; expected: Segment | null; at: number }[] = [];
  /** Bumped on every change, so widgets redraw only when needed. */
  version = 0;

  get me(): Side | null {
    return this.view?.you?.side ?? null;
  }

  applyView(view: PlayerView): void {
    const first = this.view === null;
    this.view = view;
    // After a reload the log starts empty but the ladder has the story so far.
    if (first && this.log.length === 0 && view.ladder.length > 0) this.log = logFromLadder(view, view.you?.side ?? null);
    for (const w of view.wire) {
      const f = this.flights.get(w.id);
      if (f) f.arriveAt = w.arriveAt;
      else this.flights.set(w.id, { ...w, copy: false, lostAt: null, arrivedAt: null });
    }
    // A flight no longer on the wire and never announced as arrived or lost has landed.
    for (const f of this.flights.values()) {
      if (f.lostAt === null && f.arrivedAt === null && !view.wire.some((w) => w.id === f.id)) {
        f.arrivedAt = f.arriveAt ?? view.clock.netNow;
      }
    }
    this.version++;
  }

  applyEvents(events: MatchEvent[]): void {
    for (const ev of events) this.applyEvent(ev);
    this.version++;
  }

  /**
   * The wire's one-way delay: the most frequent flight time of delivered segments (a dropped
   * one vanishes half-way, a held one waits before it flies). 0 until a segment arrived.
   */
  get delay(): number {
    let best = 0;
    let bestCount = 0;
    for (const [ms, count] of this.flightTimes) {
      if (count > bestCount || (count === bestCount && ms > best)) {
        best = ms;
        bestCount = count;
      }
    }
    return best;
  }

  private seeFlightTime(ms: number): void {
    if (ms > 0) this.flightTimes.set(ms, (this.flightTimes.get(ms) ?? 0) + 1);
  }

  /**
   * Where a flight is along the wire (0 at its sender, 1 at its receiver), at network time
   * `net`: it leaves when released (held segments wait at the sender) and flies at the delay.
   */
  progress(f: Flight, net: number): number {
    if (f.arriveAt === null) return 0;
    const delay = this.delay || Math.max(1, f.arriveAt - f.sentAt);
    const start = Math.max(f.sentAt, f.arriveAt - delay);
    return Math.min(1, Math.max(0, (net - start) / delay));
  }

  /** Forget flights that finished long ago (network ms). */
  prune(netNow: number, keepMs: number): void {
    for (const [id, f] of this.flights) {
      const end = f.lostAt ?? f.arrivedAt;
      if (end !== null && netNow - end > keepMs) this.flights.delete(id);
    }
  }

  private push(line: Omit<LogLine, "explain"> & { explain?: LogLine["explain"] }): LogLine {
    const full: LogLine = { explain: [], ...line };
    this.log.push(full);
    if (this.log.length > MAX_LOG) this.log.splice(0, this.log.length - MAX_LOG);
    return full;
  }

  private applyEvent(ev: MatchEvent): void {
    const me = this.me;
    switch (ev.type) {
      case "segment-sent": {
        this.flights.set(ev.id, {
          id: ev.id,
          from: ev.from,
          segment: ev.segment,
          sentAt: ev.sentAt,
          arriveAt: ev.arriveAt,
          copy: ev.copyOf !== null,
          lostAt: null,
          arrivedAt: null,
        });
        const label = segmentLabel(ev.segment);
        if (ev.copyOf !== null) this.push({ key: "log.duplicated", params: { segment: label }, tone: "warn" });
        else this.push({ key: ev.from === me ? "log.sent" : "log.peerSent", params: { segment: label }, tone: "info" });
        break;
      }
      case "segment-released": {
        const f = this.flights.get(ev.id);
        if (f) f.arriveAt = ev.arriveAt;
        break;
      }
      case "segment-arrived": {
        const f = this.flights.get(ev.id);
        if (f) {
          f.arrivedAt = ev.at;
          if (f.arriveAt !== null && !f.copy) this.seeFlightTime(f.arriveAt - f.sentAt);
          if (ev.to === me) this.push({ key: "log.received", params: { segment: segmentLabel(f.segment) }, tone: "info" });
        }
        break;
      }
      case "segment-lost": {
        const f = this.flights.get(ev.id);
        if (f) {
          f.lostAt = ev.at;
          this.push({ key: "log.dropped", params: { segment: segmentLabel(f.segment) }, tone: "warn" });
        }
        break;
      }
      case "verdict": {
        if (ev.side !== me) break;
        // Expert: a segment goes on the wire right or wrong, and nothing is said until the debrief.
        if (this.view?.difficulty === "expert")
          this.feedback = { kind: "segment-sent", lines: [this.push({ key: "log.onWire", params: {}, tone: "info" })] };
        else if (ev.ok) this.feedback = { kind: "segment-ok", lines: [] };
        break;
      }
      case "called-out": {
        if (ev.side !== me) break;
        const params = { claim: ev.claim, points: `${ev.points > 0 ? "+" : ""}${ev.points}` };
        const line = this.push({ key: ev.right ? "callout.right" : "callout.wrong", params, tone: ev.right ? "good" : "bad" });
        this.feedback = { kind: ev.right ? "callout-right" : "callout-wrong", lines: [line] };
        break;
      }
      case "rejected": {
        if (ev.side !== me) break;
        this.onRejected(ev.rejection);
        break;
      }
      case "checkpoint":
        break;
      case "declared": {
        if (ev.side !== me) break;
        if (ev.right) {
          const line = this.push({ key: "log.declaredRight", params: { state: ev.declared, points: ev.points }, tone: "good" });
          this.feedback = { kind: "declared-right", state: ev.declared, lines: [line] };
        } else if (ev.truth) {
          // The answer, and why (outside expert): the engine's notes and what the state means.
          const why = (ev.feedback?.answer ?? []).filter((r) => r.key !== "why.answer.state");
          const a = this.push({ key: "log.declaredWrong", params: { state: ev.declared }, tone: "bad" });
          const b = this.push({ key: "log.answerShown", params: { state: ev.truth }, tone: "warn", explain: why });
          this.feedback = { kind: "answer-shown", state: ev.truth, lines: [a, b] };
        } else {
          const line = this.push({ key: "log.declaredWrong", params: { state: ev.declared }, tone: "bad", explain: whyLines(ev.feedback) });
          this.feedback = { kind: "declared-wrong", state: ev.declared, lines: [line] };
        }
        break;
      }
      case "owed-hint":
        break;
      case "script":
        // The action's name is translated when the line is drawn (nested $t in the catalogue).
        this.push({ key: "log.scripted", params: { action: ev.action, side: ev.side }, tone: "warn" });
        break;
      case "network":
        break;
      case "score":
        break;
      case "goal":
        this.push({ key: "log.goal", params: { points: GOAL_BONUS }, tone: "good" });
        break;
      case "ended":
        this.push({ key: "log.ended", params: {}, tone: "info" });
        break;
      default:
        this.applyExtra(ev as unknown as { type: string; side?: Side; notes?: Note[] });
    }
  }

  /** Events this client knows of that the reducer may add later (engine notes). */
  private applyExtra(ev: { type: string; side?: Side; notes?: Note[] }): void {
    if (ev.type === "notes" && ev.side === this.me && ev.notes) this.addNotes(ev.notes);
  }

  addNotes(notes: Note[]): void {
    for (const n of notes) {
      const params: Record<string, string | number> = {};
      for (const [k, v] of Object.entries(n.params)) params[k] = typeof v === "boolean" ? String(v) : v;
      this.push({ key: `note.${n.code}`, params, tone: "info" });
    }
  }

  onRejected(rejection: Rejection): void {
    // The reasons that name the concept; without them (an older server) the general texts.
    const explain = rejection.feedback ? whyLines(rejection.feedback) : mistakeLines(rejection.mistakes ?? [], rejection.hint ?? null);
    const tone: Tone = rejection.code === "action/wrong-segment" ? "bad" : "warn";
    const line = this.push({ key: `reject.${rejection.code}`, params: {}, tone, explain });
    this.feedback = { kind: rejection.code === "action/wrong-segment" ? "segment-refused" : "rejected", lines: [line] };
    if (rejection.code === "action/wrong-segment") {
      this.mistakes.push({ mistakes: rejection.mistakes ?? [], expected: rejection.hint ?? null, at: this.view?.clock.netNow ?? 0 });
    }
    this.version++;
  }

  onError(code: string, detail?: string): void {
    if (code === "action/rejected" && detail) {
      this.push({ key: `reject.${detail}`, params: {}, tone: "warn" });
    } else {
      this.push({ key: `error.${code}`, params: {}, tone: "warn" });
    }
    this.version++;
  }

  /** My own ladder entries and everyone's segments, in order (the debrief steps through these). */
  ladder(): LadderEntry[] {
    return this.view?.ladder ?? [];
  }
}
