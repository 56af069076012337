// Link layers (https://www.tcpdump.org/linktypes.html): where the IP packet starts in a
// frame, and which IP version it is. Ethernet (with 802.1Q tags), Linux cooked captures
// (SLL, SLL2: tcpdump -i any), raw IP, and the BSD/macOS loopback headers (NULL, LOOP).

export const LINKTYPE = {
  NULL: 0,
  ETHERNET: 1,
  RAW_OPENBSD: 12,
  RAW_BSD: 14,
  RAW: 101,
  LOOP: 108,
  LINUX_SLL: 113,
  IPV4: 228,
  IPV6: 229,
  LINUX_SLL2: 276,
} as const;

export const SUPPORTED_LINK_TYPES: readonly number[] = Object.values(LINKTYPE);

const ETHERTYPE_IPV4 = 0x0800;
const ETHERTYPE_IPV6 = 0x86dd;
const ETHERTYPE_VLAN = [0x8100, 0x88a8, 0x9100];
/** AF_INET6 differs by system: Linux 10, the BSDs 24, FreeBSD 28, macOS 30. */
const AF_INET6 = [10, 24, 28, 30];

export interface IpStart {
  offset: number;
  version: 4 | 6;
}

function byEthertype(type: number, offset: number): IpStart | null {
  if (type === ETHERTYPE_IPV4) return { offset, version: 4 };
  if (type === ETHERTYPE_IPV6) return { offset, version: 6 };
  return null;
}

function byFamily(family: number, offset: number): IpStart | null {
  if (family === 2) return { offset, version: 4 };
  if (AF_INET6.includes(family)) return { offset, version: 6 };
  return null;
}

function byNibble(data: Uint8Array, offset: number): IpStart | null {
  if (data.length <= offset) return null;
  const v = data[offset]! >> 4;
  return v === 4 || v === 6 ? { offset, version: v } : null;
}

const u16 = (d: Uint8Array, o: number): number => (d[o]! << 8) | d[o + 1]!;

/** Where the IP header starts, or null for a frame that carries no IP (ARP, LLDP…) or is cut. */
export function ipStart(linkType: number, data: Uint8Array): IpStart | null {
  switch (linkType) {
    case LINKTYPE.ETHERNET: {
      if (data.length < 14) return null;
      let off = 12;
      let type = u16(data, off);
      // 802.1Q / 802.1ad tags: 4 bytes each before the real EtherType.
      while (ETHERTYPE_VLAN.includes(type) && off + 6 <= data.length) {
        off += 4;
        type = u16(data, off);
      }
      return byEthertype(type, off + 2);
    }
    case LINKTYPE.LINUX_SLL:
      return data.length < 16 ? null : byEthertype(u16(data, 14), 16);
    case LINKTYPE.LINUX_SLL2:
      return data.length < 20 ? null : byEthertype(u16(data, 0), 20);
    case LINKTYPE.NULL: {
      if (data.length < 4) return null;
      // Host byte order of the capturing machine: try both.
      const le = data[0]! | (data[1]! << 8) | (data[2]! << 16) | (data[3]! << 24);
      const be = (data[0]! << 24) | (data[1]! << 16) | (data[2]! << 8) | data[3]!;
      return byFamily(le, 4) ?? byFamily(be, 4);
    }
    case LINKTYPE.LOOP: {
      if (data.length < 4) return null;
      return byFamily(((data[0]! << 24) | (data[1]! << 16) | (data[2]! << 8) | data[3]!) >>> 0, 4);
    }
    case LINKTYPE.RAW:
    case LINKTYPE.RAW_OPENBSD:
    case LINKTYPE.RAW_BSD:
      return byNibble(data, 0);
    case LINKTYPE.IPV4:
      return byNibble(data, 0)?.version === 4 ? { offset: 0, version: 4 } : null;
    case LINKTYPE.IPV6:
      return byNibble(data, 0)?.version === 6 ? { offset: 0, version: 6 } : null;
    default:
      return null;
  }
}
