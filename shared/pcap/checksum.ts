// The Internet checksum (RFC 1071): the 16-bit one's complement of the one's complement
// sum of the data taken as big-endian 16-bit words. IPv4 (RFC 791 3.1) and TCP
// (RFC 9293 3.1) both use it.

/** One's complement sum of `bytes` (odd length padded with a zero byte), folded to 16 bits. */
export function onesComplementSum(bytes: Uint8Array, initial = 0): number {
  let sum = initial;
  const even = bytes.length & ~1;
  for (let i = 0; i < even; i += 2) sum += (bytes[i]! << 8) | bytes[i + 1]!;
  if (even < bytes.length) sum += bytes[even]! << 8;
  // Folding twice is enough: after one fold the sum fits in 17 bits.
  sum = (sum & 0xffff) + (sum >>> 16);
  sum = (sum & 0xffff) + (sum >>> 16);
  return sum;
}

/** The checksum to store in a header: ~sum, so that the sum over the whole header is 0xFFFF. */
export function internetChecksum(bytes: Uint8Array, initial = 0): number {
  return ~onesComplementSum(bytes, initial) & 0xffff;
}

/**
 * TCP checksum over the IPv4 pseudo-header (source, destination, zero, protocol 6,
 * TCP length) followed by the TCP header and data (RFC 9293 3.1, "Checksum").
 * `tcp` must hold the header with its checksum field zeroed.
 */
export function tcpChecksum(src: Uint8Array, dst: Uint8Array, tcp: Uint8Array): number {
  const pseudo = new Uint8Array(12);
  pseudo.set(src, 0);
  pseudo.set(dst, 4);
  pseudo[9] = 6;
  pseudo[10] = (tcp.length >>> 8) & 0xff;
  pseudo[11] = tcp.length & 0xff;
  return internetChecksum(tcp, onesComplementSum(pseudo));
}
