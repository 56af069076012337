// Streaming: a capture arrives in chunks (a File read piece by piece in a worker), packets
// leave one by one. Only the bytes of a record cut by a chunk boundary are kept between
// chunks, so a 100 MB file never sits in memory twice.
import { captureError, type CaptureError } from "./errors";
import { isPcapMagic, readPcapHeader, readPcapRecords, type PcapHeader } from "./pcap";
import { isPcapngMagic, newPcapngState, readPcapngBlocks, type PcapngState } from "./pcapng";
import type { RawPacket } from "./raw";

export type CaptureFormat = "pcap" | "pcapng";

export class CaptureReader {
  private pending: Uint8Array = new Uint8Array(0);
  private format: CaptureFormat | null = null;
  private pcap: PcapHeader | null = null;
  private readonly ng: PcapngState = newPcapngState();
  private nextIndex = 1;
  private bytesSeen = 0;
  private failed: CaptureError | null = null;

  constructor(private readonly emit: (p: RawPacket) => void) {}

  get packets(): number {
    return this.nextIndex - 1;
  }

  get kind(): CaptureFormat | null {
    return this.format;
  }

  /** Reads one more chunk. After an error every further call returns the same error. */
  push(chunk: Uint8Array): CaptureError | null {
    if (this.failed) return this.failed;
    this.bytesSeen += chunk.length;
    let buf = chunk;
    if (this.pending.length > 0) {
      buf = new Uint8Array(this.pending.length + chunk.length);
      buf.set(this.pending, 0);
      buf.set(chunk, this.pending.length);
    }
    let at = 0;
    if (this.format === null) {
      if (buf.length < 24) {
        this.pending = buf.slice();
        return null;
      }
      if (isPcapMagic(buf)) {
        const header = readPcapHeader(buf);
        if ("code" in header) return this.fail(header);
        this.format = "pcap";
        this.pcap = header;
        at = 24;
      } else if (isPcapngMagic(buf)) {
        this.format = "pcapng";
      } else {
        return this.fail(captureError("capture/not-a-capture"));
      }
    }
    const result =
      this.format === "pcap"
        ? readPcapRecords(buf, at, this.pcap!, this.nextIndex, this.emit)
        : readPcapngBlocks(buf, at, this.ng, this.nextIndex, this.emit);
    if ("code" in result) return this.fail(result);
    this.nextIndex += result.count;
    // Copy the tail: `buf` may be the caller's chunk, which it is free to reuse.
    this.pending = buf.slice(result.next);
    return null;
  }

  /** The end of the file: bytes left over mean it was cut inside a header or a packet. */
  finish(): CaptureError | null {
    if (this.failed) return this.failed;
    if (this.bytesSeen === 0) return this.fail(captureError("capture/empty"));
    if (this.format === null)
      return this.fail(
        isPcapMagic(this.pending) || isPcapngMagic(this.pending)
          ? captureError("capture/truncated", { packets: 0 })
          : captureError("capture/not-a-capture"),
      );
    if (this.pending.length > 0) return captureError("capture/truncated", { packets: this.packets });
    return null;
  }

  private fail(error: CaptureError): CaptureError {
    this.failed = error;
    return error;
  }
}
