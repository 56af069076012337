// Trace templates of the lessons the engine can play: an old duplicate SYN refused with a RST
// (RFC 9293 Figure 9), TIME-WAIT assassination (RFC 1337), a half-open connection found by
// the RST its next data meets (RFC 9293 3.5.1), and a rebooted peer's SYN answered with an
// ACK that the peer resets (RFC 5961 4.2). The engine computes every answer.
import { SEQ_MOD } from "../tcp/seq";
import type { Segment } from "../tcp/types";
import { base, call, deliver, fourWay, HANDSHAKE, lose, type Template, timer, WORDS } from "./template-parts";
import type { TraceStep } from "./types";

const segment = (seq: number, ack: number | null, flags: { syn?: boolean; fin?: boolean }, data = ""): Segment => ({
  seq: ((seq % SEQ_MOD) + SEQ_MOD) % SEQ_MOD,
  ack: ack === null ? 0 : ack % SEQ_MOD,
  flags: { syn: flags.syn ?? false, ack: ack !== null, fin: flags.fin ?? false, rst: false, psh: data.length > 0 },
  window: 65535,
  data,
});

export const LESSON_TEMPLATES: Template[] = [
  {
    id: "old-duplicate-syn",
    scenario: null,
    // From the loss of the live SYN on: the delay that lets the old SYN arrive first.
    focusFrom: 2,
    concepts: ["old-duplicate-syn", "handshake"],
    build: (rng) => {
      const b = base(rng);
      // A's live SYN is delayed (here: lost and sent again); an old SYN of an earlier attempt
      // from the same port, with an older sequence number, reaches the listener first.
      const old = segment(b.A.iss - rng.int(10, 900) * 100, null, { syn: true });
      const steps: TraceStep[] = [
        call("B", "listen"),
        call("A", "connect"),
        lose("B"),
        { t: "inject", to: "B", segment: old },
        deliver("A"),
        deliver("B"),
        timer("A"),
        deliver("B"),
        deliver("A"),
        deliver("B"),
      ];
      return { ...b, steps };
    },
  },
  {
    id: "time-wait-assassination",
    scenario: "time-wait-assassination",
    focusFrom: 5,
    concepts: ["time-wait-assassination", "reset"],
    build: (rng) => {
      const b = base(rng);
      const word = rng.pick(WORDS);
      const steps: TraceStep[] = [
        ...HANDSHAKE,
        call("B", "send", word),
        deliver("A"),
        deliver("B"),
        ...fourWay("A", "close"),
        deliver("B"),
      ];
      const old = segment(b.B.iss + 1, b.A.iss + 1, {}, word);
      // The old duplicate's ACK reaches the CLOSED server, whose RST reaches TIME_WAIT.
      return { ...b, steps: [...steps, { t: "inject", to: "A", segment: old }, deliver("B"), deliver("A")] };
    },
  },
  {
    id: "half-open",
    scenario: "half-open",
    focusFrom: 5,
    concepts: ["half-open", "reset"],
    build: (rng) => {
      const b = base(rng, rng.pick(["rfc", "linux"] as const));
      const steps: TraceStep[] = [...HANDSHAKE, { t: "reboot", side: "A" }, call("B", "send", rng.pick(WORDS)), deliver("A"), deliver("B")];
      return { ...b, steps };
    },
  },
  {
    id: "challenge-ack",
    scenario: "challenge-ack",
    focusFrom: 5,
    concepts: ["challenge-ack", "half-open"],
    build: (rng) => {
      // Linux keeps no quiet time, so the rebooted client connects again at once. It sent
      // data before the crash, so the server's RCV.NXT is past the new SYN's number.
      const b = base(rng, "linux");
      const steps: TraceStep[] = [
        ...HANDSHAKE,
        call("A", "send", rng.pick(WORDS)),
        deliver("B"),
        deliver("A"),
        { t: "reboot", side: "A" },
        call("A", "connect"),
        deliver("B"),
        deliver("A"),
        deliver("B"),
        call("B", "listen"),
        timer("A"),
        deliver("B"),
        deliver("A"),
        deliver("B"),
      ];
      return { ...b, steps };
    },
  },
];
