// Passive inference: a captured connection replayed through the engine (shared/tcp), one
// segment at a time. For each segment: why its sender sent it (a user call, a reply the
// engine owed, a retransmission timer), then its arrival at the other side; both states
// after it, the timers running, the engine's notes and the capture's own.
//
// The capture is the truth and the engine the explanation: when they disagree (a real
// receiver kept out-of-order data, the capture missed segments) the engine's numbers are
// moved to what the capture shows, and a note says so. Only the endpoint copies this file
// owns are changed; the engine itself is called through step() alone.
import {
  DEFAULT_MSL_MS,
  LINUX_TIME_WAIT_MS,
  nextDeadline,
  segLen,
  seqAdd,
  seqGt,
  seqLe,
  seqLt,
  step,
  type Endpoint,
  type Note,
  type Segment,
  type TcpEvent,
} from "../tcp";
import { mergeContiguous, sameFlags } from "../referee/segments";
import type { Side } from "../scenarios/types";
import type { ConnectionInfo } from "./connections";
import type { TcpPacket } from "./decode";
import type { CaptureNote, CaptureNoteCode } from "./notes";
import { readStart, sideOf, UNKNOWN_WINDOW } from "./start";
import type { Cause, InferOptions, InferredConnection, InferredStep, TimerFact } from "./steps";

export type { Cause, InferOptions, InferredConnection, InferredStep, TimerFact } from "./steps";

/** Data is modelled by its length: slices of one string cost nothing. */
const FILLER = ".".repeat(0x10000);
const filler = (n: number): string => (n <= FILLER.length ? FILLER.slice(0, n) : FILLER + filler(n - FILLER.length));

const other = (s: Side): Side => (s === "A" ? "B" : "A");
const seqSpace = (s: Segment): number => segLen(s);

function sameAsCaptured(e: Segment, c: Segment): boolean {
  // An abort's RST is <SEQ=SND.NXT><CTL=RST> (3.10.5); Linux sets ACK on it too.
  if (e.flags.rst && c.flags.rst && !e.flags.syn && !c.flags.syn) return e.seq === c.seq;
  if (!sameFlags(e, c) || e.seq !== c.seq || e.data.length !== c.data.length) return false;
  return !e.flags.ack || e.ack === c.ack;
}

const isPureAck = (s: Segment): boolean => s.flags.ack && !s.flags.syn && !s.flags.fin && !s.flags.rst && s.data.length === 0;

interface Arrival {
  n: number;
  to: Side;
  before: Endpoint;
  owedBefore: Array<{ seg: Segment; by: number | null }>;
  seg: Segment;
  now: number;
}

/** How far back a segment may have waited between its sender and the capture point. */
const REWIND_LIMIT = 64;

class Replay {
  ep: Record<Side, Endpoint>;
  owed: Record<Side, Array<{ seg: Segment; by: number | null }>> = { A: [], B: [] };
  dup: Record<Side, number> = { A: 0, B: 0 };
  lastWindow: Record<Side, number | null> = { A: null, B: null };
  t0: number;
  steps: InferredStep[] = [];
  /** The last arrivals, with the receiver as it was before each: what a rewind goes back to. */
  arrivals: Arrival[] = [];

  constructor(
    readonly info: ConnectionInfo,
    readonly start: ReturnType<typeof readStart>,
    /** The whole connection: a correction may look ahead. */
    readonly packets: readonly TcpPacket[],
  ) {
    this.ep = { A: start.A, B: start.B };
    this.t0 = info.firstUs;
  }

  run(side: Side, event: TcpEvent, now: number, by: number | null, notes: Array<{ side: Side; note: Note }>): Segment[] {
    const r = step(this.ep[side], event, now);
    // The application's received bytes are not shown; dropping them keeps memory flat.
    r.endpoint.received = "";
    this.ep[side] = r.endpoint;
    for (const n of r.notes) notes.push({ side, note: n });
    for (const s of r.segments) this.owed[side].push({ seg: s, by });
    return r.segments;
  }

  /** TIME_WAIT and FIN_WAIT_2 timers that ran out before `now` (they send nothing). */
  private expire(now: number, notes: Array<{ side: Side; note: Note }>): void {
    for (const side of ["A", "B"] as const) {
      for (let i = 0; i < 3; i++) {
        const d = nextDeadline(this.ep[side]);
        if (d === null || d.timer === "retransmit" || d.at > now) break;
        this.run(side, { type: "timeout", timer: d.timer }, d.at, null, notes);
      }
    }
  }

  private engineSegment(p: TcpPacket, from: Side): Segment {
    const shift = this.start.shift;
    let window = p.window;
    if (!p.flags.syn) {
      if (shift !== null) window = Math.min(0xffff_ffff, p.window * 2 ** shift[from]);
      else if (this.start.kind === "mid-connection") window = Math.max(window, UNKNOWN_WINDOW);
    }
    const f = p.flags;
    return {
      seq: p.seq,
      ack: f.ack ? p.ack : 0,
      flags: { syn: f.syn, ack: f.ack, fin: f.fin, rst: f.rst, psh: f.psh },
      window,
      data: filler(p.payloadLen),
    };
  }

  /** The capture holds `side`'s data at `seq` again after step `n` (a retransmission to come). */
  private sentAgainLater(side: Side, seq: number, n: number): boolean {
    const end = Math.min(this.packets.length, n + 200);
    for (let i = n; i < end; i++) {
      const p = this.packets[i]!;
      if (p.payloadLen > 0 && p.seq === seq && sideOf(this.info, p) === side) return true;
    }
    return false;
  }

  /** A number in `side`'s sequence space as Wireshark shows it: relative to its ISS. */
  private rel(side: Side, n: number): number {
    return (n - this.start[side].iss) >>> 0;
  }

  /** Takes `c` off the sender's owed list; covered pure ACKs go too. Returns the step it answers. */
  private takeOwed(from: Side, c: Segment): { by: number | null } | null {
    const list = this.owed[from];
    const i = list.findIndex(({ seg: e }) =>
      isPureAck(e) && isPureAck(c) ? e.seq === c.seq && seqLe(e.ack, c.ack) : sameAsCaptured(e, c),
    );
    const found = i >= 0 ? list[i]! : null;
    // Whatever carries an ACK covers pure ACKs it repeats or passes (piggybacking).
    this.owed[from] = list.filter((o, j) => j !== i && !(c.flags.ack && isPureAck(o.seg) && seqLe(o.seg.ack, c.ack)));
    return found ? { by: found.by } : null;
  }

  /** Moves the engine's numbers to what the capture shows, with a note each time. */
  private resync(from: Side, c: Segment, notes: CaptureNote[]): void {
    const x = this.ep[from];
    const y = this.ep[other(from)];
    if (c.flags.ack && x.irs !== null && c.ack !== x.rcvNxt && !c.flags.syn) {
      if (seqGt(c.ack, x.rcvNxt) && seqLe(c.ack, y.sndNxt)) {
        notes.push({
          code: "capture/buffered-out-of-order",
          params: { from: this.rel(other(from), x.rcvNxt), to: this.rel(other(from), c.ack) },
        });
        this.ep[from] = { ...x, rcvNxt: c.ack };
      }
    }
    const len = seqSpace(c);
    const x2 = this.ep[from];
    if (len > 0 && !c.flags.syn && x2.irs !== null && seqGt(c.seq, x2.sndNxt)) {
      notes.push({ code: "capture/missing-segments", params: { from: this.rel(from, x2.sndNxt), to: this.rel(from, c.seq) } });
      this.ep[from] = { ...x2, sndNxt: c.seq };
    }
  }

  /** The sender's side of one captured segment: which event made its engine send it. */
  private send(
    from: Side,
    c: Segment,
    n: number,
    now: number,
    en: Array<{ side: Side; note: Note }>,
    notes: CaptureNote[],
  ): Pick<InferredStep, "cause" | "replyTo"> {
    const owed = this.takeOwed(from, c);
    if (owed) return { cause: "reply", replyTo: owed.by };
    const x = this.ep[from];
    const len = seqSpace(c);
    if (len > 0 && x.state !== "CLOSED" && x.state !== "LISTEN" && seqLt(c.seq, x.sndNxt)) {
      const fast = this.dup[other(from)] >= 3;
      notes.push({ code: "capture/retransmission", params: { seq: this.rel(from, c.seq), len: c.data.length, fast } });
      if (x.retransmitQueue[0]?.seq === c.seq) {
        this.run(from, { type: "timeout", timer: "retransmit" }, now, n, en);
        this.takeOwed(from, c);
        this.owed[from] = this.owed[from].filter((o) => !(seqSpace(o.seg) > 0 && o.seg.seq === c.seq));
        return { cause: "retransmit", replyTo: null };
      }
      return { cause: "none", replyTo: null };
    }
    const f = c.flags;
    let cause: Cause = "none";
    let emitted: Segment[] = [];
    if (f.syn && !f.ack) {
      if (x.state === "CLOSED" || x.state === "LISTEN") {
        emitted = this.run(from, { type: "open", passive: false, iss: c.seq }, now, n, en);
        cause = "connect";
      }
    } else if (f.rst) {
      if (x.state !== "CLOSED" && x.state !== "LISTEN") {
        emitted = this.run(from, { type: "abort" }, now, n, en);
        cause = "abort";
      }
    } else if (c.data.length > 0 || f.fin) {
      if (c.data.length > 0) {
        // The real sender had the window for it; the engine's copy of the window may be older.
        const need = (c.seq - x.sndUna + c.data.length) >>> 0;
        if (x.sndWnd < need) this.ep[from] = { ...x, sndWnd: need };
        emitted = this.run(from, { type: "send", data: c.data }, now, n, en);
      }
      if (f.fin) emitted = [...emitted, ...this.run(from, { type: "close" }, now, n, en)];
      cause = c.data.length > 0 ? (f.fin ? "send-close" : "send") : "close";
    } else if (len === 0 && seqAdd(c.seq, 1) === x.sndNxt && x.state !== "SYN_SENT") {
      notes.push({ code: "capture/keepalive", params: { seq: this.rel(from, c.seq) } });
      return { cause: "none", replyTo: null };
    }
    if (cause === "none") {
      if (isPureAck(c)) notes.push({ code: "capture/unprompted-ack", params: {} });
      return { cause, replyTo: null };
    }
    const merged = mergeContiguous(emitted.filter((s) => !isPureAck(s) || !c.flags.ack));
    const match = emitted.some((e) => sameAsCaptured(e, c)) || (merged !== null && sameAsCaptured(merged, c));
    if (match) this.owed[from] = this.owed[from].filter((o) => !emitted.includes(o.seg) || (isPureAck(o.seg) && !c.flags.ack));
    else
      notes.push({
        code: "capture/engine-differs",
        params: { expected: emitted.length ? emitted.map(label).join(" + ") : "—", seen: label(c) },
      });
    return { cause, replyTo: null };
  }

  /** The receiver's side: duplicate ACKs counted, the segment stepped through its engine. */
  private arrive(
    to: Side,
    c: Segment,
    raw: TcpPacket,
    n: number,
    now: number,
    en: Array<{ side: Side; note: Note }>,
    notes: CaptureNote[],
  ): void {
    const y = this.ep[to];
    const from = other(to);
    if (isPureAck(c) && seqLt(y.sndUna, y.sndNxt) && c.ack === y.sndUna && raw.window === this.lastWindow[from]) {
      this.dup[from]++;
      notes.push({ code: "capture/duplicate-ack", params: { ack: this.rel(to, c.ack), count: this.dup[from] } });
    } else if (c.flags.ack && seqGt(c.ack, y.sndUna)) {
      this.dup[from] = 0;
    }
    this.lastWindow[from] = raw.window;
    this.arrivals.push({ n, to, before: y, owedBefore: [...this.owed[to]], seg: c, now });
    if (this.arrivals.length > REWIND_LIMIT) this.arrivals.shift();
    const mark = en.length;
    this.run(to, { type: "segment", segment: c }, now, n, en);
    for (const { note } of en.slice(mark)) {
      const p = note.params;
      if (note.code === "segment/unacceptable" || note.code === "segment/old-duplicate") {
        const seq = Number(p.seq);
        const len = Number(p.len);
        notes.push({
          code: "capture/out-of-window",
          params: {
            seq: this.rel(from, seq),
            len,
            rcvNxt: this.rel(from, Number(p.rcvNxt)),
            rcvWnd: Number(p.rcvWnd ?? 0),
            old: seqLe(seqAdd(seq, len), Number(p.rcvNxt)),
          },
        });
      } else if (
        note.code === "segment/rst-out-of-window" ||
        note.code === "segment/syn-sent-rst-ignored" ||
        note.code === "segment/listen-rst-ignored" ||
        note.code === "segment/closed-rst-ignored"
      ) {
        notes.push({ code: "capture/rst-ignored", params: { seq: this.rel(from, c.seq) } });
      } else if (note.code === "segment/rst-challenge" || note.code === "segment/syn-challenge") {
        notes.push({ code: "capture/challenge-ack", params: { kind: note.code === "segment/syn-challenge" ? "syn" : "rst" } });
      } else if (note.code === "segment/data-after-fin") {
        notes.push({ code: "capture/data-after-fin", params: { bytes: c.data.length } });
      }
    }
  }

  /**
   * Replays `side`'s arrivals from step `k` again, after `first` ran on the endpoint as it
   * was before step k (or without step k's arrival when `skip`). Only when what `side` sent
   * since step k changes nothing in its engine (pure ACKs).
   */
  private rewind(side: Side, k: number, first: () => void, skip: boolean, why: CaptureNoteCode = "capture/lost-after-capture"): boolean {
    const start = this.arrivals.find((a) => a.n === k && a.to === side);
    // A lost original is one its receiver never answered at all.
    if (start === undefined || this.steps.slice(k - 1).some((s) => s.from === side && (skip || !isPureAck(s.segment)))) return false;
    this.ep[side] = start.before;
    this.owed[side] = [...start.owedBefore];
    first();
    for (const st of this.steps.slice(k - 1)) {
      st.before[side] = this.ep[side].state;
      const a = st.from === side ? undefined : this.arrivals.find((x) => x.n === st.n && x.to === side);
      if (a !== undefined) {
        a.before = this.ep[side];
        a.owedBefore = [...this.owed[side]];
        const en: Array<{ side: Side; note: Note }> = [];
        if (skip && a.n === k) {
          st.lost = true;
          st.notes.push({ code: why, params: {} });
        } else {
          this.run(side, { type: "segment", segment: a.seg }, a.now, a.n, en);
        }
        st.engineNotes = [...st.engineNotes.filter((x) => x.side !== side), ...en];
      }
      st.after[side] = this.ep[side].state;
      st.timers[side] = this.timerFacts(side, st.atMs);
      st.rcvNxt[side] = this.ep[side].irs === null ? null : this.ep[side].rcvNxt;
    }
    return true;
  }

  private rcvNxtOf(s: Side): number | null {
    return this.ep[s].irs === null ? null : this.ep[s].rcvNxt;
  }

  private timerFacts(s: Side, now: number): TimerFact[] {
    const t = this.ep[s].timers;
    const out: TimerFact[] = [];
    if (t.retransmit) out.push({ timer: "retransmit", inMs: Math.round(t.retransmit.deadline - now) });
    if (t.timeWait !== null) out.push({ timer: "time-wait", inMs: Math.round(t.timeWait - now) });
    if (t.finWait2 !== null) out.push({ timer: "fin-wait-2", inMs: Math.round(t.finWait2 - now) });
    return out;
  }

  add(p: TcpPacket): void {
    const n = this.steps.length + 1;
    const from = sideOf(this.info, p);
    const to = other(from);
    const now = (p.timeUs - this.t0) / 1000;
    const en: Array<{ side: Side; note: Note }> = [];
    const notes: CaptureNote[] = [];
    this.expire(now, en);
    const before = { A: this.ep.A.state, B: this.ep.B.state };
    const c = this.engineSegment(p, from);
    // The window this side advertises is the one its engine checks arrivals against.
    const wnd = Math.max(1, c.window);
    if ((!p.flags.syn || this.start.shift === null) && this.ep[from].rcvWnd !== wnd) this.ep[from] = { ...this.ep[from], rcvWnd: wnd };
    let why: Pick<InferredStep, "cause" | "replyTo"> | null = null;
    const x = this.ep[from];
    if (c.flags.ack && !c.flags.syn && x.irs !== null && seqLt(c.ack, x.rcvNxt)) {
      // The segment acknowledges less than its sender had received by the time the capture
      // saw it: it was made before, and waited (in a queue, on a slower path) until then.
      const arrival = [...this.arrivals].reverse().find((a) => a.to === from && a.before.rcvNxt === c.ack);
      const k = arrival?.n;
      // Or the receiver never took that data (beyond its window, or its buffer was full):
      // then the capture shows the same data sent again later.
      const beyond = arrival !== undefined && arrival.seg.data.length > 0 && this.sentAgainLater(other(from), arrival.seg.seq, n);
      if (beyond && this.rewind(from, k!, () => {}, true, "capture/beyond-window")) {
        before[from] = this.steps[this.steps.length - 1]!.after[from];
      } else if (k !== undefined) {
        const at = this.arrivals.find((a) => a.n === k)!.now;
        const done = this.rewind(
          from,
          k,
          () => {
            why = this.send(from, c, n, at, en, notes);
          },
          false,
        );
        if (done) {
          notes.push({ code: "capture/sent-earlier", params: { before: k } });
          before[from] = this.steps[this.steps.length - 1]!.after[from];
        }
      }
    }
    if (
      why === null &&
      c.flags.syn &&
      !c.flags.ack &&
      x.state !== "LISTEN" &&
      (x.state !== "CLOSED" || this.owed[from].some((o) => o.seg.flags.rst))
    ) {
      // A SYN from a side that had, by the capture's order, already answered the peer's SYN
      // (or reset it): the SYNs crossed (simultaneous open, RFC 9293 Figure 7).
      const k = this.arrivals.find((a) => a.to === from && this.steps.slice(a.n - 1).every((s) => s.from !== from))?.n;
      if (k !== undefined) {
        const at = this.arrivals.find((a) => a.n === k && a.to === from)!.now;
        const done = this.rewind(
          from,
          k,
          () => {
            why = this.send(from, c, n, at, en, notes);
          },
          false,
        );
        if (done) {
          notes.push({ code: "capture/sent-earlier", params: { before: k } });
          before[from] = this.steps[this.steps.length - 1]!.after[from];
        }
      }
    }
    if (why === null) {
      this.resync(from, c, notes);
      why = this.send(from, c, n, now, en, notes);
    }
    if (why.cause === "retransmit" || notes.some((x) => x.code === "capture/retransmission")) {
      // No answer to the original since it passed the capture point: it was lost after it.
      const original = this.steps.find(
        (s) =>
          s.from === from && !s.lost && s.segment.seq === c.seq && (s.packet.payloadLen > 0 || s.segment.flags.syn || s.segment.flags.fin),
      );
      if (original && this.rewind(to, original.n, () => {}, true)) before[to] = this.steps[this.steps.length - 1]!.after[to];
    }
    this.arrive(to, c, p, n, now, en, notes);

    this.steps.push({
      n,
      packet: p,
      from,
      segment: { ...c, data: "" },
      atMs: now,
      ...why,
      lost: false,
      before,
      after: { A: this.ep.A.state, B: this.ep.B.state },
      rcvNxt: { A: this.rcvNxtOf("A"), B: this.rcvNxtOf("B") },
      engineNotes: en,
      notes,
      timers: { A: this.timerFacts("A", now), B: this.timerFacts("B", now) },
    });
  }
}

const label = (s: Segment): string => {
  const f = s.flags;
  const names = [f.syn && "SYN", f.fin && "FIN", f.rst && "RST", f.ack && "ACK"].filter(Boolean).join(",");
  return `${names} seq=${s.seq}${f.ack ? ` ack=${s.ack}` : ""}${s.data.length ? ` len=${s.data.length}` : ""}`;
};

/** Replays one connection's segments through the engine. */
export function inferConnection(
  info: ConnectionInfo,
  packets: readonly TcpPacket[],
  options: InferOptions = {},
  previous?: ConnectionInfo,
): InferredConnection {
  const profile = options.profile ?? "rfc";
  const start = readStart(info, packets, profile);
  const replay = new Replay(info, start, packets);
  const notes: CaptureNote[] = [];
  if (start.kind === "mid-connection") notes.push({ code: "capture/mid-connection", params: {} });
  if (start.kind === "syn-not-captured") {
    notes.push({ code: "capture/syn-not-captured", params: {} });
    // The SYN that must have come: A's active open, delivered to B (whose SYN,ACK is then owed).
    const en: Array<{ side: Side; note: Note }> = [];
    const [syn] = replay.run("A", { type: "open", passive: false, iss: start.A.iss }, 0, null, en);
    replay.owed.A = [];
    if (syn) replay.run("B", { type: "segment", segment: syn }, 0, null, en);
  }
  if (start.shift !== null) notes.push({ code: "capture/window-scale", params: { a: start.shift.A, b: start.shift.B } });
  const gapMs = previous === undefined ? Infinity : (info.firstUs - previous.lastUs) / 1000;
  if (
    previous !== undefined &&
    info.follows === previous.id &&
    gapMs < (profile === "linux" ? LINUX_TIME_WAIT_MS : 2 * DEFAULT_MSL_MS.rfc)
  ) {
    notes.push({ code: "capture/time-wait-reuse", params: { previous: previous.id, gapMs: Math.round(gapMs) } });
  }
  const initial = { A: replay.ep.A.state, B: replay.ep.B.state };
  for (const p of packets) replay.add(p);
  return { info, profile, start: start.kind, iss: { A: start.A.iss, B: start.B.iss }, initial, notes, steps: replay.steps };
}

/** Relative sequence numbers, as Wireshark shows them by default: counted from the side's ISS. */
export function relative(conn: Pick<InferredConnection, "iss">, side: Side, seq: number): number {
  return (seq - conn.iss[side]) >>> 0;
}
