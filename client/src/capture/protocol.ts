// Messages between the page and the capture worker (worker.ts). Plain data: a File goes in
// (structured clone keeps it a handle, not its bytes), summaries and segments come out.
import type { CaptureError, CaptureSummary, TableLimits, TcpPacket } from "../../../shared/capture";

export type ToWorker = { type: "read"; file: File; limits?: TableLimits } | { type: "segments"; id: number };

export type FromWorker =
  | { type: "progress"; bytes: number; total: number; packets: number }
  | { type: "done"; summary: CaptureSummary }
  | { type: "error"; error: CaptureError | { code: "capture/read-failed"; params: { message: string } } }
  | { type: "segments"; id: number; segments: TcpPacket[] | null };

/** Bytes read from the file at a time: big enough to be quick, small enough to report progress. */
export const CHUNK_BYTES = 4 * 1024 * 1024;
