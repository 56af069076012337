// The pcapng format (draft-ietf-opsawg-pcapng): a sequence of blocks, each
// <type, total length, body, total length>. A Section Header Block sets the byte order;
// Interface Description Blocks give each interface's link type and timestamp resolution;
// Enhanced, Simple and (obsolete) Packet Blocks carry the packets. Other blocks are skipped.
import { captureError, type CaptureError } from "./errors";
import { MAX_RECORD } from "./pcap";
import type { RawPacket } from "./raw";

const SHB = 0x0a0d0d0a;
const IDB = 0x00000001;
const OPB = 0x00000002;
const SPB = 0x00000003;
const EPB = 0x00000006;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;
const OPT_IF_TSRESOL = 9;
/** Blocks larger than this are not packets a capture of TCP holds: a corrupt length. */
const MAX_BLOCK = MAX_RECORD + 4096;

interface Interface {
  linkType: number;
  snapLen: number;
  /** Timestamp units per second (if_tsresol; default 10^6). */
  unitsPerSecond: number;
}

/** Reader state carried from one chunk to the next. */
export interface PcapngState {
  littleEndian: boolean;
  interfaces: Interface[];
  sawSection: boolean;
}

export const newPcapngState = (): PcapngState => ({ littleEndian: true, interfaces: [], sawSection: false });

export function isPcapngMagic(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x0a && bytes[1] === 0x0d && bytes[2] === 0x0d && bytes[3] === 0x0a;
}

function tsResolution(v: DataView, start: number, end: number, le: boolean): number {
  let p = start;
  while (p + 4 <= end) {
    const code = v.getUint16(p, le);
    const len = v.getUint16(p + 2, le);
    if (code === 0) break;
    if (code === OPT_IF_TSRESOL && len >= 1 && p + 5 <= end) {
      const r = v.getUint8(p + 4);
      // High bit clear: a negative power of 10; set: a negative power of 2.
      return r & 0x80 ? 2 ** (r & 0x7f) : 10 ** r;
    }
    p += 4 + ((len + 3) & ~3);
  }
  return 1e6;
}

function timeUs(high: number, low: number, iface: Interface): number {
  const units = high * 0x1_0000_0000 + low;
  return iface.unitsPerSecond === 1e6 ? units : Math.floor((units * 1e6) / iface.unitsPerSecond);
}

/**
 * Reads whole blocks from `at`; emits each packet. Returns where the first incomplete block
 * begins, or an error for a block that cannot be right.
 */
export function readPcapngBlocks(
  buf: Uint8Array,
  at: number,
  state: PcapngState,
  firstIndex: number,
  emit: (p: RawPacket) => void,
): { next: number; count: number } | CaptureError {
  const v = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let pos = at;
  let count = 0;
  while (pos + 12 <= buf.length) {
    const rawType = v.getUint32(pos, true);
    if (rawType === SHB) {
      // The byte-order magic follows the length: read it before trusting the length.
      const magicLe = v.getUint32(pos + 8, true);
      if (magicLe === BYTE_ORDER_MAGIC) state.littleEndian = true;
      else if (v.getUint32(pos + 8, false) === BYTE_ORDER_MAGIC) state.littleEndian = false;
      else return captureError("capture/not-a-capture");
    } else if (!state.sawSection) {
      return captureError("capture/not-a-capture");
    }
    const le = state.littleEndian;
    const type = v.getUint32(pos, le);
    const len = v.getUint32(pos + 4, le);
    if (len < 12 || len % 4 !== 0 || (len > MAX_BLOCK && type !== SHB))
      return captureError("capture/corrupt", { packet: firstIndex + count, length: len });
    if (pos + len > buf.length) break;
    const body = pos + 8;
    const end = pos + len - 4;
    if (v.getUint32(end, le) !== len) return captureError("capture/corrupt", { packet: firstIndex + count, length: len });
    if (type === SHB) {
      state.sawSection = true;
      state.interfaces = [];
    } else if (type === IDB && end - body >= 8) {
      state.interfaces.push({
        linkType: v.getUint16(body, le),
        snapLen: v.getUint32(body + 4, le),
        unitsPerSecond: tsResolution(v, body + 8, end, le),
      });
    } else if ((type === EPB && end - body >= 20) || (type === OPB && end - body >= 20)) {
      const ifId = type === EPB ? v.getUint32(body, le) : v.getUint16(body, le);
      const iface = state.interfaces[ifId];
      const caplen = v.getUint32(body + 12, le);
      const orig = v.getUint32(body + 16, le);
      if (iface !== undefined && body + 20 + caplen <= end) {
        emit({
          index: firstIndex + count,
          timeUs: timeUs(v.getUint32(body + 4, le), v.getUint32(body + 8, le), iface),
          linkType: iface.linkType,
          data: buf.subarray(body + 20, body + 20 + caplen),
          origLen: orig,
        });
        count++;
      }
    } else if (type === SPB && end - body >= 4) {
      const iface = state.interfaces[0];
      const orig = v.getUint32(body, le);
      if (iface !== undefined) {
        const caplen = Math.min(orig, end - body - 4, iface.snapLen || Infinity);
        emit({
          index: firstIndex + count,
          timeUs: 0,
          linkType: iface.linkType,
          data: buf.subarray(body + 4, body + 4 + caplen),
          origLen: orig,
        });
        count++;
      }
    }
    pos += len;
  }
  return { next: pos, count };
}
