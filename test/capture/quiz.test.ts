// Questions from a capture: answered by the inferred states and numbers, scored and counted
// per concept by the quiz's own mastery.
import { describe, expect, it } from "vitest";
import { captureQuiz, relative } from "../../shared/capture";
import { CONCEPTS } from "../../shared/concepts";
import { emptyMastery, recordAnswer } from "../../shared/quiz/mastery";
import { fixture, inferAll } from "./helpers";

const [fourWay] = inferAll(fixture("four-way-close.pcap"));

describe("a quiz from a capture", () => {
  const questions = captureQuiz(fourWay!, "lab-1", 6);

  it("has six questions, alternating a state and an ack number, each with four different answers", () => {
    expect(questions.map((q) => q.kind)).toEqual(["state", "numbers", "state", "numbers", "state", "numbers"]);
    for (const q of questions) {
      expect(q.choices).toHaveLength(4);
      expect(new Set(q.choices.map((c) => JSON.stringify(c.value))).size).toBe(4);
      expect(q.answer).toBeGreaterThanOrEqual(0);
    }
  });

  it("a state question's answer is the state inferred after that segment", () => {
    for (const q of questions.filter((x) => x.kind === "state")) {
      const n = Number(/segment (\d+)/.exec(q.prompt.en)![1]);
      const side = /\((A|B), port/.exec(q.prompt.en)![1] as "A" | "B";
      expect(q.choices[q.answer]!.value).toEqual({ kind: "state", state: fourWay!.steps[n - 1]!.after[side] });
      // The ladder shows the segments up to it, with the asked state hidden.
      expect(q.ladder!.states[q.ladder!.states.length - 1]![side]).toBeNull();
    }
  });

  it("an ack question's answer is the ack the segment carries in the capture, in relative numbers", () => {
    for (const q of questions.filter((x) => x.kind === "numbers")) {
      const n = Number(/Segment (\d+)/.exec(q.prompt.en)![1]);
      const s = fourWay!.steps[n - 1]!;
      const to = s.from === "A" ? "B" : "A";
      expect(q.choices[q.answer]!.value).toEqual({ kind: "number", value: relative(fourWay!, to, s.segment.ack) });
    }
  });

  it("names known concepts, so an answer counts in the mastery of each", () => {
    let m = emptyMastery();
    for (const q of questions) {
      for (const c of q.concepts) expect(CONCEPTS).toContain(c);
      m = recordAnswer(m, q, true, 1000);
    }
    expect(m.concepts["ack-number"]!.seen).toBe(3);
    expect(Object.keys(m.items).every((k) => k.startsWith("capture-"))).toBe(true);
  });

  it("the same capture and seed give the same questions; another seed may order them differently", () => {
    expect(captureQuiz(fourWay!, "lab-1", 6)).toEqual(questions);
    expect(captureQuiz(fourWay!, "lab-2", 6).length).toBe(6);
  });

  it("a two-segment capture gives the questions it can and no more", () => {
    const [refused] = inferAll(fixture("refused.pcap"));
    const qs = captureQuiz(refused!, "x", 6);
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.length).toBeLessThanOrEqual(3);
  });
});
