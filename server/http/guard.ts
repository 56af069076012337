// Limits per client address, checked before Colyseus or our routes see a request: how many
// rooms an address may create, how many matchmaking requests (joins by code included) and
// WebSocket connections (joins and reconnections) it may make a minute, and how large a
// request body may be. A request over a limit is answered at once (429 with `join/too-many`,
// 413, 411) and changes nothing; its body is never read.
//
// The address is the socket's peer. Forwarded-for headers are ignored unless TRUST_PROXY=1
// (behind a reverse proxy that sets them): otherwise any client could claim a fresh address
// in each request.
import type http from "node:http";
import type { Duplex } from "node:stream";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { JOIN_ERROR_STATUS, TOO_MANY_STATUS } from "../../shared/protocol";
import { log } from "../log";

export interface AddressLimits {
  /** Rooms created (`create`, `joinOrCreate`) per address per minute. */
  createPerMinute: number;
  /** Matchmaking requests of any kind (`/matchmake/...`) per address per minute. */
  matchmakePerMinute: number;
  /** WebSocket upgrades (each join and each reconnection) per address per minute. */
  connectPerMinute: number;
  /** The largest request body accepted, in bytes (join options are a few hundred). */
  maxBodyBytes: number;
}

/**
 * A whole school behind one router shares an address: a class of 2,000 joins within a minute
 * (one matchmaking request and one connection each), and each round every student opens a
 * connection to their match. Creating rooms is what costs the server, so it is the tight one.
 */
export const DEFAULT_LIMITS: AddressLimits = {
  createPerMinute: 60,
  matchmakePerMinute: 3000,
  connectPerMinute: 6000,
  maxBodyBytes: 8 * 1024,
};

/**
 * The limits from the environment: ADDRESS_LIMITS=off turns them off (load tests, which run
 * thousands of clients from one address); otherwise the defaults.
 */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): AddressLimits | null {
  return env.ADDRESS_LIMITS === "off" ? null : DEFAULT_LIMITS;
}

export function clientAddress(req: http.IncomingMessage, trustProxy = process.env.TRUST_PROXY === "1"): string {
  if (trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? "unknown";
}

type Verdict = { status: number; body: string } | null;

function tooMany(what: string, retryMs: number): Verdict {
  return {
    status: TOO_MANY_STATUS,
    body: JSON.stringify({ code: TOO_MANY_STATUS, error: "join/too-many", limit: what, retryAfterMs: retryMs }),
  };
}

/** Whether `limiter` still has a point for `key` (takes it if so). */
async function take(limiter: RateLimiterMemory, key: string): Promise<number | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (rejection) {
    const ms = (rejection as { msBeforeNext?: number }).msBeforeNext;
    if (typeof ms === "number") return ms;
    throw rejection;
  }
}

/**
 * Puts the limits in front of every "request" and "upgrade" the HTTP server emits (whoever
 * listens to them: Colyseus' matchmaking router, our routes, the WebSocket transport).
 */
export function guardServer(server: http.Server, limits: AddressLimits): void {
  const create = new RateLimiterMemory({ points: limits.createPerMinute, duration: 60 });
  const matchmake = new RateLimiterMemory({ points: limits.matchmakePerMinute, duration: 60 });
  const connect = new RateLimiterMemory({ points: limits.connectPerMinute, duration: 60 });

  async function checkRequest(req: http.IncomingMessage): Promise<Verdict> {
    const method = req.method ?? "GET";
    if (method !== "GET" && method !== "HEAD" && method !== "OPTIONS") {
      const length = Number(req.headers["content-length"] ?? NaN);
      const chunked = req.headers["transfer-encoding"] !== undefined;
      if (chunked || (Number.isNaN(length) && method === "POST")) {
        return { status: 411, body: JSON.stringify({ code: JOIN_ERROR_STATUS, error: "join/invalid-options" }) };
      }
      if (length > limits.maxBodyBytes) {
        return { status: 413, body: JSON.stringify({ code: JOIN_ERROR_STATUS, error: "join/invalid-options" }) };
      }
    }
    const route = /^\/matchmake\/(\w+)\//.exec(req.url ?? "");
    if (!route || method !== "POST") return null;
    const address = clientAddress(req);
    const wait = await take(matchmake, address);
    if (wait !== null) return tooMany("matchmake", wait);
    if (route[1] === "create" || route[1] === "joinOrCreate") {
      const createWait = await take(create, address);
      if (createWait !== null) return tooMany("create", createWait);
    }
    return null;
  }

  const emit = server.emit.bind(server) as (event: string | symbol, ...args: unknown[]) => boolean;
  server.emit = function guardedEmit(event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      void checkRequest(req).then(
        (verdict) => {
          if (verdict === null) return emit("request", ...args);
          refused(req, verdict);
          res.writeHead(verdict.status, { "content-type": "application/json", connection: "close", "access-control-allow-origin": "*" });
          res.end(verdict.body);
          return true;
        },
        (error: unknown) => {
          log.error("http.guard-failed", { error: String(error) });
          res.writeHead(500).end();
        },
      );
      return true;
    }
    if (event === "upgrade") {
      const [req, socket] = args as [http.IncomingMessage, Duplex];
      void take(connect, clientAddress(req)).then(
        (wait) => {
          if (wait === null) return emit("upgrade", ...args);
          refused(req, tooMany("connect", wait)!);
          socket.end(
            `HTTP/1.1 ${TOO_MANY_STATUS} Too Many Requests\r\nRetry-After: ${Math.ceil(wait / 1000)}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
          );
          return true;
        },
        () => socket.destroy(),
      );
      return true;
    }
    return emit(event, ...args);
  } as typeof server.emit;
}

/** An info line per address and status at most every few seconds (log.throttled). */
function refused(req: http.IncomingMessage, verdict: NonNullable<Verdict>): void {
  const address = clientAddress(req);
  log
    .throttled(`http.refused ${address} ${verdict.status}`)
    .info("http.refused", { status: verdict.status, path: (req.url ?? "").split("?")[0]?.slice(0, 80), address });
}
