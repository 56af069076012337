// The paced keep-alive pings (server/net/paced-pings.ts): a client that sends nothing is still
// pinged once per interval, one that answers stays, and one that never answers is dropped
// after the transport's retries, as with @colyseus/ws-transport's own loop. A client that
// keeps sending is not pinged at all, and is still dropped once it falls silent.
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { PacedPingTransport } from "../../server/net/paced-pings";

/**
 * The transport without joining a Colyseus room: these sockets only answer pings. The
 * counting set up here is what the transport's own onConnection does for every client.
 */
class PingOnly extends PacedPingTransport {
  protected override async onConnection(raw: WebSocket & { pingCount: number }): Promise<void> {
    raw.pingCount = 0;
    raw.on("pong", () => (raw.pingCount = 0));
  }
}

const INTERVAL_MS = 400;
let server: http.Server | null = null;
let transport: PingOnly | null = null;

async function boot(): Promise<number> {
  server = http.createServer();
  transport = new PingOnly({ server, pingInterval: INTERVAL_MS, pingMaxRetries: 2 });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

/** A masked client text frame of a short ASCII payload (RFC 6455 5.2, 5.3), written by hand. */
function clientFrame(text: string): Buffer {
  const mask = [1, 2, 3, 4];
  const payload = Buffer.from(text, "ascii").map((b, i) => b ^ mask[i % 4]!);
  return Buffer.concat([Buffer.from([0x81, 0x80 | payload.length, ...mask]), payload]);
}

/** A WebSocket handshake over a bare socket that then reads nothing and answers nothing. */
async function silentClient(port: number): Promise<net.Socket> {
  const socket = net.connect(port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => {
    socket.once("error", reject);
    socket.once("connect", () => {
      socket.write(
        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
      );
      socket.once("data", () => resolve());
    });
  });
  return socket;
}

afterEach(async () => {
  transport?.shutdown();
  await new Promise<void>((resolve) => (server?.listening ? server.close(() => resolve()) : resolve()));
  server = null;
  transport = null;
});

describe("paced keep-alive pings", () => {
  it("pings each answering client about once per interval and never drops it", async () => {
    const port = await boot();
    const clients = await Promise.all(
      Array.from(
        { length: 12 },
        () =>
          new Promise<WebSocket>((resolve) => {
            const ws = new WebSocket(`ws://127.0.0.1:${port}/`);
            ws.once("open", () => resolve(ws));
          }),
      ),
    );
    const pings = clients.map(() => 0);
    const closed = clients.map(() => false);
    clients.forEach((ws, i) => {
      ws.on("ping", () => pings[i]!++);
      ws.on("close", () => (closed[i] = true));
    });
    await new Promise((r) => setTimeout(r, INTERVAL_MS * 5));
    for (const n of pings) {
      expect(n).toBeGreaterThanOrEqual(4);
      expect(n).toBeLessThanOrEqual(6);
    }
    expect(closed.every((c) => !c)).toBe(true);
    for (const ws of clients) ws.close();
  });

  it("does not ping a client that keeps sending, and never drops it", async () => {
    const port = await boot();
    const ws = await new Promise<WebSocket>((resolve) => {
      const c = new WebSocket(`ws://127.0.0.1:${port}/`);
      c.once("open", () => resolve(c));
    });
    ws.send("hello");
    let pings = 0;
    let closed = false;
    ws.on("ping", () => pings++);
    ws.on("close", () => (closed = true));
    const talking = setInterval(() => ws.send("still here"), INTERVAL_MS / 4);
    await new Promise((r) => setTimeout(r, INTERVAL_MS * 5));
    clearInterval(talking);
    // Its slot may come round once before its first message has arrived.
    expect(pings).toBeLessThanOrEqual(1);
    expect(closed).toBe(false);
    ws.close();
  });

  it("drops a client that sent once and then fell silent, after the retries run out", async () => {
    const port = await boot();
    const socket = await silentClient(port);
    socket.write(clientFrame("hi"));
    const closedAt = new Promise<number>((resolve) => socket.once("close", () => resolve(performance.now())));
    const start = performance.now();
    // Its message spares it one round; then two unanswered pings and the terminating round.
    const bounded = await Promise.race([closedAt, new Promise<number>((r) => setTimeout(() => r(-1), INTERVAL_MS * 9))]);
    expect(bounded).toBeGreaterThan(0);
    expect(bounded - start).toBeGreaterThanOrEqual(INTERVAL_MS * 1.5);
    socket.destroy();
  });

  it("drops a client that never answers after the retries run out", async () => {
    const port = await boot();
    const socket = await silentClient(port);
    const closedAt = new Promise<number>((resolve) => socket.once("close", () => resolve(performance.now())));
    const start = performance.now();
    // Two unanswered pings, then the third round terminates it: about three intervals.
    const bounded = await Promise.race([closedAt, new Promise<number>((r) => setTimeout(() => r(-1), INTERVAL_MS * 8))]);
    expect(bounded).toBeGreaterThan(0);
    expect(bounded - start).toBeGreaterThanOrEqual(INTERVAL_MS * 1.5);
    socket.destroy();
  });
});
