// The capture the student has open: its summary, the worker that holds its segments, and
// the connection being explained. One per page; the scenes share it.
import { inferConnection, type CaptureSummary, type InferredConnection, type TcpPacket } from "../../../shared/capture";
import type { Profile } from "../../../shared/tcp/types";
import type { FromWorker, ToWorker } from "./protocol";

export interface CaptureSession {
  name: string;
  summary: CaptureSummary;
  profile: Profile;
  /** The connection being explained, once inferred. */
  current: InferredConnection | null;
}

let worker: Worker | null = null;
let session: CaptureSession | null = null;

export const currentSession = (): CaptureSession | null => session;

function getWorker(): Worker {
  worker ??= new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
  return worker;
}

export type ReadOutcome = { ok: true; session: CaptureSession } | { ok: false; code: string; params: Record<string, string | number> };

/** Reads `file` in the worker; `onProgress` gets 0..1 and the packets read so far. */
export function readCapture(file: File, onProgress: (fraction: number, packets: number) => void): Promise<ReadOutcome> {
  const w = getWorker();
  return new Promise((resolve) => {
    const onMessage = (e: MessageEvent<FromWorker>): void => {
      const m = e.data;
      if (m.type === "progress") onProgress(m.total ? m.bytes / m.total : 1, m.packets);
      else if (m.type === "done" || m.type === "error") {
        w.removeEventListener("message", onMessage);
        w.removeEventListener("error", onError);
        if (m.type === "done") {
          session = { name: file.name, summary: m.summary, profile: session?.profile ?? "rfc", current: null };
          resolve({ ok: true, session });
        } else {
          resolve({ ok: false, code: m.error.code, params: m.error.params });
        }
      }
    };
    // A worker that cannot start or crashes must not leave the page "reading" for ever.
    const onError = (e: ErrorEvent): void => {
      w.removeEventListener("message", onMessage);
      worker?.terminate();
      worker = null;
      resolve({ ok: false, code: "capture/read-failed", params: { message: e.message || "worker" } });
    };
    w.addEventListener("error", onError, { once: true });
    w.addEventListener("message", onMessage);
    const msg: ToWorker = { type: "read", file };
    w.postMessage(msg);
  });
}

function segmentsOf(id: number): Promise<TcpPacket[] | null> {
  const w = getWorker();
  return new Promise((resolve) => {
    const onMessage = (e: MessageEvent<FromWorker>): void => {
      if (e.data.type !== "segments" || e.data.id !== id) return;
      w.removeEventListener("message", onMessage);
      resolve(e.data.segments);
    };
    w.addEventListener("message", onMessage);
    const msg: ToWorker = { type: "segments", id };
    w.postMessage(msg);
  });
}

/** Infers connection `id` with the session's rules (the engine runs here: it is quick). */
export async function explain(id: number): Promise<InferredConnection | null> {
  if (!session) return null;
  const info = session.summary.connections.find((c) => c.id === id);
  if (!info?.decoded) return null;
  const segments = await segmentsOf(id);
  if (!segments) return null;
  const previous = session.summary.connections.find((c) => c.id === info.follows);
  session.current = inferConnection(info, segments, { profile: session.profile }, previous);
  return session.current;
}

export function setProfile(p: Profile): void {
  if (session) session.profile = p;
}
