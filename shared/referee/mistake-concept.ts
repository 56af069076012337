// The concept a mistake is about: the debrief explains it, the classroom report counts it.
import type { Concept } from "../concepts";
import type { Segment } from "../tcp/types";
import type { MistakeCode } from "./types";

export function conceptOfMistake(m: MistakeCode, segment: Pick<Segment, "flags"> | null): Concept {
  switch (m) {
    case "wrong-seq":
      return "seq-consumption";
    case "wrong-ack":
      return "ack-number";
    case "wrong-flags":
      if (segment?.flags.syn) return "handshake";
      if (segment?.flags.fin) return "four-way-close";
      if (segment?.flags.rst) return "reset";
      return "states";
    case "not-needed":
    case "too-early":
      return "states";
  }
}
