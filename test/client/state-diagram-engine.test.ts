// The state diagram the player declares with, against the engine: every arrow it draws is
// a transition the engine makes (the engine is driven into the arrow's first state, given the
// arrow's trigger, and must end in its second state having sent what the label says), and
// the composer's list of states after our FIN is exactly where the engine has sent one.
import { describe, expect, it } from "vitest";
import { createEndpoint, step } from "../../shared/tcp";
import type { Endpoint, Flags, Profile, Segment, TcpEvent, TcpState } from "../../shared/tcp/types";
import { TCP_STATES } from "../../shared/tcp/types";
import { FIN_SENT_STATES, TRANSITIONS, type Transition } from "../../client/src/match/state-diagram";

const ISS = 1000;
const PEER_ISS = 5000;

/** A segment from the peer, numbered as the peer's TCP would number it now. */
function fromPeer(ep: Endpoint, what: string): Segment {
  const names = what.split(",");
  const flags: Flags = {
    syn: names.includes("SYN"),
    ack: names.includes("ACK"),
    fin: names.includes("FIN"),
    rst: names.includes("RST"),
    psh: false,
  };
  const synchronized = ep.state !== "LISTEN" && ep.state !== "SYN_SENT" && ep.state !== "CLOSED";
  const seq = synchronized ? ep.rcvNxt : PEER_ISS;
  // A synchronized TCP drops a segment without ACK (RFC 9293 3.10.7.4, fifth check): a FIN
  // carries the ack of what it has received, which acknowledges our FIN only if "ACK" is named.
  if (synchronized && !flags.rst) flags.ack = true;
  const ack = names.includes("ACK") ? ep.sndNxt : flags.ack ? ep.sndUna : 0;
  return { seq, ack, flags, data: "", window: 65535 };
}

type Action = { kind: "event"; event: TcpEvent } | { kind: "rcv"; what: string };
const call = (event: TcpEvent): Action => ({ kind: "event", event });
const rcv = (what: string): Action => ({ kind: "rcv", what });

/** How a fresh endpoint gets into each state. */
const PATHS: Record<TcpState, Action[]> = {
  CLOSED: [],
  LISTEN: [call({ type: "open", passive: true })],
  SYN_SENT: [call({ type: "open", passive: false })],
  SYN_RCVD: [call({ type: "open", passive: true }), rcv("SYN")],
  ESTABLISHED: [call({ type: "open", passive: false }), rcv("SYN,ACK")],
  FIN_WAIT_1: [call({ type: "open", passive: false }), rcv("SYN,ACK"), call({ type: "close" })],
  FIN_WAIT_2: [call({ type: "open", passive: false }), rcv("SYN,ACK"), call({ type: "close" }), rcv("ACK")],
  CLOSE_WAIT: [call({ type: "open", passive: false }), rcv("SYN,ACK"), rcv("FIN")],
  CLOSING: [call({ type: "open", passive: false }), rcv("SYN,ACK"), call({ type: "close" }), rcv("FIN")],
  LAST_ACK: [call({ type: "open", passive: false }), rcv("SYN,ACK"), rcv("FIN"), call({ type: "close" })],
  TIME_WAIT: [call({ type: "open", passive: false }), rcv("SYN,ACK"), call({ type: "close" }), rcv("ACK"), rcv("FIN")],
};

let now = 0;
function apply(ep: Endpoint, a: Action): { ep: Endpoint; sent: Segment[] } {
  now += 10;
  const event: TcpEvent = a.kind === "event" ? a.event : { type: "segment", segment: fromPeer(ep, a.what) };
  const r = step(ep, event, now);
  return { ep: r.endpoint, sent: r.segments };
}

function reach(state: TcpState, profile: Profile = "rfc"): Endpoint {
  let ep = createEndpoint({ localPort: 50123, remotePort: 80, iss: ISS, profile });
  for (const a of PATHS[state]) ep = apply(ep, a).ep;
  expect(ep.state, `the path to ${state}`).toBe(state);
  return ep;
}

function trigger(tr: Transition): Action {
  const on = tr.on;
  if (on.kind === "rcv") return rcv(on.what);
  if (on.kind === "timeout") return call({ type: "timeout", timer: on.timer });
  if (on.what === "listen") return call({ type: "open", passive: true });
  if (on.what === "connect") return call({ type: "open", passive: false });
  if (on.what === "send") return call({ type: "send", data: "hello" });
  return call({ type: "close" });
}

const label = (tr: Transition): string => {
  const on = tr.on.kind === "rcv" ? `rcv ${tr.on.what}` : tr.on.kind === "call" ? `${tr.on.what}()` : `${tr.on.timer} timeout`;
  return `${tr.from} --${on}${tr.send ? ` / snd ${tr.send}` : ""}--> ${tr.to}`;
};

describe("the state diagram against the engine", () => {
  it("draws RFC 9293 figure 5's arrows but a listener's SEND, the FIN,ACK shortcut and Linux's FIN_WAIT_2 timeout", () => {
    expect(TRANSITIONS).toHaveLength(21);
    expect(TRANSITIONS.some((tr) => tr.from === "LISTEN" && tr.to === "SYN_SENT")).toBe(false);
    const states = new Set(TRANSITIONS.flatMap((tr) => [tr.from, tr.to]));
    expect([...states].sort()).toEqual([...TCP_STATES].sort());
  });

  for (const tr of TRANSITIONS) {
    it(`${label(tr)} is a transition the engine makes`, () => {
      // Linux alone times out an orphaned FIN_WAIT_2 (tcp_fin_timeout).
      const profile: Profile = tr.on.kind === "timeout" && tr.on.timer === "fin-wait-2" ? "linux" : "rfc";
      const { ep, sent } = apply(reach(tr.from, profile), trigger(tr));
      expect(ep.state).toBe(tr.to);
      if (!tr.send) {
        expect(sent, "nothing is sent").toEqual([]);
        return;
      }
      const want = tr.send.split(",");
      expect(sent.length, `sends ${tr.send}`).toBeGreaterThanOrEqual(1);
      const f = sent[0]!.flags;
      expect({ syn: f.syn, fin: f.fin, rst: f.rst }).toEqual({ syn: want.includes("SYN"), fin: want.includes("FIN"), rst: false });
      // A FIN in a synchronized state carries an ACK too; "ACK" in a label is always there.
      if (want.includes("ACK")) expect(f.ack).toBe(true);
      if (tr.send === "SYN") expect(f.ack).toBe(false);
    });
  }
});

describe("the states after our FIN (the composer's FIN_SENT_STATES)", () => {
  it("are FIN_WAIT_1, FIN_WAIT_2, CLOSING, LAST_ACK and TIME_WAIT", () => {
    expect(FIN_SENT_STATES).toEqual(["FIN_WAIT_1", "FIN_WAIT_2", "CLOSING", "LAST_ACK", "TIME_WAIT"]);
  });

  for (const state of TCP_STATES) {
    it(`${FIN_SENT_STATES.includes(state) ? "include" : "leave out"} ${state}, where the engine has ${FIN_SENT_STATES.includes(state) ? "" : "not "}sent a FIN`, () => {
      expect(reach(state).finSeq !== null).toBe(FIN_SENT_STATES.includes(state));
    });
  }
});
