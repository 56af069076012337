// The classic libpcap format (draft-ietf-opsawg-pcap section 4): a 24-byte file header,
// then per packet a 16-byte record header and the captured bytes. Both byte orders, and
// micro- or nanosecond timestamps, as the magic number says.
import { captureError, type CaptureError } from "./errors";
import type { RawPacket } from "./raw";

const MAGIC_USEC = 0xa1b2c3d4;
const MAGIC_NSEC = 0xa1b23c4d;
/** No capture holds a record larger than this (libpcap's own limit is 256 KiB). */
export const MAX_RECORD = 0x40000;

export interface PcapHeader {
  littleEndian: boolean;
  nanos: boolean;
  linkType: number;
}

/** Reads the file header from its first 24 bytes, or says why it cannot. */
export function readPcapHeader(bytes: Uint8Array): PcapHeader | CaptureError {
  if (bytes.length < 24) return captureError("capture/truncated", { at: 0 });
  const v = new DataView(bytes.buffer, bytes.byteOffset, 24);
  const le = v.getUint32(0, true);
  const be = v.getUint32(0, false);
  let littleEndian: boolean;
  let nanos: boolean;
  if (le === MAGIC_USEC || le === MAGIC_NSEC) {
    littleEndian = true;
    nanos = le === MAGIC_NSEC;
  } else if (be === MAGIC_USEC || be === MAGIC_NSEC) {
    littleEndian = false;
    nanos = be === MAGIC_NSEC;
  } else {
    return captureError("capture/not-a-capture");
  }
  // The link type is the low 28 bits of the last field (the FCS bits live above it).
  const linkType = v.getUint32(20, littleEndian) & 0x0fff_ffff;
  return { littleEndian, nanos, linkType };
}

/** The first four bytes are a libpcap magic number, in either byte order. */
export function isPcapMagic(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const v = new DataView(bytes.buffer, bytes.byteOffset, 4);
  const le = v.getUint32(0, true);
  const be = v.getUint32(0, false);
  return le === MAGIC_USEC || le === MAGIC_NSEC || be === MAGIC_USEC || be === MAGIC_NSEC;
}

/**
 * Reads the records in `buf` from `at`; calls `emit` for each whole one. Returns where the
 * first incomplete record begins (the caller keeps those bytes for the next chunk), or an
 * error for a record no capture file can hold.
 */
export function readPcapRecords(
  buf: Uint8Array,
  at: number,
  header: PcapHeader,
  firstIndex: number,
  emit: (p: RawPacket) => void,
): { next: number; count: number } | CaptureError {
  const v = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const le = header.littleEndian;
  let pos = at;
  let count = 0;
  while (pos + 16 <= buf.length) {
    const sec = v.getUint32(pos, le);
    const frac = v.getUint32(pos + 4, le);
    const incl = v.getUint32(pos + 8, le);
    const orig = v.getUint32(pos + 12, le);
    if (incl > MAX_RECORD) return captureError("capture/corrupt", { packet: firstIndex + count, length: incl });
    if (pos + 16 + incl > buf.length) break;
    emit({
      index: firstIndex + count,
      timeUs: sec * 1e6 + (header.nanos ? Math.floor(frac / 1000) : frac),
      linkType: header.linkType,
      data: buf.subarray(pos + 16, pos + 16 + incl),
      origLen: orig,
    });
    count++;
    pos += 16 + incl;
  }
  return { next: pos, count };
}
