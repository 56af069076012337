// The classic libpcap file format (https://wiki.wireshark.org/Development/LibpcapFileFormat,
// draft-ietf-opsawg-pcap): a 24-byte global header, then per packet a 16-byte record
// header and the frame bytes. Written little-endian with microsecond timestamps.

const PCAP_MAGIC_USEC = 0xa1b2c3d4;
const LINKTYPE_ETHERNET = 1;
const SNAPLEN = 65535;

export interface PcapRecord {
  /** Capture time in microseconds since the Unix epoch. */
  timeUs: number;
  frame: Uint8Array;
}

/** Writes a whole capture file. Records are written in the order given. */
export function writePcap(records: readonly PcapRecord[]): Uint8Array {
  const size = 24 + records.reduce((n, r) => n + 16 + r.frame.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, PCAP_MAGIC_USEC, true);
  view.setUint16(4, 2, true); // version 2.4
  view.setUint16(6, 4, true);
  view.setInt32(8, 0, true); // thiszone: timestamps are UTC
  view.setUint32(12, 0, true); // sigfigs
  view.setUint32(16, SNAPLEN, true);
  view.setUint32(20, LINKTYPE_ETHERNET, true);
  let at = 24;
  for (const record of records) {
    const us = Math.max(0, Math.round(record.timeUs));
    view.setUint32(at, Math.floor(us / 1_000_000), true);
    view.setUint32(at + 4, us % 1_000_000, true);
    view.setUint32(at + 8, record.frame.length, true); // incl_len
    view.setUint32(at + 12, record.frame.length, true); // orig_len
    out.set(record.frame, at + 16);
    at += 16 + record.frame.length;
  }
  return out;
}
