// An independent replay of a quiz trace, written straight against the engine's API, so the
// generator's bookkeeping (the wire, time, piggybacked ACKs) is checked, not trusted.
import { createEndpoint, nextDeadline, step, type Endpoint, type Segment, type TcpEvent } from "../../shared/tcp";
import type { Check, ChoiceValue, Side, TraceStep } from "../../shared/quiz";

interface World {
  now: number;
  ep: Record<Side, Endpoint>;
  /** Segments in flight towards each side, oldest first, with who sent them. */
  toward: Record<Side, { seg: Segment; from: Side }[]>;
}

const peer = (s: Side): Side => (s === "A" ? "B" : "A");
const flagText = (s: Segment): string =>
  [s.flags.syn && "SYN", s.flags.fin && "FIN", s.flags.rst && "RST", s.flags.ack && "ACK"].filter(Boolean).join(",");

function userEvent(call: string, data: string): TcpEvent {
  if (call === "listen") return { type: "open", passive: true };
  if (call === "connect") return { type: "open", passive: false };
  if (call === "send") return { type: "send", data };
  if (call === "shutdown") return { type: "shutdown" };
  if (call === "close") return { type: "close" };
  return { type: "abort" };
}

/** Applies one step; returns what each side emitted. Delays match the quiz (1 ms per call, 50 ms a hop). */
function apply(w: World, s: TraceStep): Record<Side, Segment[]> {
  const out: Record<Side, Segment[]> = { A: [], B: [] };
  const feed = (side: Side, ev: TcpEvent): void => {
    const r = step(w.ep[side], ev, w.now);
    w.ep[side] = r.endpoint;
    for (const seg of r.segments) {
      out[side].push(seg);
      w.toward[peer(side)].push({ seg, from: side });
    }
  };
  if (s.t === "call") {
    w.now += 1;
    const queued = w.toward[peer(s.side)].length;
    feed(s.side, userEvent(s.call, s.data ?? ""));
    if (s.merge) {
      const withAck = w.toward[peer(s.side)].slice(queued).find((x) => x.seg.flags.ack);
      if (withAck) {
        w.toward[peer(s.side)] = w.toward[peer(s.side)].filter(
          (x, i) =>
            !(
              i < queued &&
              x.from === s.side &&
              flagText(x.seg) === "ACK" &&
              x.seg.data === "" &&
              (withAck.seg.ack - x.seg.ack) >>> 0 < 0x8000_0000
            ),
        );
      }
    }
  } else if (s.t === "deliver" || s.t === "lose") {
    w.now += 50;
    const head = w.toward[s.to].shift();
    if (head && s.t === "deliver") feed(s.to, { type: "segment", segment: head.seg });
  } else if (s.t === "timer") {
    const d = nextDeadline(w.ep[s.side]);
    if (d) {
      w.now = Math.max(w.now, d.at);
      feed(s.side, { type: "timeout", timer: d.timer });
    }
  } else if (s.t === "reboot") {
    w.now += 1;
    feed(s.side, { type: "reboot" });
  } else {
    w.now += 50;
    feed(s.to, { type: "segment", segment: s.segment });
  }
  return out;
}

/** The value a question's answer must have, recomputed from its check. */
export function recompute(check: Check): ChoiceValue {
  const { trace } = check;
  const w: World = {
    now: 0,
    ep: {
      A: createEndpoint({ localPort: trace.A.port, remotePort: trace.B.port, iss: trace.A.iss, profile: trace.profile, msl: trace.msl }),
      B: createEndpoint({ localPort: trace.B.port, remotePort: trace.A.port, iss: trace.B.iss, profile: trace.profile, msl: trace.msl }),
    },
    toward: { A: [], B: [] },
  };
  for (const s of trace.steps) apply(w, s);
  const ask = check.ask;
  const side = ask.side;
  const stateBefore = w.ep[side].state;
  const sent: Segment[] = [];
  for (const s of check.next) sent.push(...apply(w, s)[side]);
  switch (ask.what) {
    case "state":
      return { kind: "state", state: w.ep[side].state };
    case "timer-ms": {
      const d = nextDeadline(w.ep[side]);
      return { kind: "number", value: d ? d.at - w.now : -1 };
    }
    case "segment": {
      const seg = sent[0]!;
      return { kind: "segment", flags: flagText(seg), seq: seg.seq, ack: seg.flags.ack ? seg.ack : null };
    }
    case "seq":
    case "ack":
      return { kind: "number", value: ask.what === "seq" ? sent[0]!.seq : sent[0]!.ack };
    case "outcome":
      void stateBefore;
      return { kind: "outcome", sends: sent.map(flagText), state: w.ep[side].state };
  }
}
