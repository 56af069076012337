// From a captured frame to the TCP segment it carries: IPv4 (RFC 791) or IPv6 (RFC 8200,
// with its extension headers), then the TCP header (RFC 9293 3.1) and its options.
import { ipStart } from "./link";
import { readOptions, type TcpOption } from "./options";
import type { RawPacket } from "./raw";

export interface TcpFlags {
  syn: boolean;
  ack: boolean;
  fin: boolean;
  rst: boolean;
  psh: boolean;
  urg: boolean;
  ece: boolean;
  cwr: boolean;
}

/** One TCP segment as the capture shows it. Plain JSON (it crosses from the worker). */
export interface TcpPacket {
  /** Packet number in the file, 1-based. */
  index: number;
  timeUs: number;
  ipVersion: 4 | 6;
  src: string;
  dst: string;
  srcPort: number;
  dstPort: number;
  seq: number;
  ack: number;
  flags: TcpFlags;
  /** The window field as sent (before any window scaling). */
  window: number;
  options: TcpOption[];
  /** Data length in sequence space (from the IP length, even if the snapshot cut the bytes). */
  payloadLen: number;
  /** Up to 32 captured data bytes, printable ASCII, others as "." */
  preview: string;
}

/** Why a packet is not a TCP segment this reader decodes. */
export type Skip = "no-ip" | "not-tcp" | "fragment" | "cut";

export const PREVIEW_BYTES = 32;

/** Dotted quads, made once per address: a capture repeats the same few addresses. */
const IPV4_TEXT = new Map<number, string>();
const IPV4_CACHE_MAX = 65_536;

function ipv4Text(d: Uint8Array, o: number): string {
  const key = ((d[o]! << 24) | (d[o + 1]! << 16) | (d[o + 2]! << 8) | d[o + 3]!) >>> 0;
  let text = IPV4_TEXT.get(key);
  if (text === undefined) {
    text = `${d[o]}.${d[o + 1]}.${d[o + 2]}.${d[o + 3]}`;
    if (IPV4_TEXT.size < IPV4_CACHE_MAX) IPV4_TEXT.set(key, text);
  }
  return text;
}

const NO_OPTIONS: TcpOption[] = [];
const previewCodes = new Array<number>(0);

/** RFC 5952 text: lower-case hex, the longest run of zero groups (two or more) as "::". */
export function ipv6Text(d: Uint8Array, o: number): string {
  const groups: number[] = [];
  for (let i = 0; i < 8; i++) groups.push((d[o + 2 * i]! << 8) | d[o + 2 * i + 1]!);
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(":");
  return `${hex.slice(0, best).join(":")}::${hex.slice(best + bestLen).join(":")}`;
}

const u16 = (d: Uint8Array, o: number): number => (d[o]! << 8) | d[o + 1]!;
const u32 = (d: Uint8Array, o: number): number => ((d[o]! << 24) | (d[o + 1]! << 16) | (d[o + 2]! << 8) | d[o + 3]!) >>> 0;

/** IPv6 extension headers that may come before TCP (RFC 8200 4.1). */
const IPV6_EXT = new Set([0, 43, 60, 135, 139, 140]);

/** The TCP segment in `raw`, or why there is none. */
export function decodeTcp(raw: RawPacket): TcpPacket | Skip {
  const d = raw.data;
  const start = ipStart(raw.linkType, d);
  if (start === null) return "no-ip";
  let o = start.offset;
  let src: string;
  let dst: string;
  let tcpLen: number;
  if (start.version === 4) {
    if (o + 20 > d.length) return "cut";
    const ihl = (d[o]! & 0x0f) * 4;
    if (ihl < 20 || o + ihl > d.length) return "cut";
    if (d[o + 9] !== 6) return "not-tcp";
    // A fragment other than the first has no TCP header; the first lacks the full data.
    const frag = u16(d, o + 6);
    if ((frag & 0x1fff) !== 0 || (frag & 0x2000) !== 0) return "fragment";
    const total = u16(d, o + 2);
    src = ipv4Text(d, o + 12);
    dst = ipv4Text(d, o + 16);
    // A total length of 0 is what a capture of a TSO-offloaded send shows: use the bytes.
    tcpLen = (total === 0 ? d.length - o : total) - ihl;
    o += ihl;
  } else {
    if (o + 40 > d.length) return "cut";
    let next = d[o + 6]!;
    const payload = u16(d, o + 4);
    src = ipv6Text(d, o + 8);
    dst = ipv6Text(d, o + 24);
    let p = o + 40;
    tcpLen = payload;
    while (next !== 6) {
      if (next === 44) {
        // Fragment header: only an unfragmented packet is read.
        return "fragment";
      }
      if (next === 51) {
        if (p + 2 > d.length) return "cut";
        const len = (d[p + 1]! + 2) * 4;
        next = d[p]!;
        p += len;
        tcpLen -= len;
        continue;
      }
      if (!IPV6_EXT.has(next)) return "not-tcp";
      if (p + 2 > d.length) return "cut";
      const len = (d[p + 1]! + 1) * 8;
      next = d[p]!;
      p += len;
      tcpLen -= len;
    }
    if (payload === 0) tcpLen = d.length - p; // a jumbogram or an offloaded send
    o = p;
  }
  if (o + 20 > d.length) return "cut";
  const dataOffset = (d[o + 12]! >> 4) * 4;
  if (dataOffset < 20 || o + dataOffset > d.length || tcpLen < dataOffset) return "cut";
  const fl = d[o + 13]!;
  const payloadLen = tcpLen - dataOffset;
  const dataStart = o + dataOffset;
  const shown = Math.max(0, Math.min(payloadLen, PREVIEW_BYTES, d.length - dataStart));
  previewCodes.length = shown;
  for (let i = 0; i < shown; i++) {
    const c = d[dataStart + i]!;
    previewCodes[i] = c >= 0x20 && c < 0x7f ? c : 0x2e;
  }
  const preview = shown === 0 ? "" : String.fromCharCode(...previewCodes);
  return {
    index: raw.index,
    timeUs: raw.timeUs,
    ipVersion: start.version,
    src,
    dst,
    srcPort: u16(d, o),
    dstPort: u16(d, o + 2),
    seq: u32(d, o + 4),
    ack: u32(d, o + 8),
    flags: {
      fin: (fl & 0x01) !== 0,
      syn: (fl & 0x02) !== 0,
      rst: (fl & 0x04) !== 0,
      psh: (fl & 0x08) !== 0,
      ack: (fl & 0x10) !== 0,
      urg: (fl & 0x20) !== 0,
      ece: (fl & 0x40) !== 0,
      cwr: (fl & 0x80) !== 0,
    },
    window: u16(d, o + 14),
    // Shared when empty: most data segments of a long capture carry no option to show.
    options: dataOffset > 20 ? readOptions(d, o + 20, o + dataOffset) : NO_OPTIONS,
    payloadLen,
    preview,
  };
}
