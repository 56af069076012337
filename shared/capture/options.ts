// TCP options (RFC 9293 3.2, RFC 7323, RFC 2018), decoded as facts to show. The engine
// models none of them: window scaling only changes how the window field is read.

export type TcpOption =
  | { kind: "mss"; value: number }
  | { kind: "wscale"; shift: number }
  | { kind: "sack-permitted" }
  | { kind: "sack"; blocks: Array<[number, number]> }
  | { kind: "timestamps"; value: number; echo: number }
  | { kind: "other"; code: number; length: number };

/** Reads the options area; stops at End of Option List or a length that does not fit. */
export function readOptions(d: Uint8Array, start: number, end: number): TcpOption[] {
  const out: TcpOption[] = [];
  let p = start;
  const u16 = (o: number): number => (d[o]! << 8) | d[o + 1]!;
  const u32 = (o: number): number => ((d[o]! << 24) | (d[o + 1]! << 16) | (d[o + 2]! << 8) | d[o + 3]!) >>> 0;
  while (p < end) {
    const code = d[p]!;
    if (code === 0) break; // End of Option List
    if (code === 1) {
      p++; // No-Operation
      continue;
    }
    if (p + 1 >= end) break;
    const len = d[p + 1]!;
    if (len < 2 || p + len > end) break;
    if (code === 2 && len === 4) out.push({ kind: "mss", value: u16(p + 2) });
    else if (code === 3 && len === 3) out.push({ kind: "wscale", shift: Math.min(14, d[p + 2]!) });
    else if (code === 4 && len === 2) out.push({ kind: "sack-permitted" });
    else if (code === 5 && (len - 2) % 8 === 0) {
      const blocks: Array<[number, number]> = [];
      for (let q = p + 2; q + 8 <= p + len; q += 8) blocks.push([u32(q), u32(q + 4)]);
      out.push({ kind: "sack", blocks });
    } else if (code === 8 && len === 10) out.push({ kind: "timestamps", value: u32(p + 2), echo: u32(p + 6) });
    else out.push({ kind: "other", code, length: len });
    p += len;
  }
  return out;
}

/** "MSS=65495", "WS=7 (×128)", "SACK_PERM", "SACK 1001-2001", "TS val=… ecr=…": the same in both languages. */
export function describeOption(o: TcpOption): string {
  switch (o.kind) {
    case "mss":
      return `MSS=${o.value}`;
    case "wscale":
      return `WS=${o.shift} (×${2 ** o.shift})`;
    case "sack-permitted":
      return "SACK_PERM";
    case "sack":
      return `SACK ${o.blocks.map(([l, r]) => `${l}-${r}`).join(" ")}`;
    case "timestamps":
      return `TS val=${o.value} ecr=${o.echo}`;
    default:
      return `option ${o.code} (${o.length} B)`;
  }
}
