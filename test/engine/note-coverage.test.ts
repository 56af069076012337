// Every note code the engine declares is produced by at least one scenario trace, and no
// trace produces a code that is not declared.
import { describe, expect, it } from "vitest";
import { NOTE_CODES, type Note, type NoteCode } from "../../shared/tcp";
import { act, apply, closedByA, converse, endpointA, established, nextAt, pair, plus, type Pair } from "./fixtures";
import { seg } from "./trace";

const notesOf = (p: Pair): Note[] => p.log.map((l) => l.note);

/** Scenario traces, each replaying real segments between two endpoints or into one. */
const TRACES: Record<string, () => Note[]> = {
  "handshake, data both ways, four-way close, TIME_WAIT expiry": () => {
    const p = closedByA();
    act(p, "a", { type: "timeout", timer: "time-wait" });
    return notesOf(p);
  },
  "user calls in the wrong state": () => {
    const p = pair();
    act(p, "a", { type: "send", data: "x" }); // connection-does-not-exist
    act(p, "b", { type: "open", passive: true });
    act(p, "b", { type: "open", passive: true }); // connection-exists
    act(p, "b", { type: "close" }); // listen-closed
    act(p, "a", { type: "open", passive: false });
    act(p, "a", { type: "send", data: "q" }); // data-queued
    act(p, "a", { type: "abort" }); // syn-sent-closed
    return notesOf(p);
  },
  "closing twice, sending after close, ABORT in ESTABLISHED and TIME_WAIT": () => {
    const p = established();
    act(p, "b", { type: "abort" });
    const q = closedByA();
    act(q, "a", { type: "shutdown" }); // already-closing
    act(q, "a", { type: "send", data: "x" }); // connection-closing
    act(q, "a", { type: "abort" }); // abort-closed
    return [...notesOf(p), ...notesOf(q)];
  },
  "CLOSE in SYN_RCVD with data queued": () => {
    const p = pair();
    act(p, "b", { type: "open", passive: true });
    act(p, "b", { type: "segment", segment: seg("S seq=4294967295") });
    act(p, "b", { type: "send", data: "x" });
    act(p, "b", { type: "shutdown" });
    return notesOf(p);
  },
  "segments to CLOSED and LISTEN": () => {
    const p = pair();
    act(p, "a", { type: "segment", segment: seg("S seq=1") });
    act(p, "a", { type: "segment", segment: seg("R seq=1") });
    act(p, "a", { type: "segment", segment: { ...seg("A seq=1"), ack: 2 ** 32 } });
    act(p, "b", { type: "open", passive: true });
    act(p, "b", { type: "segment", segment: seg("R seq=1") });
    act(p, "b", { type: "segment", segment: seg("A seq=1 ack=5") });
    act(p, "b", { type: "segment", segment: seg("F seq=1") });
    return notesOf(p);
  },
  "SYN_SENT answers": () => {
    const p = pair();
    const iss = p.a.iss;
    act(p, "a", { type: "open", passive: false });
    act(p, "a", { type: "segment", segment: seg(`SA seq=9 ack=${plus(iss, 4)}`) }); // unacceptable-ack
    act(p, "a", { type: "segment", segment: seg("R seq=9") }); // syn-sent-rst-ignored
    act(p, "a", { type: "segment", segment: seg(`A seq=9 ack=${plus(iss, 1)}`) }); // syn-sent-dropped
    act(p, "a", { type: "segment", segment: seg(`AR seq=9 ack=${plus(iss, 1)}`) }); // refused
    return notesOf(p);
  },
  "simultaneous open and close": () => {
    const p = pair();
    const [synA] = act(p, "a", { type: "open", passive: false });
    const [synB] = act(p, "b", { type: "open", passive: false });
    const [sa] = act(p, "a", { type: "segment", segment: synB! });
    const [sb] = act(p, "b", { type: "segment", segment: synA! });
    act(p, "a", { type: "segment", segment: sb! });
    act(p, "b", { type: "segment", segment: sa! });
    const [fa] = act(p, "a", { type: "shutdown" });
    const [fb] = act(p, "b", { type: "shutdown" });
    converse(p, "a", [fa!]);
    converse(p, "b", [fb!]);
    return notesOf(p);
  },
  "RST and SYN checks in synchronized states": () => {
    const p = established();
    const b = () => p.b;
    act(p, "b", { type: "segment", segment: seg(`R seq=${plus(b().rcvNxt, 1_000_000)}`) });
    act(p, "b", { type: "segment", segment: seg(`R seq=${plus(b().rcvNxt, 5)}`) });
    act(p, "b", { type: "segment", segment: seg(`S seq=${b().rcvNxt}`) });
    act(p, "b", { type: "segment", segment: seg(`P seq=${b().rcvNxt} data=x`) });
    act(p, "b", { type: "segment", segment: seg(`A seq=${b().rcvNxt} ack=${plus(b().sndNxt, 9)}`) });
    act(p, "b", { type: "segment", segment: seg(`A seq=${plus(b().rcvNxt, 1_000_000)} ack=${b().sndNxt}`) });
    act(p, "b", { type: "segment", segment: { ...seg("A"), seq: -4 } });
    act(p, "b", { type: "segment", segment: seg(`R seq=${b().rcvNxt}`) });
    return notesOf(p);
  },
  "SYN_RCVD: RST and SYN after a passive open": () => {
    const p = pair();
    act(p, "b", { type: "open", passive: true });
    act(p, "b", { type: "segment", segment: seg("S seq=100") });
    act(p, "b", { type: "segment", segment: seg("R seq=101") });
    act(p, "b", { type: "segment", segment: seg("S seq=100") });
    act(p, "b", { type: "segment", segment: seg("S seq=105") });
    return notesOf(p);
  },
  "data: out of order, duplicate ACK, after FIN, retransmitted FIN": () => {
    const p = established();
    act(p, "b", { type: "segment", segment: seg(`AP seq=${plus(p.b.rcvNxt, 2)} ack=${p.b.sndNxt} data=zz`) });
    converse(p, "a", act(p, "a", { type: "send", data: "abc" }));
    act(p, "a", { type: "segment", segment: seg(`A seq=${p.a.rcvNxt} ack=${plus(p.a.sndUna, -1)}`) });
    const [fin] = act(p, "a", { type: "shutdown" });
    act(p, "b", { type: "segment", segment: fin! });
    act(p, "b", { type: "segment", segment: fin! }); // fin-retransmitted
    act(p, "b", { type: "segment", segment: seg(`AP seq=${p.b.rcvNxt} ack=${p.b.sndNxt} data=x`) }); // data-after-fin
    return notesOf(p);
  },
  "TIME_WAIT: retransmitted FIN and old duplicate": () => {
    const p = closedByA();
    const finB = p.sent.filter((s) => s.side === "b" && s.segment.flags.fin).at(-1)!.segment;
    act(p, "a", { type: "segment", segment: finB });
    act(p, "a", { type: "segment", segment: seg(`A seq=${plus(p.a.rcvNxt, -3)} ack=${p.a.sndNxt}`) });
    return notesOf(p);
  },
  "retransmission until giving up, and a timer that is not armed": () => {
    let e = apply(endpointA(), { type: "open", passive: false }).endpoint;
    const notes: Note[] = [];
    for (let i = 0; i < 12 && e.state !== "CLOSED"; i++) {
      const r = apply(e, { type: "timeout", timer: "retransmit" }, nextAt(e));
      notes.push(...r.notes);
      e = r.endpoint;
    }
    notes.push(...apply(e, { type: "timeout", timer: "time-wait" }).notes);
    return notes;
  },
  "linux: orphaned socket, FIN_WAIT_2 timer, data after close": () => {
    const p = established("linux");
    converse(p, "a", act(p, "a", { type: "close" }));
    act(p, "a", { type: "timeout", timer: "fin-wait-2" });
    const q = established("linux");
    converse(q, "a", act(q, "a", { type: "close" }));
    converse(q, "b", act(q, "b", { type: "send", data: "late" }));
    return [...notesOf(p), ...notesOf(q)];
  },
  "linux: recv, close with unread data, old ACKs, rate limits, TIME_WAIT, SYN,ACK give-up": () => {
    const p = established("linux");
    p.a = { ...p.a, autoRecv: false };
    converse(p, "b", act(p, "b", { type: "send", data: "hi" }));
    act(p, "a", { type: "recv", bytes: 1 }); // data-read
    act(p, "a", { type: "close" }); // close-unread-reset
    const q = established("linux");
    q.now = 1000;
    act(q, "b", { type: "segment", segment: seg(`A seq=${q.b.rcvNxt} ack=${plus(q.b.sndUna, -100)}`) }); // ack-too-old
    act(q, "b", { type: "segment", segment: seg(`S seq=${q.b.rcvNxt}`) }); // ack-rate-limited
    const r = closedByA("linux");
    act(r, "a", { type: "segment", segment: seg(`R seq=${plus(r.a.rcvNxt, 9)}`) }); // time-wait-rst-ignored
    act(r, "a", { type: "segment", segment: seg(`A seq=${r.a.rcvNxt} ack=${r.a.sndNxt}`) }); // time-wait-ack-restart
    const s = established("linux");
    converse(s, "b", act(s, "b", { type: "close" }));
    converse(s, "a", act(s, "a", { type: "close" }));
    act(s, "b", { type: "segment", segment: seg(`S seq=${plus(s.b.rcvNxt, 100_000)}`) }); // time-wait-syn-reopen
    const o = established("linux");
    converse(o, "a", act(o, "a", { type: "close" }));
    act(o, "a", { type: "segment", segment: seg(`S seq=${o.a.rcvNxt}`) }); // orphan-syn-reset
    let l = apply(endpointA("linux"), { type: "open", passive: true }).endpoint;
    l = apply(l, { type: "segment", segment: seg("S seq=7") }).endpoint;
    const again = apply(l, { type: "segment", segment: seg("S seq=7") }); // syn-rcvd-syn-again
    const ab = established("linux");
    act(ab, "a", { type: "abort" }); // abort-reset-ack
    const so = pair("linux");
    const [synA] = act(so, "a", { type: "open", passive: false });
    const [synB] = act(so, "b", { type: "open", passive: false });
    const [saA] = act(so, "a", { type: "segment", segment: synB! });
    act(so, "b", { type: "segment", segment: synA! });
    act(so, "b", { type: "segment", segment: saA! }); // syn-ack-crossed-ack
    const notes: Note[] = [...notesOf(o), ...again.notes, ...notesOf(ab), ...notesOf(so)];
    for (let i = 0; i < 8 && l.state === "SYN_RCVD"; i++) {
      const t = apply(l, { type: "timeout", timer: "retransmit" }, nextAt(l));
      notes.push(...t.notes);
      l = t.endpoint;
    }
    return [...notesOf(p), ...notesOf(q), ...notesOf(r), ...notesOf(s), ...notes];
  },
  "reboot and quiet time": () => {
    const p = established();
    act(p, "a", { type: "reboot" });
    act(p, "a", { type: "open", passive: false });
    return notesOf(p);
  },
};

describe("note codes", () => {
  it("every NOTE_CODES entry is produced by at least one scenario trace, and nothing else is", () => {
    const produced = new Set<NoteCode>();
    for (const trace of Object.values(TRACES)) for (const n of trace()) produced.add(n.code);
    const missing = NOTE_CODES.filter((c) => !produced.has(c));
    const undeclared = [...produced].filter((c) => !(NOTE_CODES as readonly string[]).includes(c));
    expect({ missing, undeclared }).toEqual({ missing: [], undeclared: [] });
  });

  it("every note carries plain params (strings, numbers, booleans) that survive JSON", () => {
    for (const trace of Object.values(TRACES)) {
      for (const n of trace()) expect(JSON.parse(JSON.stringify(n))).toEqual(n);
    }
  });
});
