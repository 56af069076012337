// One packet as a capture file stores it, before any protocol is decoded.
export interface RawPacket {
  /** 1-based, in file order: the number Wireshark shows. */
  index: number;
  /** Capture time in microseconds since the Unix epoch. */
  timeUs: number;
  /** The LINKTYPE_ value of the interface it was captured on. */
  linkType: number;
  /** The captured bytes (a view: valid only while the packet is handled). */
  data: Uint8Array;
  /** The packet's length on the wire (more than data.length when the snapshot length cut it). */
  origLen: number;
}
