// Creating an endpoint, and the fresh TCB a new connection (or a reboot) starts from.
import { DEFAULT_MSL_MS, DEFAULT_RCV_WND, DEFAULT_RTO_MS, linuxSettings, r2Settings } from "./profile";
import { isSeqNumber, seqAdd } from "./seq";
import type { Endpoint, EndpointOptions } from "./types";

/** A CLOSED endpoint with the given ISS. */
export function createEndpoint(options: EndpointOptions): Endpoint {
  const profile = options.profile ?? "rfc";
  const msl = options.msl ?? DEFAULT_MSL_MS[profile];
  // RFC 9293 3.4.3: after a restart a host keeps quiet for MSL before assigning sequence
  // numbers. Linux keeps no quiet time (it relies on ISN clock and timestamps instead).
  const quietUntil = profile === "rfc" && options.bootedAt !== undefined ? options.bootedAt + msl : null;
  const iss = isSeqNumber(options.iss) ? options.iss : seqAdd(Math.trunc(options.iss) || 0, 0);
  return {
    profile,
    localPort: options.localPort,
    remotePort: options.remotePort,
    state: "CLOSED",
    iss,
    irs: null,
    sndUna: iss,
    sndNxt: iss,
    sndWnd: 0,
    sndWl1: 0,
    sndWl2: 0,
    rcvNxt: 0,
    rcvWnd: options.rcvWnd ?? DEFAULT_RCV_WND,
    sendBuffer: "",
    finPending: false,
    finSeq: null,
    finReceived: false,
    app: "open",
    received: "",
    unread: 0,
    autoRecv: options.autoRecv ?? true,
    maxSndWnd: 0,
    lastOowAckAt: null,
    linux: linuxSettings(options.linux),
    r2: r2Settings(options.r2),
    srtt: null,
    rttvar: 0,
    retransmitQueue: [],
    timers: { retransmit: null, timeWait: null, finWait2: null },
    msl,
    quietUntil,
    closedBy: null,
    rtoMs: options.rtoMs ?? DEFAULT_RTO_MS,
    passiveOpen: false,
  };
}

/**
 * The endpoint with every connection variable reset (a new TCB on the same ports),
 * keeping the configuration and the quiet time.
 */
export function freshConnection(ep: Endpoint, iss: number): Endpoint {
  const e = createEndpoint({
    localPort: ep.localPort,
    remotePort: ep.remotePort,
    iss,
    profile: ep.profile,
    msl: ep.msl,
    rcvWnd: ep.rcvWnd,
    rtoMs: ep.rtoMs,
    autoRecv: ep.autoRecv,
  });
  // Already checked when the endpoint was created: shared, never copied.
  e.linux = ep.linux;
  e.r2 = ep.r2;
  e.state = ep.state;
  e.quietUntil = ep.quietUntil;
  return e;
}
