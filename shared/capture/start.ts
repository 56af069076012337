// How each endpoint starts, read from a connection's segments before they are replayed:
// ISNs from the SYNs, who listened, window scaling; or, for a connection caught mid-way,
// both ESTABLISHED with the numbers seen.
import { createEndpoint, seqAdd, type Endpoint, type Profile, type TcpState } from "../tcp";
import type { Side } from "../scenarios/types";
import type { TcpPacket } from "./decode";
import type { ConnectionInfo } from "./connections";

export type StartKind = "handshake" | "syn-not-captured" | "mid-connection";

export interface Start {
  kind: StartKind;
  A: Endpoint;
  B: Endpoint;
  /** Window scale shifts (RFC 7323): null when not both SYNs offered it (or unseen). */
  shift: Record<Side, number> | null;
}

/** A window large enough that nothing is out of window when the real one is unknown. */
export const UNKNOWN_WINDOW = 0x4000_0000;

export const sideOf = (info: ConnectionInfo, p: TcpPacket): Side => (p.src === info.a.address && p.srcPort === info.a.port ? "A" : "B");

function wscale(p: TcpPacket | undefined): number | null {
  const o = p?.options.find((x) => x.kind === "wscale");
  return o && o.kind === "wscale" ? o.shift : null;
}

export function readStart(info: ConnectionInfo, packets: readonly TcpPacket[], profile: Profile): Start {
  const mk = (side: Side, iss: number): Endpoint => {
    const h = side === "A" ? info.a : info.b;
    const o = side === "A" ? info.b : info.a;
    return createEndpoint({ localPort: h.port, remotePort: o.port, iss: iss >>> 0, profile });
  };
  const first = packets[0];
  const fromA = packets.filter((p) => sideOf(info, p) === "A");
  const fromB = packets.filter((p) => sideOf(info, p) === "B");
  const synA = fromA.find((p) => p.flags.syn);
  const synB = fromB.find((p) => p.flags.syn);
  const ws = wscale(synA);
  const wsB = wscale(synB);
  const shift = ws !== null && wsB !== null ? { A: ws, B: wsB } : null;
  if (first?.flags.syn && sideOf(info, first) === "A") {
    const A = mk("A", first.seq);
    // B listened unless it opened too (simultaneous open) or refused (its first answer a RST).
    const bFirst = fromB[0];
    const bListens = bFirst === undefined || !(bFirst.flags.rst || (bFirst.flags.syn && !bFirst.flags.ack));
    let B = mk("B", synB?.seq ?? 0);
    if (bListens) B = { ...B, state: "LISTEN", passiveOpen: true };
    return { kind: "handshake", A, B, shift };
  }
  if (first?.flags.syn && first.flags.ack) {
    // The SYN was missed: A sent <SEQ = SYN,ACK's ack - 1>; B listened with the SYN,ACK's ISN.
    const A = mk("A", seqAdd(first.ack, -1));
    const B: Endpoint = { ...mk("B", first.seq), state: "LISTEN", passiveOpen: true };
    return { kind: "syn-not-captured", A, B, shift };
  }
  // Mid-way: each side's next sequence number is its first seq, or the other's first ack.
  const a0 = fromA[0];
  const b0 = fromB[0];
  const nxtA = a0?.seq ?? (b0?.flags.ack ? b0.ack : 0);
  const nxtB = b0?.seq ?? (a0?.flags.ack ? a0.ack : 0);
  const established = (side: Side, nxt: number, rcv: number): Endpoint => ({
    ...mk(side, nxt),
    state: "ESTABLISHED" as TcpState,
    irs: rcv,
    sndUna: nxt,
    sndNxt: nxt,
    sndWnd: UNKNOWN_WINDOW,
    sndWl1: rcv,
    sndWl2: nxt,
    rcvNxt: rcv,
    rcvWnd: UNKNOWN_WINDOW,
  });
  return { kind: "mid-connection", A: established("A", nxtA, nxtB), B: established("B", nxtB, nxtA), shift: null };
}
