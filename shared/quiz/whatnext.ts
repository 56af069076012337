// (4) What happens next? A timer fires, a segment is lost, FINs or SYNs cross, a RST or an
// old duplicate arrives, a rebooted host tries to connect; and how long a timer will wait.
// The outcome (what the side sends, the state it ends in) is read from the engine's run.
import type { Concept } from "../concepts";
import type { NoteCode, TcpState } from "../tcp/types";
import { noteText } from "../content/notes";
import { flagsOf } from "../tcp/format";
import { join, ladderOf, outcomeLabel, profileLine, sideName } from "./describe";
import { CONFUSABLE, type Cut, finish, finishBalanced, focus, question } from "./kinds";
import type { Rng } from "./random";
import { nextDeadline } from "./trace";
import type { Choice, Misconception, Question, Side, Text } from "./types";

/** The engine notes an answer's explanation repeats (in the match's own words: shared/content/notes.ts). */
const EXPLAINED_NOTES: ReadonlySet<NoteCode> = new Set<NoteCode>([
  "segment/time-wait-restart",
  "segment/fin-retransmitted",
  "segment/rst-accepted",
  "segment/syn-sent-refused",
  "segment/simultaneous-open",
  "user/quiet-time",
  "timer/retransmit",
  "timer/fin-wait-2-expired",
  "timer/time-wait-expired",
  "segment/old-duplicate",
  "segment/closed-reset",
  "segment/unacceptable",
]);

const SENDS_POOL: string[][] = [[], ["ACK"], ["RST"], ["FIN,ACK"], ["SYN,ACK"], ["SYN"], ["RST,ACK"]];

interface Point {
  k: number;
  /** Index of the last step the question replays (>= k). */
  j: number;
  side: Side;
  concepts: Concept[];
  misconceptions: Misconception[];
}

function whatNextPoints(cut: Cut): Point[] {
  const { trace, runs } = cut;
  const out: Point[] = [];
  trace.steps.forEach((s, k) => {
    const run = runs[k]!;
    if (s.t === "timer") {
      const d = nextDeadline(run.ep[s.side]);
      if (!d) return;
      // A FIN retransmitted from LAST_ACK is the one TIME_WAIT is there to answer.
      if (d.timer === "retransmit")
        out.push({
          k,
          j: k,
          side: s.side,
          concepts: run.ep[s.side].state === "LAST_ACK" ? ["retransmission", "time-wait-lost-ack"] : ["retransmission"],
          misconceptions: [],
        });
      if (d.timer === "time-wait") out.push({ k, j: k, side: s.side, concepts: ["two-msl"], misconceptions: ["active-closer-time-wait"] });
      if (d.timer === "fin-wait-2")
        out.push({ k, j: k, side: s.side, concepts: ["fin-wait-2-timer"], misconceptions: ["fin-wait-2-timer-linux"] });
    } else if (s.t === "lose") {
      const j = trace.steps.findIndex((x, i) => i > k && x.t === "timer");
      const t = trace.steps[j];
      const lostFromTimeWait = run.wire[s.to][0] && run.ep[run.wire[s.to][0]!.from].state === "TIME_WAIT";
      if (t && t.t === "timer")
        out.push({
          k,
          j,
          side: t.side,
          concepts: lostFromTimeWait ? ["time-wait-lost-ack", "retransmission"] : ["retransmission"],
          misconceptions: [],
        });
    } else if (s.t === "deliver") {
      const head = run.wire[s.to][0];
      if (!head) return;
      const f = head.segment.flags;
      const st = run.ep[s.to].state;
      const template = cut.template.id;
      if (f.rst && st === "TIME_WAIT")
        out.push({ k, j: k, side: s.to, concepts: ["time-wait-assassination", "reset"], misconceptions: ["rst-never-acked"] });
      else if (f.rst && template === "old-duplicate-syn")
        out.push({ k, j: k, side: s.to, concepts: ["old-duplicate-syn", "reset"], misconceptions: ["rst-never-acked"] });
      else if (f.rst && (template === "half-open" || template === "challenge-ack"))
        out.push({ k, j: k, side: s.to, concepts: [template, "reset"], misconceptions: ["rst-never-acked"] });
      else if (f.rst) out.push({ k, j: k, side: s.to, concepts: ["reset"], misconceptions: ["rst-never-acked"] });
      // RFC 5961 4.2: a SYN in a synchronized state gets an ACK, never a reset.
      else if (f.syn && !f.ack && st === "ESTABLISHED") out.push({ k, j: k, side: s.to, concepts: ["challenge-ack"], misconceptions: [] });
      // RFC 9293 Figure 9: the SYN,ACK of an old SYN reaches the client in SYN_SENT.
      else if (f.syn && f.ack && st === "SYN_SENT" && template === "old-duplicate-syn" && head.segment.ack !== (run.ep[s.to].iss + 1) >>> 0)
        out.push({ k, j: k, side: s.to, concepts: ["old-duplicate-syn"], misconceptions: [] });
      else if (f.syn && !f.ack && st === "SYN_SENT")
        out.push({ k, j: k, side: s.to, concepts: ["simultaneous-open"], misconceptions: ["server-never-syn-sent"] });
      // FIN_WAIT_1: a FIN that also acknowledges ours is the three-segment close (straight to
      // TIME_WAIT); one that does not is a simultaneous close (CLOSING). Sorted out below.
      else if (f.fin && st === "FIN_WAIT_1") out.push({ k, j: k, side: s.to, concepts: ["simultaneous-close"], misconceptions: [] });
      else if (f.fin && st === "TIME_WAIT")
        out.push({ k, j: k, side: s.to, concepts: ["time-wait-lost-ack"], misconceptions: ["active-closer-time-wait"] });
      else if (f.fin)
        out.push({ k, j: k, side: s.to, concepts: ["four-way-close", "seq-consumption"], misconceptions: ["syn-fin-consume-seq"] });
      else if (f.syn && st === "CLOSED") out.push({ k, j: k, side: s.to, concepts: ["reset"], misconceptions: [] });
      else if (head.segment.data.length > 0 && st === "FIN_WAIT_2")
        out.push({ k, j: k, side: s.to, concepts: ["half-close"], misconceptions: ["half-close-data-flows"] });
    } else if (s.t === "inject") {
      out.push({
        k,
        j: k,
        side: s.to,
        concepts: cut.template.id === "old-duplicate-syn" ? ["old-duplicate-syn"] : ["time-wait-old-duplicates"],
        misconceptions: [],
      });
    } else if (s.t === "call" && s.call === "connect" && trace.steps.slice(0, k).some((x) => x.t === "reboot" && x.side === s.side)) {
      out.push({ k, j: k, side: s.side, concepts: ["quiet-time"], misconceptions: ["quiet-time-after-crash"] });
    }
  });
  return out;
}

export function whatNextQuestion(cut: Cut, rng: Rng): Question | null {
  const points = whatNextPoints(cut);
  if (points.length === 0) return null;
  const p = rng.pick(focus(cut, points, rng));
  const { trace, runs, texts } = cut;
  const end = runs[runs.length - 1]!;
  const before = runs[p.k]!.ep[p.side].state;
  const recs = end.records.slice(p.k, p.j + 1);
  const sends = recs.flatMap((r) => r.sent[p.side].map(flagsOf));
  const state = recs[recs.length - 1]!.states[p.side];
  if (before === "FIN_WAIT_1" && state === "TIME_WAIT") {
    p.concepts = ["fin-ack-combined"];
    p.misconceptions = ["close-three-segments"];
  }
  const notes = uniqText(
    recs
      .flatMap((r) => r.notes[p.side])
      .filter((n) => EXPLAINED_NOTES.has(n.code))
      .map(noteText),
  );
  if (p.concepts.includes("quiet-time") && trace.profile === "linux") {
    notes.push({ en: "Linux keeps no quiet time: the SYN leaves at once.", zh: "Linux 不遵守静默时间：SYN 立即发出。" });
  }

  const outcome = (s: string[], st: TcpState): Choice => ({
    label: outcomeLabel(p.side, s, st, before),
    value: { kind: "outcome", sends: s, state: st },
  });
  const otherSends = rng.shuffle(SENDS_POOL.filter((s) => s.join() !== sends.join()));
  const otherStates = rng.shuffle([before, ...CONFUSABLE[state]].filter((s) => s !== state));
  // "Nothing happens" is the answer students reach for (and the right one after a RST, or
  // during quiet time); offer it, or its opposite, whenever it is wrong.
  const nothing = sends.length > 0 || state !== before ? [outcome([], before)] : [outcome(["SYN"], "SYN_SENT")];
  const wrong = rng.shuffle([
    outcome(sends, otherStates[0] ?? "CLOSED"),
    outcome(otherSends[0] ?? [], state),
    outcome(otherSends[1] ?? ["ACK"], otherStates[1] ?? before),
    outcome(otherSends[2] ?? ["RST"], otherStates[0] ?? "CLOSED"),
  ]);
  const forced = p.concepts.includes("quiet-time") || rng.chance(0.5) ? nothing : [];
  // More outcomes after the aimed ones, so the lengths can be balanced (finishBalanced).
  const extra = rng.shuffle(SENDS_POOL.flatMap((x) => [state, before, ...CONFUSABLE[state]].map((st) => outcome(x, st))));
  const { choices, answer } = finishBalanced(rng, outcome(sends, state), [...forced, ...wrong, ...extra]);
  const told = texts.slice(p.k, p.j + 1);
  const name = sideName(trace, p.side);
  const rebooted = trace.steps.slice(0, p.k).some((x) => x.t === "reboot" && x.side === p.side);
  const scene: Text = rebooted
    ? { en: `Host ${p.side} crashed and rebooted a moment ago.`, zh: `主机 ${p.side} 刚刚崩溃并重启。` }
    : { en: "", zh: "" };
  return question(cut, "what-next", p.k, {
    concepts: p.concepts,
    misconceptions: p.misconceptions,
    prompt: join(profileLine(trace), scene, {
      en: `${told.map((t) => t.en).join("; then ")}. What happens at ${name.en}?`,
      zh: `${told.map((t) => t.zh).join("；然后")}。${name.zh}会怎样？`,
    }),
    ladder: ladderOf(trace, runs[p.k]!, p.k, null),
    choices,
    answer,
    explanation: join(sentence(outcomeLabel(p.side, sends, state, before)), ...notes),
    check: {
      trace: { ...trace, steps: trace.steps.slice(0, p.k) },
      next: trace.steps.slice(p.k, p.j + 1),
      ask: { what: "outcome", side: p.side },
    },
  });
}

function sentence(t: Text): Text {
  return { en: `${t.en}.`, zh: `${t.zh}。` };
}

function uniqText(ts: Text[]): Text[] {
  const seen = new Set<string>();
  return ts.filter((t) => (seen.has(t.en) ? false : (seen.add(t.en), true)));
}

/** How long until a timer ends TIME_WAIT or FIN_WAIT_2 (or none: the RFC's FIN_WAIT_2). */
export function timerQuestion(cut: Cut, rng: Rng): Question | null {
  const { trace, runs } = cut;
  const end = runs[runs.length - 1]!;
  const points: { k: number; side: Side; state: TcpState }[] = [];
  end.records.forEach((rec, k) => {
    for (const side of ["A", "B"] as Side[]) {
      const st = rec.states[side];
      const prev = k === 0 ? "CLOSED" : end.records[k - 1]!.states[side];
      if ((st === "TIME_WAIT" || st === "FIN_WAIT_2") && prev !== st) points.push({ k, side, state: st });
    }
  });
  if (points.length === 0) return null;
  const { k, side, state } = rng.pick(focus(cut, points, rng));
  const d = nextDeadline(runs[k + 1]!.ep[side]);
  const ms = d ? d.at - end.records[k]!.now : -1;
  const label = (v: number): Text =>
    v < 0 ? { en: "Never: no timer", zh: "永不：没有计时器" } : { en: `${v / 1000} s`, zh: `${v / 1000} 秒` };
  const choice = (v: number): Choice => ({ label: label(v), value: { kind: "number", value: v } });
  const pool = rng.shuffle([-1, trace.msl, 2 * trace.msl, 60_000, 120_000, 240_000, 30_000].filter((v) => v !== ms));
  const { choices, answer } = finish(rng, choice(ms), pool.map(choice));
  const tw = state === "TIME_WAIT";
  const name = sideName(trace, side);
  const how = [...trace.steps.slice(0, k + 1)]
    .reverse()
    .find((x) => x.t === "call" && x.side === side && (x.call === "close" || x.call === "shutdown"));
  const called: Text =
    how && how.t === "call"
      ? { en: `, whose application called ${how.call}(),`, zh: `的应用调用了 ${how.call}()，它` }
      : { en: "", zh: "" };
  const q = question(cut, "numbers", k, {
    concepts: tw ? ["two-msl"] : ["fin-wait-2-timer"],
    misconceptions: tw ? ["msl-is-a-choice", "active-closer-time-wait"] : ["fin-wait-2-timer-linux"],
    prompt: join(profileLine(trace), {
      en: `${name.en}${called.en} has just entered ${state}. If nothing arrives, how long until a timer moves it on?`,
      zh: `${name.zh}${called.zh}刚进入 ${state}。如果没有报文到达，多久之后计时器会让它离开这个状态？`,
    }),
    ladder: ladderOf(trace, end, k + 1, null),
    choices,
    answer,
    explanation:
      ms < 0
        ? {
            en: `No timer is running at ${side} in ${state}: it waits for the peer's FIN forever.`,
            zh: `${side} 在 ${state} 中没有运行的计时器：会一直等待对方的 FIN。`,
          }
        : {
            en: `${side}'s ${tw ? "2MSL" : "FIN_WAIT_2"} timer fires after ${ms / 1000} s.`,
            zh: `${side} 的 ${tw ? "2MSL" : "FIN_WAIT_2"} 计时器在 ${ms / 1000} 秒后超时。`,
          },
    check: { trace: { ...trace, steps: trace.steps.slice(0, k + 1) }, next: [], ask: { what: "timer-ms", side } },
  });
  return { ...q, key: `timer/${cut.template.id}` };
}
