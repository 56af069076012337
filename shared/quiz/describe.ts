// Words and pictures for traces: how a step is told in a prompt, the ladder a question
// shows, and the labels of states and outcomes, in both languages.
import type { TcpState } from "../tcp/types";
import { segmentLabel as describeSegment } from "../tcp/format";
import { type Run, applyStep, headTowards, nextDeadline, startRun } from "./trace";
import type { Ladder, Side, Text, Trace, TraceStep } from "./types";

const ROLE_ZH = { client: "客户端", server: "服务端", peer: "对等端" } as const;

export function sideName(trace: Trace, side: Side): Text {
  const role = trace[side].role;
  return { en: `${side} (${role})`, zh: `${side}（${ROLE_ZH[role]}）` };
}

const TIMER_NAME: Record<string, Text> = {
  retransmit: { en: "retransmission timer", zh: "重传计时器" },
  "time-wait": { en: "2MSL (TIME_WAIT) timer", zh: "2MSL（TIME_WAIT）计时器" },
  "fin-wait-2": { en: "FIN_WAIT_2 timer", zh: "FIN_WAIT_2 计时器" },
};

/** How a step is told, given the run just before it. */
export function describeStep(run: Run, s: TraceStep): Text {
  switch (s.t) {
    case "call": {
      const fn = `${s.call}(${s.call === "send" ? `"${s.data ?? ""}"` : ""})`;
      if (s.merge)
        return {
          en: `${s.side}'s application calls ${fn} before its ACK has gone out`,
          zh: `${s.side} 的应用在 ACK 发出之前就调用了 ${fn}`,
        };
      return { en: `${s.side}'s application calls ${fn}`, zh: `${s.side} 的应用调用 ${fn}` };
    }
    case "deliver":
    case "lose": {
      const head = headTowards(run, s.to);
      const label = head ? describeSegment(head.segment) : "?";
      const from = head?.from ?? "?";
      return s.t === "deliver"
        ? { en: `The ${label} from ${from} arrives at ${s.to}`, zh: `${from} 发出的 ${label} 到达 ${s.to}` }
        : { en: `The ${label} from ${from} to ${s.to} is lost`, zh: `${from} 发往 ${s.to} 的 ${label} 丢失了` };
    }
    case "timer": {
      const d = nextDeadline(run.ep[s.side]);
      const name = TIMER_NAME[d?.timer ?? "retransmit"]!;
      // Chinese puts a space between a Han character and a Latin word ("的 2MSL").
      const gap = /^[A-Za-z0-9]/.test(name.zh) ? " " : "";
      return { en: `${s.side}'s ${name.en} fires`, zh: `${s.side} 的${gap}${name.zh}超时` };
    }
    case "reboot":
      return { en: `Host ${s.side} crashes and reboots`, zh: `主机 ${s.side} 崩溃并重启` };
    case "inject": {
      const label = describeSegment(s.segment);
      return { en: `An old duplicate ${label} from earlier arrives at ${s.to}`, zh: `一个旧的重复报文段（${label}）到达 ${s.to}` };
    }
  }
}

/** Runs a trace and tells every step: runs[i] is the run before step i. */
export function replayWithText(trace: Trace, extra: TraceStep[] = []): { runs: Run[]; texts: Text[] } {
  let run = startRun(trace);
  const runs: Run[] = [run];
  const texts: Text[] = [];
  for (const s of [...trace.steps, ...extra]) {
    texts.push(describeStep(run, s));
    run = applyStep(run, s);
    runs.push(run);
  }
  return { runs, texts };
}

/** The first `steps` steps of a run as a ladder; segments still on the wire have no arrival. */
export function ladderOf(trace: Trace, run: Run, steps: number, hide: Side | null, mergeFrom: Side | null = null): Ladder {
  // A pure ACK about to be merged into the next segment of `mergeFrom` has not left yet.
  const merging = (r: Ladder["rows"][number]): boolean =>
    r.kind === "segment" &&
    r.from === mergeFrom &&
    r.arrivedAt === null &&
    r.segment.data === "" &&
    !r.segment.flags.syn &&
    !r.segment.flags.fin &&
    !r.segment.flags.rst;
  const rows = run.rows
    .filter((r) => (r.kind === "segment" ? r.sentAt < steps : r.at < steps) && !merging(r))
    .map((r) => (r.kind === "segment" && r.arrivedAt !== null && r.arrivedAt >= steps ? { ...r, arrivedAt: null, lost: false } : r));
  const states = run.records.slice(0, steps).map((rec) => ({
    A: hide === "A" ? null : rec.states.A,
    B: hide === "B" ? null : rec.states.B,
  }));
  return {
    title: { en: "", zh: "" },
    A: { label: `A :${trace.A.port}`, role: trace.A.role, start: "CLOSED" },
    B: { label: `B :${trace.B.port}`, role: trace.B.role, start: "CLOSED" },
    steps,
    rows,
    states,
  };
}

export function profileLine(trace: Trace): Text {
  if (trace.profile === "linux") return { en: "Linux behaviour (TIME_WAIT 60 s).", zh: "Linux 的行为（TIME_WAIT 60 秒）。" };
  const s = trace.msl / 1000;
  return { en: `RFC 9293 behaviour, MSL = ${s} s.`, zh: `RFC 9293 的行为，MSL = ${s} 秒。` };
}

/** "B sends FIN,ACK and moves to LAST_ACK" / "B 发送 FIN,ACK，进入 LAST_ACK". */
export function outcomeLabel(side: Side, sends: string[], state: TcpState, before: TcpState): Text {
  const what =
    sends.length === 0
      ? { en: `${side} sends nothing`, zh: `${side} 不发送报文` }
      : { en: `${side} sends ${sends.join(" + ")}`, zh: `${side} 发送 ${sends.join(" + ")}` };
  const where = state === before ? { en: `stays in ${state}`, zh: `保持 ${state}` } : { en: `moves to ${state}`, zh: `进入 ${state}` };
  return { en: `${what.en} and ${where.en}`, zh: `${what.zh}，${where.zh}` };
}

export function join(...parts: Text[]): Text {
  const used = parts.filter((p) => p.en !== "" || p.zh !== "");
  return { en: used.map((p) => p.en).join(" "), zh: used.map((p) => p.zh).join("") };
}
