// Runs a trace between two endpoints with the shared engine, keeping what a ladder diagram
// and a question need: the states after every step, what each side sent, the engine's notes.
// Each direction of the wire is a FIFO; the trace says when its head arrives or is lost.
import { callEvent, createEndpoint, nextDeadline, step } from "../tcp";
import type { Endpoint, Note, Segment, TcpEvent, TcpState } from "../tcp/types";
import { seqLe } from "../tcp/seq";
import { otherSide } from "../scenarios/types";
import { flagsOf } from "../tcp/format";
import type { LadderRow, Side, Trace, TraceStep, Text } from "./types";

/** One-way delay of the wire in TCP ms; well below the 1 s initial RTO, as in a real LAN. */
export const WIRE_DELAY_MS = 50;

export interface InFlight {
  segment: Segment;
  from: Side;
  /** Index of this segment's row in `rows`. */
  row: number;
}

export interface StepRecord {
  /** Segments each side emitted during the step (after any merge). */
  sent: Record<Side, Segment[]>;
  notes: Record<Side, Note[]>;
  /** States after the step. */
  states: Record<Side, TcpState>;
  now: number;
}

export interface Run {
  now: number;
  ep: Record<Side, Endpoint>;
  wire: Record<Side, InFlight[]>;
  rows: LadderRow[];
  records: StepRecord[];
}

export function startRun(trace: Trace): Run {
  const make = (side: Side): Endpoint => {
    const me = trace[side];
    const peer = trace[otherSide(side)];
    return createEndpoint({ localPort: me.port, remotePort: peer.port, iss: me.iss, profile: trace.profile, msl: trace.msl });
  };
  return { now: 0, ep: { A: make("A"), B: make("B") }, wire: { A: [], B: [] }, rows: [], records: [] };
}

const TIMER_TEXT: Record<string, Text> = {
  retransmit: { en: "retransmission timer fires", zh: "重传计时器超时" },
  "time-wait": { en: "2MSL timer fires", zh: "2MSL 计时器超时" },
  "fin-wait-2": { en: "FIN_WAIT_2 timer fires", zh: "FIN_WAIT_2 计时器超时" },
};

function callLabel(s: Extract<TraceStep, { t: "call" }>): Text {
  const arg = s.call === "send" ? `"${s.data ?? ""}"` : "";
  const fn = `${s.call}(${arg})`;
  return { en: fn, zh: fn };
}

/** Apply one step; returns a new run (the input is not changed). */
export function applyStep(run: Run, s: TraceStep): Run {
  const r: Run = {
    now: run.now,
    ep: { ...run.ep },
    wire: { A: [...run.wire.A], B: [...run.wire.B] },
    rows: [...run.rows],
    records: run.records,
  };
  const at = run.records.length;
  const sent: Record<Side, Segment[]> = { A: [], B: [] };
  const notes: Record<Side, Note[]> = { A: [], B: [] };

  const feed = (side: Side, event: TcpEvent): void => {
    const res = step(r.ep[side], event, r.now);
    r.ep[side] = res.endpoint;
    notes[side].push(...res.notes);
    for (const segment of res.segments) {
      sent[side].push(segment);
      r.rows.push({ kind: "segment", from: side, sentAt: at, arrivedAt: null, lost: false, segment });
      r.wire[otherSide(side)].push({ segment, from: side, row: r.rows.length - 1 });
    }
  };
  const markRow = (f: InFlight, lost: boolean): void => {
    const row = r.rows[f.row];
    if (row && row.kind === "segment") r.rows[f.row] = { ...row, arrivedAt: at, lost };
  };

  switch (s.t) {
    case "call": {
      r.now += 1;
      r.rows.push({ kind: "event", side: s.side, at, label: callLabel(s) });
      const before = r.wire[otherSide(s.side)].length;
      feed(s.side, callEvent(s.call, { data: s.data ?? "" }));
      if (s.merge) mergePureAcks(r, s.side, before);
      break;
    }
    case "deliver": {
      const head = r.wire[s.to].shift();
      r.now += WIRE_DELAY_MS;
      if (head) {
        markRow(head, false);
        feed(s.to, { type: "segment", segment: head.segment });
      }
      break;
    }
    case "lose": {
      const head = r.wire[s.to].shift();
      r.now += WIRE_DELAY_MS;
      if (head) markRow(head, true);
      break;
    }
    case "timer": {
      const d = nextDeadline(r.ep[s.side]);
      if (d) {
        r.now = Math.max(r.now, d.at);
        r.rows.push({ kind: "event", side: s.side, at, label: TIMER_TEXT[d.timer]! });
        feed(s.side, { type: "timeout", timer: d.timer });
      }
      break;
    }
    case "reboot": {
      r.now += 1;
      r.rows.push({ kind: "event", side: s.side, at, label: { en: "crash + reboot", zh: "崩溃并重启" } });
      feed(s.side, { type: "reboot" });
      break;
    }
    case "inject": {
      r.now += WIRE_DELAY_MS;
      const from = otherSide(s.to);
      r.rows.push({ kind: "segment", from, sentAt: at, arrivedAt: at, lost: false, segment: s.segment });
      feed(s.to, { type: "segment", segment: s.segment });
      break;
    }
  }
  r.records = [...run.records, { sent, notes, states: { A: r.ep.A.state, B: r.ep.B.state }, now: r.now }];
  return r;
}

/**
 * Piggybacking: a segment that carries an ACK replaces a pure ACK still waiting to leave
 * from the same side (what a stack does when the application writes before the delayed
 * ACK goes out). Only pure ACKs queued before this step and covered by the new ack merge.
 */
function mergePureAcks(r: Run, side: Side, before: number): void {
  const queue = r.wire[otherSide(side)];
  const fresh = queue.slice(before).find((f) => f.segment.flags.ack);
  if (!fresh) return;
  const dropRows = new Set<number>();
  queue.forEach((f, i) => {
    const pure = flagsOf(f.segment) === "ACK" && f.segment.data.length === 0;
    if (i < before && f.from === side && pure && seqLe(f.segment.ack, fresh.segment.ack)) dropRows.add(f.row);
  });
  if (dropRows.size === 0) return;
  // Remove the merged rows and renumber the references into `rows`.
  const newIndex: number[] = [];
  const rows: LadderRow[] = [];
  r.rows.forEach((row, i) => {
    newIndex[i] = rows.length;
    if (!dropRows.has(i)) rows.push(row);
  });
  r.rows = rows;
  r.wire = {
    A: r.wire.A.filter((f) => !dropRows.has(f.row)).map((f) => ({ ...f, row: newIndex[f.row]! })),
    B: r.wire.B.filter((f) => !dropRows.has(f.row)).map((f) => ({ ...f, row: newIndex[f.row]! })),
  };
}

export function runTrace(trace: Trace, extra: TraceStep[] = []): Run {
  let run = startRun(trace);
  for (const s of [...trace.steps, ...extra]) run = applyStep(run, s);
  return run;
}

/** The head of the wire towards `to`, for describing a deliver/lose step before it happens. */
export function headTowards(run: Run, to: Side): InFlight | undefined {
  return run.wire[to][0];
}

export { nextDeadline };
