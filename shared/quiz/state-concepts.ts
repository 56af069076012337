// What a state question is about, read from the transition it asks for: "which state now?"
// after FIN_WAIT_1 -> CLOSING teaches simultaneous close, after TIME_WAIT -> TIME_WAIT on a
// FIN teaches TIME_WAIT's first reason, and so on. Mastery per concept depends on this.
import type { Concept } from "../concepts";
import type { TcpState } from "../tcp/types";
import type { Misconception, TraceStep } from "./types";

export interface StateTopic {
  concepts: Concept[];
  misconceptions: Misconception[];
}

const T = (concepts: Concept[], misconceptions: Misconception[] = []): StateTopic => ({ concepts, misconceptions });

/**
 * `from` is the state just before the step, `to` the state after it; `step` is what happened;
 * `arrived` the flags of a segment that arrived in that step, if any.
 */
export function stateTopic(
  from: TcpState,
  to: TcpState,
  step: TraceStep,
  arrived: { syn: boolean; fin: boolean; rst: boolean; data: boolean } | null,
  templateId: string,
): StateTopic {
  const lesson = lessonTopic(from, to, step, arrived, templateId);
  if (lesson) return lesson;
  if (arrived?.rst) return T(["reset"], ["rst-never-acked"]);
  if (step.t === "call" && step.merge) return T(["fin-ack-combined"], ["close-three-segments"]);
  if (step.t === "inject") return T(["time-wait-old-duplicates"]);
  if (step.t === "reboot") return T(["quiet-time"], ["quiet-time-after-crash"]);
  if (from === to) {
    if (step.t === "timer") return T(["retransmission"]);
    if (step.t === "call" && step.call === "connect") return T(["quiet-time"], ["quiet-time-after-crash"]);
    if (to === "TIME_WAIT" && arrived?.fin) return T(["time-wait-lost-ack"], ["active-closer-time-wait"]);
    if (arrived?.data && (to === "FIN_WAIT_2" || to === "CLOSE_WAIT")) return T(["half-close"], ["half-close-data-flows"]);
    if (arrived?.data) return T(["ack-number"]);
    return T([]);
  }
  const edge = `${from}>${to}`;
  switch (edge) {
    case "CLOSED>LISTEN":
    case "CLOSED>SYN_SENT":
    case "SYN_RCVD>ESTABLISHED":
      return T(templateId === "simultaneous-open" ? ["simultaneous-open"] : ["handshake"]);
    case "SYN_SENT>ESTABLISHED":
      return T(["handshake"]);
    case "LISTEN>SYN_RCVD":
      return T(["handshake"], ["server-never-syn-sent"]);
    case "SYN_SENT>SYN_RCVD":
      return T(["simultaneous-open"], ["server-never-syn-sent"]);
    case "FIN_WAIT_1>CLOSING":
    case "CLOSING>TIME_WAIT":
      return T(["simultaneous-close"], to === "TIME_WAIT" ? ["active-closer-time-wait"] : []);
    case "FIN_WAIT_1>TIME_WAIT":
      return T(["fin-ack-combined"], ["close-three-segments", "active-closer-time-wait"]);
    case "FIN_WAIT_2>TIME_WAIT":
      return T(["four-way-close"], ["active-closer-time-wait"]);
    case "TIME_WAIT>CLOSED":
      return T(["two-msl"], ["msl-is-a-choice"]);
    case "FIN_WAIT_2>CLOSED":
      return T(["fin-wait-2-timer"], ["fin-wait-2-timer-linux"]);
    case "ESTABLISHED>CLOSE_WAIT":
    case "FIN_WAIT_1>FIN_WAIT_2":
      return templateId === "half-close" ? T(["half-close", "four-way-close"], ["half-close-data-flows"]) : T(["four-way-close"]);
    case "ESTABLISHED>FIN_WAIT_1":
    case "CLOSE_WAIT>LAST_ACK":
    case "LAST_ACK>CLOSED":
      return T(["four-way-close"]);
    case "SYN_SENT>CLOSED":
      return T(step.t === "timer" ? ["retransmission"] : ["reset"]);
    default:
      // An abort, a give-up after retries, a close() in LISTEN: the state diagram itself.
      return T(step.t === "call" && step.call === "abort" ? ["rst-vs-fin", "reset"] : []);
  }
}

/** The steps that teach a lesson of shared/quiz/lesson-templates.ts, in that template only. */
function lessonTopic(
  from: TcpState,
  to: TcpState,
  step: TraceStep,
  arrived: { syn: boolean; rst: boolean } | null,
  templateId: string,
): StateTopic | null {
  switch (templateId) {
    case "old-duplicate-syn":
      // The old SYN in LISTEN, the client's RST for its SYN,ACK, the RST back to LISTEN.
      if (
        step.t === "inject" ||
        (from === "SYN_RCVD" && to === "LISTEN") ||
        (from === "SYN_SENT" && to === "SYN_SENT" && step.t === "deliver")
      )
        return T(["old-duplicate-syn"]);
      return null;
    case "time-wait-assassination":
      return from === "TIME_WAIT" && to === "CLOSED" && arrived?.rst ? T(["time-wait-assassination", "reset"], ["rst-never-acked"]) : null;
    case "half-open":
    case "challenge-ack":
      if (step.t === "reboot") return T(["half-open"]);
      if (templateId === "challenge-ack" && arrived?.syn && from === "ESTABLISHED") return T(["challenge-ack"]);
      if (arrived?.rst && from === "ESTABLISHED")
        return T(templateId === "challenge-ack" ? ["challenge-ack", "reset"] : ["half-open", "reset"], ["rst-never-acked"]);
      return null;
    default:
      return null;
  }
}
