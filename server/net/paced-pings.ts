// The WebSocket transport with its keep-alive pings spread over the ping interval.
//
// @colyseus/ws-transport pings every client in one timer callback every `pingInterval`
// (3 s): with 4,000 players that is 4,000 frames and socket writes in one go, a block of the
// event loop that every match's next update waits behind (the largest block in the load
// test's CPU profile). Here each client is given one of `slices` slots when first seen, and
// every interval / slices only that slot's clients are pinged, so each client is still pinged
// once per interval and dropped after the same number of unanswered pings.
//
// A client that sent a message since its slot last came round is alive: it is not pinged,
// and its unanswered count starts again, as TCP sends a keep-alive only after an interval
// with no segment received (RFC 9293 3.8.4, RFC 1122 4.2.3.6). A player who acts every few
// seconds costs no ping at all; one who only watches is pinged as before. A dead client is
// still dropped, at most one interval later than a silent one.
import { WebSocketTransport, type TransportOptions } from "@colyseus/ws-transport";
import type WebSocket from "ws";

/** About how often a slice of the clients is pinged. */
export const PING_SLICE_MS = 100;

const noop = (): void => {};

type PingedClient = WebSocket & { pingCount: number; pingSlot?: number; heard?: boolean };

/** Marks the socket as heard from (a listener of its "message" event). */
function heard(this: WebSocket): void {
  (this as PingedClient).heard = true;
}

export class PacedPingTransport extends WebSocketTransport {
  constructor(options: TransportOptions = {}) {
    super(options);
    this.wss.on("connection", (client: PingedClient) => client.on("message", heard));
  }

  protected override autoTerminateUnresponsiveClients(pingInterval: number, pingMaxRetries: number): void {
    const slices = Math.max(1, Math.round(pingInterval / PING_SLICE_MS));
    let tick = 0;
    let nextSlot = 0;
    this.pingInterval = setInterval(() => {
      const slot = tick;
      tick = (tick + 1) % slices;
      for (const raw of this.wss.clients) {
        const client = raw as PingedClient;
        if (client.pingSlot === undefined) {
          client.pingSlot = nextSlot;
          nextSlot = (nextSlot + 1) % slices;
        }
        if (client.pingSlot !== slot) continue;
        if (client.heard) {
          client.heard = false;
          client.pingCount = 0;
          continue;
        }
        if (client.pingCount >= pingMaxRetries) {
          client.terminate();
          continue;
        }
        client.pingCount++;
        // A callback, as the transport's own loop passes: a socket closing meanwhile reports
        // to it instead of throwing.
        client.ping(noop);
      }
    }, pingInterval / slices);
  }
}
