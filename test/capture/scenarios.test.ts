// The project's own .pcap export of every scenario (shared/pcap captureMatch), read back
// and replayed: the states inferred from the capture are the states the match went through.
import { describe, expect, it } from "vitest";
import { playScenario } from "../../shared/bots";
import { captureMatch } from "../../shared/pcap";
import { SCENARIOS } from "../../shared/scenarios";
import type { Scenario } from "../../shared/scenarios/types";
import type { TcpState } from "../../shared/tcp/types";
import { inferConnection } from "../../shared/capture";
import { parsed, path } from "./helpers";

/**
 * What a capture cannot show: a state entered by a call or a timer that sends nothing
 * (listen(), a close() in LISTEN, TIME_WAIT running out after the last segment), and a host
 * that reboots (its TCB vanishes without a segment). These are compared up to that point.
 */
const SILENT_TAIL: TcpState[] = ["CLOSED"];

function withoutSilentEnd(states: TcpState[]): TcpState[] {
  const out = [...states];
  while (
    out.length > 1 &&
    SILENT_TAIL.includes(out[out.length - 1]!) &&
    out[out.length - 2] !== "SYN_SENT" &&
    out[out.length - 2] !== "LAST_ACK"
  )
    out.pop();
  return out;
}

describe("every scenario's own .pcap export, read back", () => {
  for (const s of SCENARIOS as readonly Scenario[]) {
    it(`${s.number}. ${s.id}: the inferred states are the match's own, side by side`, () => {
      const m = playScenario(s, { seed: 7, difficulty: "standard" });
      const p = parsed(captureMatch(m, Date.UTC(2026, 0, 1)));
      const conns = p.summary.connections.map((c) =>
        inferConnection(
          c,
          p.segments[c.id]!,
          { profile: s.profile },
          p.summary.connections.find((x) => x.id === c.follows),
        ),
      );
      for (const side of ["A", "B"] as const) {
        // One side's states across all the connections of the capture, in order.
        const inferred: TcpState[] = [];
        for (const c of conns) for (const st of path(c, side)) if (inferred[inferred.length - 1] !== st) inferred.push(st);
        const truth = m.sides[side].history.filter((st, i, all) => i === 0 || all[i - 1] !== st);
        // listen() is not on the wire: CLOSED before LISTEN is left out on both sides.
        const fromListen = (x: TcpState[]): TcpState[] => (x[0] === "CLOSED" && x[1] === "LISTEN" ? x.slice(1) : x);
        // A connection set up before the capture and forgotten by a reboot before its first
        // segment (scenario 18) leaves no handshake on the wire: the capture reads from the new
        // SYN on, as a new connection (the half-open server's old one is not inferred).
        const fromReboot = (x: TcpState[]): TcpState[] =>
          inferred[0] !== "ESTABLISHED" && x[0] === "ESTABLISHED" && x[1] === "CLOSED" ? x.slice(1) : x;
        expect({ side, states: withoutSilentEnd(fromListen(inferred)) }).toEqual({
          side,
          states: withoutSilentEnd(fromListen(fromReboot(truth))),
        });
      }
    });
  }
});
