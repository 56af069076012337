// One captured packet as it would appear on an Ethernet link: Ethernet II, IPv4 and TCP
// headers with correct checksums, then the segment's data.

import type { Segment } from "../tcp/types";
import { internetChecksum, tcpChecksum } from "./checksum";

/** One side of the connection as the capture shows it. */
export interface PcapHost {
  /** Dotted IPv4 address, e.g. "10.0.0.1". */
  address: string;
  port: number;
}

const ETH_HEADER = 14;
const IP_HEADER = 20;
const TCP_HEADER = 20;
const ETHERTYPE_IPV4 = 0x0800;
const PROTO_TCP = 6;
/** Linux's default (net.ipv4.ip_default_ttl). */
export const DEFAULT_TTL = 64;

/** Parses a dotted quad; anything else gives null so the caller can pick a fallback. */
export function parseIPv4(address: string): Uint8Array | null {
  const parts = address.trim().split(".");
  if (parts.length !== 4) return null;
  const bytes = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const part = parts[i]!;
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    bytes[i] = n;
  }
  return bytes;
}

/**
 * A locally administered unicast MAC (02:00:a.b.c.d) derived from the IP address, so that
 * the same host always has the same MAC and the two hosts never share one.
 */
export function macFor(ip: Uint8Array): Uint8Array {
  return Uint8Array.of(0x02, 0x00, ip[0]!, ip[1]!, ip[2]!, ip[3]!);
}

/** The TCP flags byte (RFC 9293 3.1): CWR ECE URG ACK PSH RST SYN FIN, high to low. */
export function flagsByte(segment: Segment): number {
  const f = segment.flags;
  return (f.ack ? 0x10 : 0) | (f.psh ? 0x08 : 0) | (f.rst ? 0x04 : 0) | (f.syn ? 0x02 : 0) | (f.fin ? 0x01 : 0);
}

export interface FrameInput {
  srcIp: Uint8Array;
  dstIp: Uint8Array;
  srcPort: number;
  dstPort: number;
  /** IPv4 Identification field: the sender's running counter. */
  ipId: number;
  ttl?: number;
  segment: Segment;
}

/** Builds the whole Ethernet frame for one TCP segment. */
export function buildFrame(input: FrameInput): Uint8Array {
  const { segment } = input;
  // Segment data is ASCII text in the engine; one character is one byte of sequence space.
  const data = new Uint8Array(segment.data.length);
  for (let i = 0; i < segment.data.length; i++) data[i] = segment.data.charCodeAt(i) & 0xff;

  const frame = new Uint8Array(ETH_HEADER + IP_HEADER + TCP_HEADER + data.length);
  const view = new DataView(frame.buffer);

  // Ethernet II: destination MAC, source MAC, EtherType.
  frame.set(macFor(input.dstIp), 0);
  frame.set(macFor(input.srcIp), 6);
  view.setUint16(12, ETHERTYPE_IPV4);

  // IPv4 (RFC 791 3.1): version 4, IHL 5, DF set as Linux does for TCP (path MTU discovery).
  const ip = ETH_HEADER;
  view.setUint8(ip, 0x45);
  view.setUint8(ip + 1, 0);
  view.setUint16(ip + 2, IP_HEADER + TCP_HEADER + data.length);
  view.setUint16(ip + 4, input.ipId & 0xffff);
  view.setUint16(ip + 6, 0x4000);
  view.setUint8(ip + 8, input.ttl ?? DEFAULT_TTL);
  view.setUint8(ip + 9, PROTO_TCP);
  frame.set(input.srcIp, ip + 12);
  frame.set(input.dstIp, ip + 16);
  view.setUint16(ip + 10, internetChecksum(frame.subarray(ip, ip + IP_HEADER)));

  // TCP (RFC 9293 3.1), no options: data offset 5 words.
  const tcp = ip + IP_HEADER;
  view.setUint16(tcp, input.srcPort);
  view.setUint16(tcp + 2, input.dstPort);
  view.setUint32(tcp + 4, segment.seq >>> 0);
  // The acknowledgment field is sent as zero when ACK is off, as real stacks do.
  view.setUint32(tcp + 8, segment.flags.ack ? segment.ack >>> 0 : 0);
  view.setUint8(tcp + 12, (TCP_HEADER / 4) << 4);
  view.setUint8(tcp + 13, flagsByte(segment));
  // Without window scaling the field holds at most 65535.
  view.setUint16(tcp + 14, Math.max(0, Math.min(0xffff, Math.floor(segment.window))));
  view.setUint16(tcp + 18, 0);
  frame.set(data, tcp + TCP_HEADER);
  const tcpBytes = frame.subarray(tcp);
  view.setUint16(tcp + 16, tcpChecksum(input.srcIp, input.dstIp, tcpBytes));
  return frame;
}
