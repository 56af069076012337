// Each explanation the game shows is checked against the engine: the case the text speaks of
// is played through shared/tcp's public API, and the text must say what the engine does.
import { describe, expect, it } from "vitest";
import { CONCEPT_CONTENT } from "../../shared/content/concepts";
import { CONCEPT_BANK } from "../../shared/quiz/concept-bank";
import { getScenario } from "../../shared/scenarios";
import { judgeSegment } from "../../shared/referee";
import type { Segment } from "../../shared/tcp";
import matchEn from "../../client/src/i18n/locales/en/match";
import matchZh from "../../client/src/i18n/locales/zh/match";
import { act, closedByA, codes, converse, established, ISS_A, ISS_B, pair, plus, transitions } from "../engine/fixtures";

const item = (key: string) => {
  const found = CONCEPT_BANK.find((i) => i.key === key);
  if (!found) throw new Error(`no concept item ${key}`);
  return found;
};
const scenario = (id: string) => {
  const found = getScenario(id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
};
/** Every text of the concept items whose keys are given, both languages. */
const itemTexts = (key: string): { en: string; zh: string } => {
  const i = item(key);
  const all = [i.prompt, ...i.choices, i.explanation];
  return { en: all.map((t) => t.en).join(" "), zh: all.map((t) => t.zh).join("") };
};
const seg = (s: Omit<Partial<Segment>, "flags"> & { seq: number; flags?: Partial<Segment["flags"]> }): Segment => ({
  ack: 0,
  window: 65535,
  data: "",
  ...s,
  flags: { syn: false, ack: false, fin: false, rst: false, psh: false, ...s.flags },
});

describe("1. without TIME_WAIT a lost final ACK ends the connection in a reset", () => {
  it("a retransmitted FIN that meets a closed port gets a RST, and LAST_ACK goes to CLOSED by reset", () => {
    const p = established();
    converse(p, "a", act(p, "a", { type: "shutdown" }));
    const fin = act(p, "b", { type: "shutdown" });
    act(p, "a", { type: "segment", segment: fin[0]! }); // A's final ACK is lost on the way
    expect(p.a.state).toBe("TIME_WAIT");
    // An active closer without TIME_WAIT: gone at once.
    act(p, "a", { type: "abort" });
    expect(p.a.state).toBe("CLOSED");
    p.now = p.b.timers.retransmit!.deadline;
    const again = act(p, "b", { type: "timeout", timer: "retransmit" });
    expect(again[0]!.flags.fin).toBe(true);
    const rst = act(p, "a", { type: "segment", segment: again[0]! });
    expect(rst[0]!.flags.rst).toBe(true);
    act(p, "b", { type: "segment", segment: rst[0]! });
    expect(p.b.state).toBe("CLOSED");
    expect(p.b.closedBy).toBe("reset");
    expect(p.b.retransmitQueue).toHaveLength(0);
  });

  it("the texts say reset and CLOSED, never that the passive closer keeps retransmitting", () => {
    const texts = [
      CONCEPT_CONTENT["time-wait-lost-ack"].body,
      item("concept/lost-final-ack").explanation,
      scenario("lost-final-ack").debrief,
    ];
    for (const t of texts) {
      expect(t.en).toMatch(/RST/);
      expect(t.en).toMatch(/reset/i);
      expect(t.en).not.toMatch(/keep(s)? retransmitting|never have closed/i);
      expect(t.zh).toMatch(/RST/);
      expect(t.zh).toMatch(/复位|重置/);
      expect(t.zh).not.toMatch(/一直重发/);
    }
  });
});

describe("2. after the handshake every segment carries ACK", () => {
  it("a FIN without the ACK bit in ESTABLISHED is dropped", () => {
    const p = established();
    const r = act(p, "a", { type: "segment", segment: seg({ seq: p.b.sndNxt, flags: { fin: true } }) });
    expect(r).toHaveLength(0);
    expect(p.a.state).toBe("ESTABLISHED");
    expect(codes(p.log.filter((l) => l.side === "a").map((l) => l.note))).toContain("segment/no-ack-dropped");
  });

  it("scenario 12 says so, and names the textbook simplification", () => {
    const d = scenario("fin-ack-combined").debrief;
    expect(d.en).toMatch(/every segment after the handshake carries (the )?ACK/i);
    expect(d.en).toMatch(/dropped/);
    expect(d.zh).toMatch(/握手之后的每个报文段都带 ACK/);
    expect(d.zh).toMatch(/丢弃/);
    expect(d.en).not.toMatch(/seed/i);
    expect(d.zh).not.toMatch(/原文/);
  });
});

describe("3. TIME-WAIT assassination is a RST reaching the end in TIME_WAIT", () => {
  it("the CLOSED server answers the client's ACK with a RST, and that RST ends the client's TIME_WAIT early", () => {
    for (const profile of ["rfc", "linux"] as const) {
      const p = closedByA(profile);
      expect(p.a.state).toBe("TIME_WAIT");
      expect(p.b.state).toBe("CLOSED");
      // An old duplicate makes A send an ACK; the closed port answers it with a RST.
      const reply = act(p, "a", {
        type: "segment",
        segment: seg({ seq: plus(ISS_B, 1), ack: plus(ISS_A, 1), flags: { ack: true }, data: "x" }),
      });
      const rst = act(p, "b", { type: "segment", segment: reply[0]! });
      expect(rst[0]!.flags.rst).toBe(true);
      act(p, "a", { type: "segment", segment: rst[0]! });
      expect(p.a.state, profile).toBe("CLOSED");
      expect(p.a.timers.timeWait, profile).toBeNull();
    }
  });

  it("scenario 5 gives the name to the RST reaching TIME_WAIT, with RFC 1337 and tcp_rfc1337", () => {
    const d = scenario("old-duplicate").debrief;
    expect(d.en).toMatch(/RFC 1337/);
    expect(d.en).toMatch(/tcp_rfc1337/);
    expect(d.en).toMatch(/TIME_WAIT early|end(ed|s)? TIME_WAIT/i);
    expect(d.zh).toMatch(/RFC 1337/);
    expect(d.zh).toMatch(/tcp_rfc1337/);
    expect(d.zh).toMatch(/TIME_WAIT 提前结束|提前结束 TIME_WAIT/);
    expect(d.zh).not.toMatch(/暗杀/);
  });
});

describe("4. only the end in TIME_WAIT holds the four-tuple", () => {
  it("after a four-way close the active closer is in TIME_WAIT and the passive closer is CLOSED", () => {
    const p = closedByA();
    expect(p.a.state).toBe("TIME_WAIT");
    expect(p.b.state).toBe("CLOSED");
    // The CLOSED end can listen on the port again at once.
    act(p, "b", { type: "open", passive: true });
    expect(p.b.state).toBe("LISTEN");
  });

  it("no text says both ends treat the connection as unusable", () => {
    const body = CONCEPT_CONTENT["time-wait-old-duplicates"].body;
    expect(body.en).not.toMatch(/two ends|both ends/);
    expect(body.zh).not.toMatch(/通信双方/);
    expect(body.en).toMatch(/passive closer is already CLOSED/);
    expect(body.zh).toMatch(/被动关闭者已经 CLOSED|被动关闭者已经进入 CLOSED/);
  });
});

describe("5. TIME_WAIT does not forbid every reuse of the four-tuple", () => {
  it("the rfc engine answers a new SYN in TIME_WAIT with an ACK and stays in TIME_WAIT", () => {
    const p = closedByA();
    const r = act(p, "a", { type: "segment", segment: seg({ seq: plus(p.a.rcvNxt, 100_000), flags: { syn: true } }) });
    expect(r[0]!.flags.ack && !r[0]!.flags.syn).toBe(true);
    expect(p.a.state).toBe("TIME_WAIT");
  });

  it("the texts cite RFC 9293 3.6.1 and never say the four-tuple cannot be reused", () => {
    const texts = [
      CONCEPT_CONTENT["time-wait-old-duplicates"].summary,
      CONCEPT_CONTENT["time-wait-old-duplicates"].body,
      scenario("old-duplicate").debrief,
      itemTexts("concept/old-duplicate"),
      itemTexts("concept/old-duplicate-which"),
      itemTexts("concept/time-wait-reasons"),
    ];
    for (const t of texts) {
      expect(t.en).not.toMatch(/cannot be reused|unusable|no new connection between the same ports can exist/i);
      expect(t.zh).not.toMatch(/不能被重新使用|不可用|不能用来建立新连接/);
    }
    for (const t of [CONCEPT_CONTENT["time-wait-old-duplicates"].body, scenario("old-duplicate").debrief]) {
      expect(t.en).toMatch(/3\.6\.1/);
      expect(t.zh).toMatch(/3\.6\.1/);
    }
  });
});

describe("6. the seq of a retransmission and of a RST from a closed port is not SND.NXT", () => {
  it("a retransmitted FIN must carry the original seq (SND.UNA), not SND.NXT", () => {
    const p = established();
    const fin = act(p, "a", { type: "shutdown" });
    p.now = p.a.timers.retransmit!.deadline;
    const owed = act(p, "a", { type: "timeout", timer: "retransmit" });
    expect(owed[0]!.seq).toBe(fin[0]!.seq);
    expect(owed[0]!.seq).toBe(p.a.sndUna);
    expect(owed[0]!.seq).not.toBe(p.a.sndNxt);
    const wrong = { flags: owed[0]!.flags, seq: p.a.sndNxt, ack: owed[0]!.ack, data: "" };
    const v = judgeSegment(p.a, owed, wrong).verdict;
    expect(v.mistakes).toContain("wrong-seq");
    expect(v.expected!.seq).toBe(p.a.sndUna);
  });

  it("a RST from a closed port answering a SYN carries seq 0", () => {
    const p = pair();
    const syn = act(p, "a", { type: "open", passive: false });
    const rst = act(p, "b", { type: "segment", segment: syn[0]! });
    expect(rst[0]!.flags.rst).toBe(true);
    expect(rst[0]!.seq).toBe(0);
  });

  it("the referee's texts name all three cases in both languages", () => {
    for (const cat of [matchEn, matchZh]) {
      expect(cat.mistake["wrong-seq"]).not.toMatch(/must be SND\.NXT|应为 SND\.NXT/);
      expect(cat.mistakeGeneral["wrong-seq"]).toMatch(/SND\.UNA/);
      expect(cat.mistakeGeneral["wrong-seq"]).toMatch(/0/);
    }
  });
});

describe("7. three segments stop old duplicate SYNs (RFC 9293 3.5, Figure 9)", () => {
  it("an old SYN makes LISTEN answer SYN,ACK; the client's RST sends the server back to LISTEN", () => {
    const p = pair();
    act(p, "b", { type: "open", passive: true });
    act(p, "a", { type: "open", passive: false });
    const oldSyn = seg({ seq: plus(ISS_A, -90_000), flags: { syn: true } });
    const synAck = act(p, "b", { type: "segment", segment: oldSyn });
    expect(p.b.state).toBe("SYN_RCVD");
    const rst = act(p, "a", { type: "segment", segment: synAck[0]! });
    expect(rst[0]!.flags.rst).toBe(true);
    expect(rst[0]!.seq).toBe(synAck[0]!.ack);
    expect(p.a.state).toBe("SYN_SENT");
    act(p, "b", { type: "segment", segment: rst[0]! });
    expect(p.b.state).toBe("LISTEN");
    expect(transitions(p.log.filter((l) => l.side === "b").map((l) => l.note))).toEqual([
      "CLOSED->LISTEN",
      "LISTEN->SYN_RCVD",
      "SYN_RCVD->LISTEN",
    ]);
  });

  it("the handshake texts give the old duplicate SYN as the principal reason", () => {
    for (const t of [
      CONCEPT_CONTENT.handshake.summary,
      CONCEPT_CONTENT.handshake.body,
      itemTexts("concept/why-three-segments"),
      scenario("handshake").debrief,
    ]) {
      expect(t.en).toMatch(/old duplicate SYN/i);
      expect(t.zh).toMatch(/旧的重复 SYN/);
    }
    expect(CONCEPT_CONTENT.handshake.body.en).toMatch(/3\.5/);
  });
});

describe("8. the FIN_WAIT_2 timer and the half-close", () => {
  it("Linux: shutdown() alone sets no FIN_WAIT_2 timer, a close() after it does", () => {
    const p = established("linux");
    converse(p, "a", act(p, "a", { type: "shutdown" }));
    expect(p.a.state).toBe("FIN_WAIT_2");
    expect(p.a.timers.finWait2).toBeNull();
    act(p, "a", { type: "close" });
    expect(p.a.timers.finWait2).not.toBeNull();
  });

  it("Linux: after close(), data arriving in FIN_WAIT_2 is answered with RST; after shutdown() it is received", () => {
    const closed = established("linux");
    converse(closed, "a", act(closed, "a", { type: "close" }));
    expect(closed.a.state).toBe("FIN_WAIT_2");
    const reply = act(closed, "a", {
      type: "segment",
      segment: seg({ seq: closed.a.rcvNxt, ack: closed.a.sndNxt, flags: { ack: true }, data: "late" }),
    });
    expect(reply[0]!.flags.rst).toBe(true);
    const half = established("linux");
    converse(half, "a", act(half, "a", { type: "shutdown" }));
    const ack = act(half, "a", {
      type: "segment",
      segment: seg({ seq: half.a.rcvNxt, ack: half.a.sndNxt, flags: { ack: true }, data: "late" }),
    });
    expect(ack[0]!.flags.rst).toBe(false);
    expect(half.a.received).toBe("late");
  });

  it("RFC 9293 sets no FIN_WAIT_2 timer at all, even after close()", () => {
    const p = established("rfc");
    converse(p, "a", act(p, "a", { type: "close" }));
    expect(p.a.state).toBe("FIN_WAIT_2");
    expect(p.a.timers.finWait2).toBeNull();
  });

  it("the texts say shutdown() then close() starts the timer, that BSD and Windows have one too, and when the half-close holds", () => {
    const d6 = scenario("fin-wait-2-timeout").debrief;
    expect(d6.en).not.toMatch(/never starts this timer/);
    expect(d6.en).toMatch(/shutdown\(\) alone[^.]*does not start this timer; a close\(\) after it does/);
    expect(d6.zh).toMatch(/shutdown\(\)[^。]*close\(\)/);
    const fw2 = CONCEPT_CONTENT["fin-wait-2-timer"].body;
    expect(fw2.en).not.toMatch(/Linux's choice/);
    expect(fw2.en).toMatch(/BSD/);
    expect(fw2.en).toMatch(/Windows/);
    expect(fw2.zh).toMatch(/BSD/);
    expect(fw2.zh).toMatch(/Windows/);
    const hc = CONCEPT_CONTENT["half-close"];
    for (const t of [hc.summary, hc.body]) {
      expect(t.en).toMatch(/shutdown\(\)/);
      expect(t.zh).toMatch(/shutdown\(\)/);
    }
    expect(hc.body.en).toMatch(/RST/);
    expect(hc.body.zh).toMatch(/RST/);
  });
});

describe("the lessons' written items say what the engine does", () => {
  it("old-duplicate-syn-answer: SYN_SENT with ISS 100 answers SYN+ACK ack=91 with RST seq=91", () => {
    const p = pair();
    act(p, "a", { type: "open", passive: false, iss: 100 });
    const rst = act(p, "a", { type: "segment", segment: seg({ seq: 300, ack: 91, flags: { syn: true, ack: true } }) });
    expect(rst).toHaveLength(1);
    expect(rst[0]!.flags.rst && !rst[0]!.flags.ack).toBe(true);
    expect(rst[0]!.seq).toBe(91);
    expect(item("concept/old-duplicate-syn-answer").choices[0].en).toMatch(/RST seq=91/);
  });

  it("challenge-ack-rst: a RST in the window but not at RCV.NXT gets an ACK and the connection stays", () => {
    const p = established();
    const r = act(p, "a", { type: "segment", segment: seg({ seq: plus(p.a.rcvNxt, 4000), flags: { rst: true } }) });
    expect(r).toHaveLength(1);
    expect(r[0]!.flags.ack && !r[0]!.flags.rst).toBe(true);
    expect(r[0]!.seq).toBe(p.a.sndNxt);
    expect(r[0]!.ack).toBe(p.a.rcvNxt);
    expect(p.a.state).toBe("ESTABLISHED");
    expect(item("concept/challenge-ack-rst").choices[0].en).toMatch(/challenge ACK goes out; the connection stays/);
  });

  it("challenge-ack-syn: a SYN in ESTABLISHED gets an ACK, never a reset", () => {
    const p = established();
    const r = act(p, "a", { type: "segment", segment: seg({ seq: plus(p.a.rcvNxt, 10), flags: { syn: true } }) });
    expect(r[0]!.flags.ack && !r[0]!.flags.rst && !r[0]!.flags.syn).toBe(true);
    expect(p.a.state).toBe("ESTABLISHED");
  });

  it("rst-vs-fin-linger: an abort sends one RST and both ends reach CLOSED without TIME_WAIT", () => {
    const p = established();
    const rst = act(p, "a", { type: "abort" });
    expect(rst.map((s) => s.flags.rst)).toEqual([true]);
    expect(act(p, "b", { type: "segment", segment: rst[0]! })).toHaveLength(0);
    expect([p.a.state, p.b.state]).toEqual(["CLOSED", "CLOSED"]);
    expect(transitions(p.log.map((l) => l.note))).not.toContain("ESTABLISHED->TIME_WAIT");
    expect(p.b.closedBy).toBe("reset");
  });

  it("half-open-found: data to a rebooted host is answered with a RST that resets the sender", () => {
    const p = established();
    act(p, "a", { type: "reboot" });
    const data = act(p, "b", { type: "send", data: "ping" });
    const rst = act(p, "a", { type: "segment", segment: data[0]! });
    expect(rst[0]!.flags.rst).toBe(true);
    act(p, "b", { type: "segment", segment: rst[0]! });
    expect(p.b.state).toBe("CLOSED");
    expect(p.b.closedBy).toBe("reset");
  });
});

describe("6 (quiz). the explanations of a RST's seq say which rule gave it", () => {
  it("an abort's RST is explained by SND.NXT, a reply RST by the ACK it answers, or 0 without one", async () => {
    const { generateQuiz } = await import("../../shared/quiz");
    let seen = 0;
    for (let s = 0; s < 300; s++) {
      for (const q of generateQuiz({ seed: `rst-${s}`, count: 10 }).questions) {
        const right = q.choices[q.answer]!.value;
        if (q.check === null || (q.kind !== "next-segment" && q.kind !== "numbers") || !/sends RST/.test(q.explanation.en)) continue;
        seen++;
        const step = q.check.next[0]!;
        const seq = Number(/RST(?:,ACK)? seq=(\d+)/.exec(q.explanation.en)![1]);
        if (step.t === "call") expect(q.explanation.en, q.id).toMatch(/is SND\.NXT/);
        else
          expect(q.explanation.en, q.id).toMatch(
            /Its seq is 0: the segment it answers carried no ACK|is the ACK number of the segment it answers/,
          );
        if (/Its seq is 0/.test(q.explanation.en)) expect(seq, q.id).toBe(0);
        if (right.kind === "segment") expect(right.seq).toBe(seq);
      }
    }
    expect(seen).toBeGreaterThan(20);
  });
});
