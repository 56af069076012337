// The four kinds of engine questions, cut out of a trace at a point the generator picks.
// Every answer is read from the engine's run; distractors are built around the common
// mistakes (ack = last byte received, SYN/FIN not counted, the wrong state on the diagram).
import type { Concept } from "../concepts";
import { CONCEPT_CONTENT } from "../content/concepts";
import { getScenario } from "../scenarios";
import { seqAdd } from "../tcp/seq";
import { TCP_STATES, type Segment, type TcpState } from "../tcp/types";
import { flagsOf, segmentLabelOf } from "../tcp/format";
import { stateTopic } from "./state-concepts";
import type { Rng } from "./random";
import { join, ladderOf, profileLine, replayWithText, sideName } from "./describe";
import type { Template } from "./templates";
import type { Run } from "./trace";
import type { Choice, ChoiceValue, Misconception, Question, QuestionKind, Side, Text, Trace } from "./types";

/** States students confuse with each one (neighbours on the diagram, the other role's state). */
const CONFUSABLE: Record<TcpState, TcpState[]> = {
  CLOSED: ["TIME_WAIT", "LISTEN", "LAST_ACK", "FIN_WAIT_2"],
  LISTEN: ["CLOSED", "SYN_RCVD", "SYN_SENT"],
  SYN_SENT: ["SYN_RCVD", "ESTABLISHED", "LISTEN"],
  SYN_RCVD: ["SYN_SENT", "ESTABLISHED", "LISTEN"],
  ESTABLISHED: ["SYN_RCVD", "SYN_SENT", "CLOSE_WAIT"],
  FIN_WAIT_1: ["FIN_WAIT_2", "CLOSE_WAIT", "CLOSING"],
  FIN_WAIT_2: ["FIN_WAIT_1", "TIME_WAIT", "CLOSE_WAIT", "CLOSED"],
  CLOSE_WAIT: ["FIN_WAIT_2", "LAST_ACK", "TIME_WAIT"],
  CLOSING: ["FIN_WAIT_2", "TIME_WAIT", "LAST_ACK"],
  LAST_ACK: ["CLOSE_WAIT", "TIME_WAIT", "CLOSING"],
  TIME_WAIT: ["FIN_WAIT_2", "LAST_ACK", "CLOSED", "CLOSING"],
};

export interface Cut {
  template: Template;
  trace: Trace;
  runs: Run[];
  texts: Text[];
}

export function cutTrace(template: Template, trace: Trace): Cut {
  const { runs, texts } = replayWithText(trace);
  return { template, trace, runs, texts };
}

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];
const valueKey = (v: ChoiceValue): string => JSON.stringify(v);

/** The right choice and up to three distinct wrong ones, shuffled. */
function finish(rng: Rng, right: Choice, wrong: Choice[]): { choices: Choice[]; answer: number } {
  const seen = new Set([valueKey(right.value)]);
  const picked: Choice[] = [];
  for (const c of wrong) {
    const k = valueKey(c.value);
    if (seen.has(k) || picked.length >= 3) continue;
    seen.add(k);
    picked.push(c);
  }
  const choices = rng.shuffle([right, ...picked]);
  return { choices, answer: choices.indexOf(right) };
}

/**
 * Like finish, but the three wrong choices are picked (in the order given, which puts the
 * aimed ones first) so that the right one's rank by length is drawn at random: being the
 * longest or the shortest then gives nothing away.
 */
function finishBalanced(rng: Rng, right: Choice, wrong: Choice[]): { choices: Choice[]; answer: number } {
  const len = (c: Choice): number => [...c.label.en].length;
  const seen = new Set([valueKey(right.value)]);
  const distinct = wrong.filter((c) => (seen.has(valueKey(c.value)) ? false : (seen.add(valueKey(c.value)), true)));
  const longer = rng.int(0, 3);
  const picked: Choice[] = [];
  let nLonger = 0;
  for (const c of distinct) {
    if (picked.length >= 3) break;
    const d = len(c) - len(right);
    // Equal lengths are left for the fill: they make the right one neither longest nor shortest.
    if (d > 0 && nLonger < longer) {
      picked.push(c);
      nLonger++;
    } else if (d < 0 && picked.length - nLonger < 3 - longer) {
      picked.push(c);
    }
  }
  // Not enough of one kind: fill with the others, in order.
  for (const c of distinct) if (picked.length < 3 && !picked.includes(c)) picked.push(c);
  const choices = rng.shuffle([right, ...picked]);
  return { choices, answer: choices.indexOf(right) };
}

function stateChoice(state: TcpState): Choice {
  return { label: { en: state, zh: state }, value: { kind: "state", state } };
}

/**
 * The summary of the concept the question itself asks about: the first of its own concepts
 * that is not the generic "states". A question whose event teaches nothing more specific
 * gets no summary, rather than the scenario's (which would speak of another event).
 */
function conceptSummary(concepts: Concept[]): Text {
  const c = concepts.find((x) => x !== "states");
  return c ? CONCEPT_CONTENT[c].summary : { en: "", zh: "" };
}

const OTHER_TITLES: Record<string, Text> = {
  abort: { en: "Abort", zh: "中止连接" },
  "old-duplicate-syn": { en: "Old duplicate SYN (RFC 9293 Figure 9)", zh: "旧的重复 SYN（RFC 9293 图 9）" },
  "random-walk": { en: "A random trace", zh: "随机轨迹" },
};

/** The ladder's caption: the game scenario the trace plays out, so quiz and game connect. */
function ladderTitle(scenario: string | null, templateId: string): Text {
  const sc = scenario ? getScenario(scenario) : undefined;
  if (sc) return { en: `Scenario ${sc.number}: ${sc.title.en}`, zh: `场景 ${sc.number}：${sc.title.zh}` };
  return OTHER_TITLES[templateId] ?? { en: templateId, zh: templateId };
}

/** Points in the template's own part (not the handshake that sets the scene), most of the time. */
export function focus<P extends { k: number }>(cut: Cut, points: P[], rng: Rng): P[] {
  const inFocus = points.filter((p) => p.k >= cut.template.focusFrom);
  return inFocus.length > 0 && rng.chance(0.85) ? inFocus : points;
}

function question(
  cut: Cut,
  kind: QuestionKind,
  k: number,
  fields: Omit<Question, "id" | "key" | "kind" | "concepts" | "misconceptions"> & { concepts: Concept[]; misconceptions: Misconception[] },
): Question {
  // A point inside the opening handshake is a handshake question, whatever the template.
  const setting = k < cut.template.focusFrom ? { id: "handshake", concepts: ["handshake"] as Concept[] } : cut.template;
  // What-next points name their own concepts exactly; the others also teach the scenario's.
  // A question names the concepts of the transition it asks about; only when that says
  // nothing specific does it fall back on the scenario's.
  const specific = fields.concepts.some((c) => c !== "states" && c !== "ack-number" && c !== "seq-consumption");
  const concepts = uniq(specific ? fields.concepts : [...fields.concepts, ...setting.concepts]);
  const explanation = join(fields.explanation, conceptSummary(fields.concepts));
  const ladder = fields.ladder
    ? { ...fields.ladder, title: ladderTitle(k < cut.template.focusFrom ? "handshake" : cut.template.scenario, cut.template.id) }
    : null;
  return {
    ...fields,
    ladder,
    id: "",
    key: `${kind}/${setting.id}`,
    kind,
    concepts,
    misconceptions: uniq(fields.misconceptions),
    explanation,
  };
}

/** (1) Which state is this endpoint in now? */
export function stateQuestion(cut: Cut, rng: Rng): Question | null {
  const { trace, runs, texts } = cut;
  const end = runs[runs.length - 1]!;
  const points: { k: number; side: Side }[] = [];
  end.records.forEach((rec, k) => {
    for (const side of ["A", "B"] as Side[])
      if (rec.notes[side].length > 0 && !(k === 0 && rec.states[side] === "CLOSED")) points.push({ k, side });
  });
  if (points.length === 0) return null;
  const { k, side } = rng.pick(focus(cut, points, rng));
  const answer = end.records[k]!.states[side];
  let lastChange = -1;
  for (let j = 0; j <= k; j++) if ((j === 0 ? "CLOSED" : end.records[j - 1]!.states[side]) !== end.records[j]!.states[side]) lastChange = j;
  const before = lastChange > 0 ? end.records[lastChange - 1]!.states[side] : "CLOSED";

  const from = runs[k]!.ep[side].state;
  const topic = stateTopic(from, answer, trace.steps[k]!, arrivalAt(cut, k, side), cut.template.id);
  const concepts: Concept[] = ["states", ...topic.concepts];
  const misconceptions: Misconception[] = [...topic.misconceptions];

  const wrong = rng.shuffle(CONFUSABLE[answer]).slice(0, 3);
  if (rng.chance(0.3)) wrong[2] = rng.pick(TCP_STATES.filter((s) => s !== answer && !wrong.includes(s)));
  // Aim the distractor at the misconception: a server "in SYN_SENT".
  if (answer === "SYN_RCVD" && !wrong.includes("SYN_SENT")) wrong[0] = "SYN_SENT";
  const { choices, answer: idx } = finish(rng, stateChoice(answer), wrong.map(stateChoice));

  const name = sideName(trace, side);
  // The explanation starts from the event asked about; a state that did not change there
  // says since which event it holds.
  const asked = texts[k]!;
  const fact =
    lastChange === k
      ? { en: `${asked.en}: ${side} went ${before} → ${answer}.`, zh: `${asked.zh}：${side} 从 ${before} 进入 ${answer}。` }
      : lastChange >= 0
        ? {
            en: `${asked.en}: ${side} stays in ${answer} (unchanged since "${texts[lastChange]!.en}").`,
            zh: `${asked.zh}：${side} 仍处于 ${answer}（自“${texts[lastChange]!.zh}”以来没有变化）。`,
          }
        : { en: `${asked.en}: ${side} is still ${answer}.`, zh: `${asked.zh}：${side} 仍处于 ${answer}。` };
  return question(cut, "state", k, {
    concepts,
    misconceptions,
    prompt: join(profileLine(trace), {
      en: `After "${texts[k]!.en}", which state is ${name.en} in?`,
      zh: `在“${texts[k]!.zh}”之后，${name.zh}处于什么状态？`,
    }),
    ladder: ladderOf(trace, end, k + 1, side),
    choices,
    answer: idx,
    explanation: fact,
    check: { trace: { ...trace, steps: trace.steps.slice(0, k + 1) }, next: [], ask: { what: "state", side } },
  });
}

/** Points where a step makes one side send something: (index of the step, the side). */
function sendPoints(cut: Cut): { k: number; side: Side }[] {
  const end = cut.runs[cut.runs.length - 1]!;
  const out: { k: number; side: Side }[] = [];
  end.records.forEach((rec, k) => {
    for (const side of ["A", "B"] as Side[]) if (rec.sent[side].length > 0) out.push({ k, side });
  });
  return out;
}

/** The segment that arrives at `side` in step k (delivered or an old duplicate), if any. */
function arrivingSegment(cut: Cut, k: number, side: Side): Segment | undefined {
  const step = cut.trace.steps[k];
  return step?.t === "inject" && step.to === side
    ? step.segment
    : step?.t === "deliver" && step.to === side
      ? cut.runs[k]!.wire[side][0]?.segment
      : undefined;
}

function arrivalAt(cut: Cut, k: number, side: Side): { syn: boolean; fin: boolean; rst: boolean; data: boolean } | null {
  const seg = arrivingSegment(cut, k, side);
  return seg ? { syn: seg.flags.syn, fin: seg.flags.fin, rst: seg.flags.rst, data: seg.data.length > 0 } : null;
}

/** (2) Which segment comes next, and (3) which number must it carry? */
export function segmentQuestion(cut: Cut, rng: Rng, numbers: boolean): Question | null {
  const points = sendPoints(cut);
  if (points.length === 0) return null;
  const { k, side } = rng.pick(focus(cut, points, rng));
  const { trace, runs, texts } = cut;
  const end = runs[runs.length - 1]!;
  const seg = end.records[k]!.sent[side][0]!;
  const flags = flagsOf(seg);
  const ack = seg.flags.ack ? seg.ack : null;
  const came = arrivalAt(cut, k, side);
  const consumed = !!came && (came.syn || came.fin);
  const topic = stateTopic(runs[k]!.ep[side].state, end.records[k]!.states[side], trace.steps[k]!, came, cut.template.id);
  const concepts: Concept[] = [...topic.concepts];
  const misconceptions: Misconception[] = [];
  if (ack !== null) {
    concepts.push("ack-number");
    misconceptions.push("ack-next-expected");
  }
  if (consumed || seg.flags.syn || seg.flags.fin) {
    concepts.push("seq-consumption");
    if (consumed) misconceptions.push("syn-fin-consume-seq");
  }
  const name = sideName(trace, side);
  const check = { trace: { ...trace, steps: trace.steps.slice(0, k) }, next: [trace.steps[k]!] };
  const next = trace.steps[k]!;
  const ladder = ladderOf(trace, runs[k]!, k, null, next.t === "call" && next.merge ? next.side : null);
  // A SYN carries the sender's ISS, which nothing on the ladder shows yet: say it.
  const ctx = seg.flags.syn
    ? join(profileLine(trace), {
        en: `${side}'s initial sequence number (ISS) is ${trace[side].iss}.`,
        zh: `${side} 的初始序号（ISS）为 ${trace[side].iss}。`,
      })
    : profileLine(trace);
  const label = segmentLabelOf(flags, seg.seq, ack, seg.data.length);
  // A retransmission repeats the original number; anything new starts at SND.NXT.
  const resent = trace.steps[k]!.t === "timer";
  const seqEn = resent
    ? `A retransmission keeps the original seq ${seg.seq}.`
    : `Its seq ${seg.seq} is SND.NXT, the first sequence number ${side} has not used yet.`;
  const seqZh = resent ? `重传使用原来的序号 ${seg.seq}。` : `序号 ${seg.seq} 是 SND.NXT，即 ${side} 还没有用过的第一个序号。`;
  // A RST from a port with no connection has no RCV.NXT: its ack is the arriving
  // segment's seq + length (RFC 9293 3.10.7.1).
  // A RST's seq: an abort's is SND.NXT; one answering a segment takes that segment's ACK
  // number, or 0 if it had none (RFC 9293 3.10.7.1 - 3.10.7.3).
  const answered = arrivingSegment(cut, k, side);
  const rstSeq: Text = !answered
    ? { en: ` Its seq ${seg.seq} is SND.NXT.`, zh: `序号 ${seg.seq} 是 SND.NXT。` }
    : answered.flags.ack
      ? { en: ` Its seq ${seg.seq} is the ACK number of the segment it answers.`, zh: `序号 ${seg.seq} 取它所回应报文段的确认号。` }
      : { en: " Its seq is 0: the segment it answers carried no ACK.", zh: "序号为 0：它所回应的报文段不带 ACK。" };
  const fact: Text = seg.flags.rst
    ? {
        en: `${side} sends ${label}. A RST takes no sequence number and is never acknowledged.${rstSeq.en}${ack !== null ? ` Its ack ${ack} covers exactly the segment that caused it.` : ""}`,
        zh: `${side} 发送 ${label}。RST 不占用序号，也永远不会被确认。${rstSeq.zh}${ack !== null ? `它的确认号 ${ack} 正好覆盖引发它的那个报文段。` : ""}`,
      }
    : {
        en: `${side} sends ${label}. ${seqEn}${ack !== null ? ` Its ack ${ack} is the next sequence number ${side} expects (RCV.NXT).` : ""}`,
        zh: `${side} 发送 ${label}。${seqZh}${ack !== null ? `确认号 ${ack} 是 ${side} 期望收到的下一个序号（RCV.NXT）。` : ""}`,
      };

  if (numbers) {
    // The prompt states a SYN's ISS, which is the SYN's seq: ask its ack, or nothing.
    if (seg.flags.syn && ack === null) return null;
    const field: "seq" | "ack" = ack !== null && (rng.chance(0.7) || seg.flags.rst || seg.flags.syn) ? "ack" : "seq";
    const right = field === "ack" ? ack! : seg.seq;
    // The numbers the prompt shows (the arriving segment's seq and ack) come first: a reply's
    // seq is often the ack it received, so a student who copies a number from the prompt must
    // still pick the right one. Then off by one (the classic: ack = last byte received, or a
    // SYN/FIN not counted), then a wilder one.
    const arriving = arrivingSegment(cut, k, side);
    const shown = arriving ? [arriving.seq, ...(arriving.flags.ack ? [arriving.ack] : [])] : [];
    const wrong = [
      ...rng.shuffle(shown.filter((n) => n !== right)),
      seqAdd(right, -1),
      seqAdd(right, 1),
      ...rng.shuffle([2, -2, 100, seg.data.length + 1]).map((d) => seqAdd(right, d)),
    ];
    const numChoice = (n: number): Choice => ({ label: { en: String(n), zh: String(n) }, value: { kind: "number", value: n } });
    const { choices, answer } = finish(rng, numChoice(right), wrong.map(numChoice));
    return question(cut, "numbers", k, {
      concepts: field === "ack" ? concepts : [...concepts, "seq-consumption"],
      misconceptions,
      prompt: join(ctx, {
        en: `${texts[k]!.en}. ${name.en} sends ${flags}. Which ${field} number must that segment carry?`,
        zh: `${texts[k]!.zh}。${name.zh}发送一个 ${flags} 报文段。它的 ${field} 必须是多少？`,
      }),
      ladder,
      choices,
      answer,
      explanation: fact,
      check: { ...check, ask: { what: field, side } },
    });
  }

  const segValue = (f: string, s: number, a: number | null): Choice => ({
    label: { en: segmentLabelOf(f, s, a, seg.data.length), zh: segmentLabelOf(f, s, a, seg.data.length) },
    value: { kind: "segment", flags: f, seq: s, ack: a },
  });
  const altFlags: Record<string, string[]> = {
    SYN: ["SYN,ACK"],
    "SYN,ACK": ["SYN", "ACK"],
    ACK: ["FIN,ACK", "SYN,ACK"],
    "FIN,ACK": ["ACK", "FIN"],
    FIN: ["FIN,ACK"],
    RST: ["RST,ACK", "ACK"],
    "RST,ACK": ["RST", "ACK"],
  };
  const wrong: Choice[] = [];
  if (ack !== null) wrong.push(segValue(flags, seg.seq, seqAdd(ack, -1)));
  const off = rng.pick([1, -1]);
  wrong.push(segValue(flags, seqAdd(seg.seq, off), ack));
  for (const f of rng.shuffle(altFlags[flags] ?? ["ACK"])) {
    const a = f.includes("ACK") ? (ack ?? seqAdd(seg.seq, 1)) : null;
    wrong.push(segValue(f, seg.seq, a));
  }
  if (ack !== null) wrong.push(segValue(flags, seg.seq, seqAdd(ack, 1)));
  wrong.push(segValue(flags, seqAdd(seg.seq, -off), ack));
  const { choices, answer } = finish(rng, segValue(flags, seg.seq, ack), wrong);
  return question(cut, "next-segment", k, {
    concepts,
    misconceptions,
    prompt: join(ctx, { en: `${texts[k]!.en}. Which segment does ${name.en} send?`, zh: `${texts[k]!.zh}。${name.zh}发送哪个报文段？` }),
    ladder,
    choices,
    answer,
    explanation: fact,
    check: { ...check, ask: { what: "segment", side } },
  });
}

export { finish, finishBalanced, CONFUSABLE, question };
