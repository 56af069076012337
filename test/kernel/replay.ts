// Replays a trace recorded from the real Linux kernel (tools/kernel/capture.py) through the
// engine's linux profile, and lists every difference in states and segments.
import {
  callEvent as userCallEvent,
  createEndpoint,
  isUserCall,
  nextDeadline,
  step,
  type Endpoint,
  type Flags,
  type LinuxSettings,
  type Segment,
  type TcpEvent,
} from "../../shared/tcp";

export interface TraceSegment {
  flags: string;
  seq: number;
  ack: number;
  window: number;
  data: string;
}

export type TraceEvent =
  | { t: number; kind: "peer" | "kernel"; segment: TraceSegment }
  | { t: number; kind: "call"; call: string; data?: string; errno?: string | null }
  | { t: number; kind: "state"; state: string };

export interface Trace {
  name: string;
  description: string;
  kernel: string;
  sysctls: Record<string, string>;
  kernelAddr: string;
  peerAddr: string;
  peerIss: number;
  kernelIss: number;
  events: TraceEvent[];
}

export interface ReplayResult {
  /** Segments and states compared, and errors checked. */
  matched: number;
  /** The engine's pure ACKs that the kernel's delayed ACK merged into its next segment. */
  merged: number;
  mismatches: string[];
}

/** The linux settings a trace was recorded with (Linux's units: seconds, 0/1). */
export function settingsOf(trace: Trace): Partial<LinuxSettings> {
  const n = (k: string): number => Number(trace.sysctls[`net.ipv4.${k}`]);
  return {
    finTimeoutMs: n("tcp_fin_timeout") * 1000,
    synRetries: n("tcp_syn_retries"),
    synackRetries: n("tcp_synack_retries"),
    retries2: n("tcp_retries2"),
    synLinearTimeouts: n("tcp_syn_linear_timeouts"),
    rfc1337: n("tcp_rfc1337") === 1,
  };
}

function flagsOf(text: string): Flags {
  return { syn: text.includes("S"), ack: text.includes("A"), fin: text.includes("F"), rst: text.includes("R"), psh: text.includes("P") };
}

export function segmentOf(s: TraceSegment): Segment {
  return { seq: s.seq, ack: s.ack, flags: flagsOf(s.flags), window: s.window, data: s.data };
}

/** Flags (without PSH, which Linux sets as it likes), SEQ, ACK when ACK is set, and the data. */
export function label(s: Segment): string {
  const f = s.flags;
  const letters = (f.syn ? "S" : "") + (f.ack ? "A" : "") + (f.fin ? "F" : "") + (f.rst ? "R" : "");
  return `${letters || "-"} seq=${s.seq}${f.ack ? ` ack=${s.ack}` : ""}${s.data ? ` data=${s.data}` : ""}`;
}

const ERRNO_OF: Record<string, string> = { timeout: "ETIMEDOUT", refused: "ECONNREFUSED", reset: "ECONNRESET" };

/** A segment the engine emitted, waiting for the kernel's. `slack`: how late the kernel may be. */
interface Pending {
  segment: Segment;
  at: number;
  slack: number;
}

/** How late a kernel reply may come: its delayed ACK, and the timer wheel's rounding of long timers. */
const REPLY_SLACK_MS = 250;
const timerSlack = (rto: number): number => 100 + rto / 8;

export function replay(trace: Trace): ReplayResult {
  const firstKernel = trace.events.find((e) => e.kind === "kernel");
  let ep: Endpoint = createEndpoint({
    localPort: Number(trace.kernelAddr.split(":")[1]),
    remotePort: Number(trace.peerAddr.split(":")[1]),
    iss: trace.kernelIss,
    profile: "linux",
    autoRecv: false,
    rcvWnd: firstKernel && firstKernel.kind === "kernel" ? firstKernel.segment.window : undefined,
    linux: settingsOf(trace),
  });
  const pending: Pending[] = [];
  const mismatches: string[] = [];
  let matched = 0;
  let merged = 0;

  const apply = (event: TcpEvent, at: number, slack: number): void => {
    const r = step(ep, event, at);
    ep = r.endpoint;
    for (const segment of r.segments) pending.push({ segment, at, slack });
  };
  /** Fires every engine timer due by `t` (bounded: a timer re-arms later than it fired). */
  const fireTimers = (t: number): void => {
    for (let i = 0; i < 64; i++) {
      const d = nextDeadline(ep);
      if (d === null || d.at > t) return;
      const rto = d.timer === "retransmit" ? (ep.timers.retransmit?.rto ?? 0) : 0;
      apply({ type: "timeout", timer: d.timer }, d.at, timerSlack(rto));
    }
  };

  for (const [i, e] of trace.events.entries()) {
    const where = `#${i} t=${e.t}`;
    if (e.kind === "peer") {
      fireTimers(e.t);
      apply({ type: "segment", segment: segmentOf(e.segment) }, e.t, REPLY_SLACK_MS);
    } else if (e.kind === "kernel") {
      const kernel = segmentOf(e.segment);
      // A retransmission the engine has not fired yet: the kernel's timer fired at e.t.
      if (pending.length === 0) fireTimers(e.t + 50);
      // Delayed ACK: Linux holds a pure ACK back for a few ms, and when it sends data or a FIN
      // meanwhile the ACK rides on it. The match does the same with an owed ACK (a segment
      // carrying its ack number covers it), so the engine's pure ACK counts as merged.
      const next = pending[1];
      if (
        pending.length > 1 &&
        isPureAck(pending[0]!.segment) &&
        next !== undefined &&
        label(next.segment) === label(kernel) &&
        kernel.flags.ack &&
        kernel.ack === pending[0]!.segment.ack
      ) {
        pending.shift();
        merged++;
      }
      const head = pending.shift();
      if (head === undefined) {
        mismatches.push(`${where}: kernel sent ${label(kernel)}, the engine nothing`);
      } else if (label(head.segment) !== label(kernel)) {
        mismatches.push(`${where}: kernel sent ${label(kernel)}, the engine ${label(head.segment)}`);
      } else if (e.t - head.at > head.slack || head.at - e.t > 50) {
        mismatches.push(`${where}: ${label(kernel)} at ${e.t} ms, the engine's at ${head.at} ms`);
      } else {
        matched++;
      }
    } else if (e.kind === "state") {
      fireTimers(e.t);
      if (ep.state !== e.state) mismatches.push(`${where}: kernel in ${e.state}, the engine in ${ep.state}`);
      else matched++;
    } else if (e.kind === "call") {
      fireTimers(e.t);
      const event = callEvent(e.call, e.data, ep);
      if (event !== null) apply(event, e.t, REPLY_SLACK_MS);
      if (e.call === "error") {
        const engineErrno = ep.state === "CLOSED" && ep.closedBy !== null ? (ERRNO_OF[ep.closedBy] ?? null) : null;
        if (engineErrno !== (e.errno ?? null)) mismatches.push(`${where}: kernel error ${e.errno}, the engine ${engineErrno}`);
        else matched++;
      }
    }
  }
  for (const p of pending) mismatches.push(`end: the engine sent ${label(p.segment)} at ${p.at} ms, the kernel nothing`);
  return { matched, merged, mismatches };
}

const isPureAck = (s: Segment): boolean => s.flags.ack && !s.flags.syn && !s.flags.fin && !s.flags.rst && s.data.length === 0;

/** The engine's user event for a call on the kernel's socket (null: nothing for the engine). */
function callEvent(call: string, data: string | undefined, ep: Endpoint): TcpEvent | null {
  // accept(), error (checked by the caller), close-listener: nothing happens in the TCB.
  if (!isUserCall(call)) return null;
  return userCallEvent(call, { data: data ?? "", iss: call === "connect" ? ep.iss : undefined });
}
