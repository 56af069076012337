// The capture worker: reads the file chunk by chunk off the page's thread, so a 100 MB
// capture never freezes the page, and keeps the decoded connections until asked for one.
import { CaptureParser, isCaptureError, type ParsedCapture, type TableLimits } from "../../../shared/capture";
import { CHUNK_BYTES, type FromWorker, type ToWorker } from "./protocol";

let last: ParsedCapture | null = null;
const post = (m: FromWorker): void => (self as unknown as Worker).postMessage(m);

async function read(file: File, limits: TableLimits | undefined): Promise<void> {
  last = null;
  const parser = new CaptureParser(limits);
  for (let at = 0; at < file.size; at += CHUNK_BYTES) {
    const chunk = new Uint8Array(await file.slice(at, at + CHUNK_BYTES).arrayBuffer());
    const err = parser.push(chunk);
    if (err) {
      post({ type: "error", error: err });
      return;
    }
    post({ type: "progress", bytes: Math.min(file.size, at + CHUNK_BYTES), total: file.size, packets: parser.packets });
  }
  const result = parser.finish();
  if (isCaptureError(result)) {
    post({ type: "error", error: result });
    return;
  }
  last = result;
  post({ type: "done", summary: result.summary });
}

self.onmessage = (e: MessageEvent<ToWorker>): void => {
  const m = e.data;
  if (m.type === "read") {
    read(m.file, m.limits).catch((err: unknown) =>
      post({ type: "error", error: { code: "capture/read-failed", params: { message: String(err) } } }),
    );
  } else if (m.type === "segments") {
    post({ type: "segments", id: m.id, segments: last?.segments[m.id] ?? null });
  }
};
