// A whole capture, read in chunks: the reader, the TCP decoder and the connection table
// together, with the counts a student is shown ("3 of 120 packets are not TCP").
import { decodeTcp, type Skip } from "./decode";
import { captureError, type CaptureError } from "./errors";
import { ConnectionTable, DEFAULT_LIMITS, type ConnectionInfo, type TableLimits } from "./connections";
import { SUPPORTED_LINK_TYPES } from "./link";
import { CaptureReader, type CaptureFormat } from "./reader";
import type { TcpPacket } from "./decode";

export interface CaptureSummary {
  format: CaptureFormat | null;
  packets: number;
  tcp: number;
  skipped: Record<Skip, number>;
  /** Link types seen that this reader does not decode. */
  unknownLinkTypes: number[];
  connections: ConnectionInfo[];
  /** Connections beyond those listed in `connections`. */
  unlisted: number;
  /** The file ended inside a packet: what was read before is still shown. */
  truncated: boolean;
}

export interface ParsedCapture {
  summary: CaptureSummary;
  /** Kept segments per decoded connection id. */
  segments: Record<number, TcpPacket[]>;
}

/** Listing more than this many connections helps no one: the rest are counted. */
export const MAX_LISTED = 5000;

export class CaptureParser {
  private readonly table: ConnectionTable;
  private readonly reader: CaptureReader;
  private tcp = 0;
  private readonly skipped: Record<Skip, number> = { "no-ip": 0, "not-tcp": 0, fragment: 0, cut: 0 };
  private readonly unknown = new Set<number>();

  constructor(limits: TableLimits = DEFAULT_LIMITS) {
    this.table = new ConnectionTable(limits);
    this.reader = new CaptureReader((raw) => {
      const p = decodeTcp(raw);
      if (typeof p === "string") {
        this.skipped[p]++;
        if (p === "no-ip" && !SUPPORTED_LINK_TYPES.includes(raw.linkType)) this.unknown.add(raw.linkType);
        return;
      }
      this.tcp++;
      this.table.add(p);
    });
  }

  get packets(): number {
    return this.reader.packets;
  }

  push(chunk: Uint8Array): CaptureError | null {
    return this.reader.push(chunk);
  }

  /** The end of the file: the summary, or why there is nothing to show. */
  finish(): ParsedCapture | CaptureError {
    const end = this.reader.finish();
    const truncated = end?.code === "capture/truncated" && this.reader.packets > 0;
    if (end !== null && !truncated) return end;
    if (this.tcp === 0) {
      if (this.unknown.size > 0) return captureError("capture/unknown-link-type", { linkType: [...this.unknown].join(", ") });
      if (truncated) return end!;
      return captureError("capture/no-tcp", { packets: this.reader.packets });
    }
    const connections = this.table.list(MAX_LISTED);
    const segments: Record<number, TcpPacket[]> = {};
    for (const c of connections) {
      const s = this.table.segmentsOf(c.id);
      if (s !== null) segments[c.id] = s;
    }
    return {
      summary: {
        format: this.reader.kind,
        packets: this.reader.packets,
        tcp: this.tcp,
        skipped: { ...this.skipped },
        unknownLinkTypes: [...this.unknown],
        connections,
        unlisted: this.table.size - connections.length,
        truncated,
      },
      segments,
    };
  }
}

/** Parses a capture held in memory whole (tests, small files). */
export function parseCapture(bytes: Uint8Array, limits: TableLimits = DEFAULT_LIMITS): ParsedCapture | CaptureError {
  const parser = new CaptureParser(limits);
  const err = parser.push(bytes);
  if (err) return err;
  return parser.finish();
}

export const isCaptureError = (x: unknown): x is CaptureError =>
  typeof x === "object" && x !== null && "code" in x && typeof (x as CaptureError).code === "string";
