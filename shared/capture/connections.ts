// TCP connections in a capture: packets grouped by four-tuple, and a four-tuple used again
// after a close (a new SYN with a new ISN) split into its incarnations. Only the first
// `maxDecoded` connections keep their segments (up to `maxSegments` each); the others are
// counted and listed, so a capture of a million packets stays small in memory.
import type { TcpPacket } from "./decode";

export interface Host {
  address: string;
  port: number;
}

export interface ConnectionInfo {
  /** 1-based, in the order the connections' first segments appear. */
  id: number;
  /** The side that sent the first SYN (the client); for a connection caught mid-way, the higher port. */
  a: Host;
  b: Host;
  segments: number;
  /** Data bytes, both directions. */
  bytes: number;
  firstUs: number;
  lastUs: number;
  /** The capture holds the connection's first SYN. */
  fromSyn: boolean;
  /** The earlier connection on the same four-tuple, when this one reuses it. */
  follows: number | null;
  /** Its segments are kept (one of the first `maxDecoded`); false: only listed. */
  decoded: boolean;
  /** Segments beyond `maxSegments` were counted but not kept. */
  cut: boolean;
}

export interface TableLimits {
  maxDecoded: number;
  maxSegments: number;
}

export const DEFAULT_LIMITS: TableLimits = { maxDecoded: 200, maxSegments: 20_000 };

interface Live {
  info: ConnectionInfo;
  packets: TcpPacket[] | null;
  /** A FIN or RST has been seen: a later SYN with another ISN starts a new incarnation. */
  ended: boolean;
  synSeq: number | null;
}

const tupleKey = (p: TcpPacket): string => {
  const x = `${p.src}|${p.srcPort}`;
  const y = `${p.dst}|${p.dstPort}`;
  return x < y ? `${x}|${y}` : `${y}|${x}`;
};

export class ConnectionTable {
  private readonly live = new Map<string, Live>();
  private readonly all: Live[] = [];
  private decodedCount = 0;

  constructor(private readonly limits: TableLimits = DEFAULT_LIMITS) {}

  add(p: TcpPacket): void {
    const key = tupleKey(p);
    let c = this.live.get(key);
    const newSyn = p.flags.syn && !p.flags.ack;
    if (c !== undefined && newSyn && c.ended && c.synSeq !== p.seq) {
      const prev = c.info.id;
      c = this.open(key, p, prev);
    } else if (c === undefined) {
      c = this.open(key, p, null);
    }
    const info = c.info;
    info.segments++;
    info.bytes += p.payloadLen;
    info.lastUs = p.timeUs;
    if (newSyn && c.synSeq === null) c.synSeq = p.seq;
    if (p.flags.fin || p.flags.rst) c.ended = true;
    if (c.packets !== null) {
      if (c.packets.length < this.limits.maxSegments) c.packets.push(p);
      else info.cut = true;
    }
  }

  private open(key: string, p: TcpPacket, follows: number | null): Live {
    const from: Host = { address: p.src, port: p.srcPort };
    const to: Host = { address: p.dst, port: p.dstPort };
    const syn = p.flags.syn && !p.flags.ack;
    const synAck = p.flags.syn && p.flags.ack;
    // The client is the SYN's sender (the SYN,ACK's receiver); mid-way, the ephemeral port.
    const clientFirst = syn || (!synAck && p.srcPort >= p.dstPort);
    const decoded = this.decodedCount < this.limits.maxDecoded;
    if (decoded) this.decodedCount++;
    const live: Live = {
      info: {
        id: this.all.length + 1,
        a: clientFirst ? from : to,
        b: clientFirst ? to : from,
        segments: 0,
        bytes: 0,
        firstUs: p.timeUs,
        lastUs: p.timeUs,
        fromSyn: syn,
        follows,
        decoded,
        cut: false,
      },
      packets: decoded ? [] : null,
      ended: false,
      synSeq: null,
    };
    this.live.set(key, live);
    this.all.push(live);
    return live;
  }

  get size(): number {
    return this.all.length;
  }

  /** Every connection, in order of appearance (at most `limit`). */
  list(limit = Infinity): ConnectionInfo[] {
    return this.all.slice(0, limit).map((c) => c.info);
  }

  /** The kept segments of connection `id`, or null when it was only listed. */
  segmentsOf(id: number): TcpPacket[] | null {
    return this.all[id - 1]?.packets ?? null;
  }
}
