// A quiz from a capture: "which state is the client in after segment 9?", "what ack must
// segment 7 carry?", answered from the inferred states, with shared/quiz's question shape
// so the same scenes score them and mastery counts them per concept. Seeded: the same
// capture and seed give the same questions.
import { TCP_STATES, segLen, type Segment, type TcpState } from "../tcp";
import { createRng, type Rng } from "../quiz/random";
import { stateTopic } from "../quiz/state-concepts";
import type { Choice, Ladder, LadderRow, Question, Text } from "../quiz/types";
import type { Side } from "../scenarios/types";
import { relative } from "./infer";
import type { InferredConnection, InferredStep } from "./steps";

/** A quiz question from a capture, with the segment it is about (for drawing its ladder). */
export type CaptureQuestion = Question & {
  /** The last segment the ladder shows (1-based), and the side whose state there is asked. */
  upTo: number;
  hide: Side | null;
};

/** States students mix up with each one: the wrong answers offered first. */
const NEIGHBOURS: Record<TcpState, TcpState[]> = {
  CLOSED: ["TIME_WAIT", "LISTEN", "LAST_ACK"],
  LISTEN: ["SYN_RCVD", "CLOSED", "SYN_SENT"],
  SYN_SENT: ["SYN_RCVD", "ESTABLISHED", "LISTEN"],
  SYN_RCVD: ["SYN_SENT", "ESTABLISHED", "LISTEN"],
  ESTABLISHED: ["SYN_RCVD", "CLOSE_WAIT", "FIN_WAIT_1"],
  FIN_WAIT_1: ["FIN_WAIT_2", "CLOSE_WAIT", "CLOSING"],
  FIN_WAIT_2: ["FIN_WAIT_1", "TIME_WAIT", "CLOSE_WAIT"],
  CLOSE_WAIT: ["FIN_WAIT_2", "LAST_ACK", "FIN_WAIT_1"],
  CLOSING: ["TIME_WAIT", "FIN_WAIT_2", "LAST_ACK"],
  LAST_ACK: ["CLOSE_WAIT", "TIME_WAIT", "CLOSED"],
  TIME_WAIT: ["FIN_WAIT_2", "CLOSED", "LAST_ACK"],
};

/** Rows of the ladder shown before a question: at most this many segments. */
const SHOWN = 8;

const ROLE: Record<string, Text> = {
  client: { en: "the client", zh: "客户端" },
  server: { en: "the server", zh: "服务端" },
  peer: { en: "the peer", zh: "对等端" },
};

function roles(conn: InferredConnection): Record<Side, "client" | "server" | "peer"> {
  return conn.start === "mid-connection" ? { A: "peer", B: "peer" } : { A: "client", B: "server" };
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function name(conn: InferredConnection, side: Side): Text {
  const host = side === "A" ? conn.info.a : conn.info.b;
  const role = ROLE[roles(conn)[side]]!;
  return { en: `${role.en} (${side}, port ${host.port})`, zh: `${role.zh}（${side}，端口 ${host.port}）` };
}

/** The segment with Wireshark's relative numbers: seq from its sender's ISS, ack from the receiver's. */
function shownSegment(conn: InferredConnection, s: InferredStep): Segment {
  const to: Side = s.from === "A" ? "B" : "A";
  return {
    ...s.segment,
    seq: relative(conn, s.from, s.segment.seq),
    ack: s.segment.flags.ack ? relative(conn, to, s.segment.ack) : 0,
    data: ".".repeat(Math.min(s.packet.payloadLen, 9999)),
  };
}

function flagText(s: Segment): string {
  const f = s.flags;
  return [f.syn && "SYN", f.fin && "FIN", f.rst && "RST", f.ack && "ACK"].filter(Boolean).join(",") || "—";
}

/** The ladder up to step `upTo` (1-based), the asked side's state in the last row hidden. */
function ladderFor(conn: InferredConnection, upTo: number, hide: Side | null): Ladder {
  const first = Math.max(0, upTo - SHOWN);
  const steps = conn.steps.slice(first, upTo);
  const rows: LadderRow[] = steps.map((s, i) => ({
    kind: "segment",
    from: s.from,
    sentAt: i,
    arrivedAt: s.lost ? null : i,
    lost: s.lost,
    segment: shownSegment(conn, s),
  }));
  const states = steps.map((s, i) => {
    const last = i === steps.length - 1;
    return { A: last && hide === "A" ? null : s.after.A, B: last && hide === "B" ? null : s.after.B };
  });
  const r = roles(conn);
  const startState = first === 0 ? conn.initial : conn.steps[first - 1]!.after;
  return {
    title: { en: `Capture: segments ${first + 1}–${upTo}`, zh: `抓包：报文 ${first + 1}–${upTo}` },
    A: { label: `A :${conn.info.a.port}`, role: r.A, start: startState.A },
    B: { label: `B :${conn.info.b.port}`, role: r.B, start: startState.B },
    steps: steps.length,
    rows,
    states,
  };
}

function arranged(rng: Rng, right: Choice, wrong: Choice[]): { choices: Choice[]; answer: number } {
  const choices = rng.shuffle([right, ...wrong.slice(0, 3)]);
  return { choices, answer: choices.indexOf(right) };
}

function stateQuestion(conn: InferredConnection, s: InferredStep, side: Side, rng: Rng, id: string): CaptureQuestion {
  const truth = s.after[side];
  const pool = [...NEIGHBOURS[truth], s.before[side], ...TCP_STATES].filter((x, i, all) => x !== truth && all.indexOf(x) === i);
  const label = (st: TcpState): Choice => ({ label: { en: st, zh: st }, value: { kind: "state", state: st } });
  const { choices, answer } = arranged(rng, label(truth), pool.slice(0, 3).map(label));
  const to: Side = s.from === "A" ? "B" : "A";
  const seg = s.segment;
  const arrived =
    side === to && !s.lost ? { syn: seg.flags.syn, fin: seg.flags.fin, rst: seg.flags.rst, data: s.packet.payloadLen > 0 } : null;
  const step =
    side === to
      ? ({ t: "deliver", to } as const)
      : ({ t: "call", side, call: seg.flags.syn ? "connect" : seg.flags.rst ? "abort" : "close" } as const);
  const topic = stateTopic(s.before[side], truth, step, arrived, conn.start === "handshake" ? "capture" : "capture-mid");
  const who = name(conn, side);
  const f = flagText(seg);
  return {
    id,
    key: `capture-state-${s.before[side]}-${truth}`,
    kind: "state",
    concepts: topic.concepts.length ? topic.concepts : ["states"],
    misconceptions: topic.misconceptions,
    prompt: {
      en: `After segment ${s.n} (${f} from ${s.from}), which state is ${who.en} in?`,
      zh: `报文 ${s.n}（${s.from} 发出的 ${f}）之后，${who.zh}处于什么状态？`,
    },
    ladder: ladderFor(conn, s.n, side),
    upTo: s.n,
    hide: side,
    ...{ choices, answer },
    explanation:
      s.before[side] === truth
        ? {
            en: `${capital(who.en)} stays in ${truth}: segment ${s.n} changes no state there.`,
            zh: `${who.zh}保持在 ${truth}：报文 ${s.n} 没有改变它的状态。`,
          }
        : {
            en: `${capital(who.en)} was in ${s.before[side]}; ${side === to ? `the arrival of segment ${s.n}` : `sending segment ${s.n}`} takes it to ${truth}, as the TCP engine replays the capture (RFC 9293 3.10).`,
            zh: `${who.zh}原来处于 ${s.before[side]}；${side === to ? `报文 ${s.n} 的到达` : `发送报文 ${s.n}`}使它进入 ${truth}，这是 TCP 引擎重放抓包得出的（RFC 9293 3.10）。`,
          },
    check: null,
  };
}

function ackQuestion(conn: InferredConnection, s: InferredStep, expected: number, rng: Rng, id: string): CaptureQuestion {
  const to: Side = s.from === "A" ? "B" : "A";
  const right = relative(conn, to, expected);
  // What was acknowledged: the peer's last segment into sequence space before this one.
  const acked = [...conn.steps.slice(0, s.n - 1)]
    .reverse()
    .find((x) => x.from === to && segLen({ ...x.segment, data: ".".repeat(x.packet.payloadLen) }) > 0);
  const ackedSeg = acked ? shownSegment(conn, acked) : null;
  const consumes = acked ? (acked.segment.flags.syn ? "syn" : acked.segment.flags.fin ? "fin" : "data") : "none";
  const pool = [right - 1, right + 1, ackedSeg?.seq ?? right + 2, right + 2, right - 2].filter(
    (v, i, all) => v >= 0 && v !== right && all.indexOf(v) === i,
  );
  const num = (v: number): Choice => ({ label: { en: String(v), zh: String(v) }, value: { kind: "number", value: v } });
  const { choices, answer } = arranged(rng, num(right), pool.map(num));
  const who = name(conn, s.from);
  const f = flagText(s.segment);
  const why: Text =
    consumes === "syn" || consumes === "fin"
      ? {
          en: `The ${consumes.toUpperCase()} of segment ${acked!.n} takes one sequence number, so the next byte expected is ${right}.`,
          zh: `报文 ${acked!.n} 的 ${consumes.toUpperCase()} 占用一个序号，所以期望的下一个字节是 ${right}。`,
        }
      : {
          en: `The ack is the next byte expected (RCV.NXT), not the last one received: ${right}.`,
          zh: `ack 是期望收到的下一个字节（RCV.NXT），而不是最后收到的字节：${right}。`,
        };
  return {
    id,
    key: `capture-ack-${consumes}`,
    kind: "numbers",
    concepts: consumes === "syn" || consumes === "fin" ? ["ack-number", "seq-consumption"] : ["ack-number"],
    misconceptions: consumes === "syn" || consumes === "fin" ? ["syn-fin-consume-seq", "ack-next-expected"] : ["ack-next-expected"],
    prompt: {
      en: `Segment ${s.n} is ${who.en}'s ${f}. What ack number must it carry (relative, as Wireshark shows it)?`,
      zh: `报文 ${s.n} 是${who.zh}发出的 ${f}。它必须携带什么 ack 号（相对序号，与 Wireshark 显示的一致）？`,
    },
    ladder: ladderFor(conn, s.n - 1, null),
    upTo: s.n - 1,
    hide: null,
    choices,
    answer,
    explanation: why,
    check: null,
  };
}

/** Up to `count` questions, alternating states and ack numbers, from the interesting segments. */
export function captureQuiz(conn: InferredConnection, seed: string, count = 6): CaptureQuestion[] {
  const rng = createRng(`${seed}|${conn.info.id}|${conn.steps.length}`);
  const states = rng.shuffle(
    conn.steps.flatMap((s) => (["A", "B"] as const).filter((side) => s.before[side] !== s.after[side]).map((side) => ({ s, side }))),
  );
  const acks = rng.shuffle(
    conn.steps.flatMap((s) => {
      const prev = conn.steps[s.n - 2];
      const expected = prev?.rcvNxt[s.from];
      // Only where the capture and the engine agree: the question has one right answer.
      return s.segment.flags.ack && s.n > 1 && expected != null && expected === s.segment.ack ? [{ s, expected }] : [];
    }),
  );
  const out: CaptureQuestion[] = [];
  for (let i = 0; out.length < count && (states.length || acks.length); i++) {
    const id = `${seed}-${out.length + 1}`;
    const st = i % 2 === 0 ? states.shift() : undefined;
    const ak = st === undefined ? acks.shift() : undefined;
    if (st) out.push(stateQuestion(conn, st.s, st.side, rng, id));
    else if (ak) out.push(ackQuestion(conn, ak.s, ak.expected, rng, id));
    else if (states.length) {
      const again = states.shift()!;
      out.push(stateQuestion(conn, again.s, again.side, rng, id));
    }
  }
  return out;
}
