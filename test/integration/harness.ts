// The integration test harness: the real app on 127.0.0.1, on a port of its own for each test
// file (the system picks a free one, so files run in parallel and beside other checkouts),
// wrapped by @colyseus/testing's ColyseusTestServer (which connects to whatever port the
// server has), and players that are real @colyseus/sdk clients recording every message and
// state patch they receive.
import { afterAll, afterEach, beforeAll } from "vitest";
import { ColyseusTestServer } from "@colyseus/testing";
import type { Room as SdkRoom } from "@colyseus/sdk";
import { startServer, type AppOptions } from "../../server/app";
import {
  mergeView,
  wholeEvents,
  type ErrorMessage,
  type EventsMessage,
  type JoinOptions,
  type ViewMessage,
  type WelcomeMessage,
  type WholeViewMessage,
} from "../../shared/protocol";
import type { MatchEvent, MatchState, PlayerView } from "../../shared/match/types";
import type { MatchRoom } from "../../server/rooms/match-room";

/** The authoritative match of a player's room (server-side; tests use it as the oracle). */
export function serverMatch(server: ColyseusTestServer, player: Player): MatchState | null {
  return server.getRoomById<MatchRoom>(player.room.roomId)?.match ?? null;
}

/** The server's HTTP origin at the port the system gave it, e.g. `http://127.0.0.1:41234`. */
export function httpUrl(server: ColyseusTestServer): string {
  // biome-ignore lint/complexity/useLiteralKeys: `port` is protected in Colyseus's Server (ColyseusTestServer reads it so too).
  return `http://127.0.0.1:${server.server["port"]}`;
}

/** The app on 127.0.0.1 at a free port (port 0: the system picks it), with an in-memory database. */
export async function bootServer(options: AppOptions = {}): Promise<ColyseusTestServer> {
  const server = await startServer(0, "127.0.0.1", { dbPath: ":memory:", ...options });
  return new ColyseusTestServer(server);
}

/**
 * Boots the app once for a test file (after `beforeBoot`, e.g. to set env), hands it to `set`,
 * cleans its rooms after each test and shuts it down after all.
 */
export function useTestServer(set: (server: ColyseusTestServer) => void, beforeBoot?: () => void): void {
  let server: ColyseusTestServer | undefined;
  beforeAll(async () => {
    beforeBoot?.();
    server = await bootServer();
    set(server);
  });
  afterEach(async () => {
    await server?.cleanup();
  });
  afterAll(async () => {
    await server?.shutdown();
  });
}

export interface Received {
  type: string;
  payload: unknown;
}

/** A real SDK client in a room, with everything it received kept in order. */
export class Player {
  readonly received: Received[] = [];
  /** A JSON snapshot of the synced state after each patch. */
  readonly patches: string[] = [];
  /** Every view message, rebuilt whole as a client does (see mergeView). */
  views: WholeViewMessage[] = [];
  /** The whole view, rebuilt with mergeView as a client does. */
  view: PlayerView | null = null;
  events: MatchEvent[] = [];
  errors: ErrorMessage[] = [];
  welcome: WelcomeMessage | null = null;
  private waiters: (() => void)[] = [];
  private listeners: ((type: string, payload: unknown) => void)[] = [];

  constructor(readonly room: SdkRoom) {
    room.onMessage("*", (type, payload) => this.record(String(type), payload));
    room.onStateChange((state) => {
      this.patches.push(JSON.stringify((state as { toJSON(): unknown }).toJSON()));
      this.wake();
    });
  }

  get state(): any {
    return this.room.state;
  }

  send(type: string, payload?: unknown): void {
    this.room.send(type, payload);
  }

  /** Resolves when `check` holds (checked after each message or patch); rejects after `ms`. */
  waitFor<T>(what: string, check: () => T | undefined | null | false, ms = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = (): boolean => {
        const value = check();
        if (value) {
          clearTimeout(timer);
          resolve(value);
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== listener);
        reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
      }, ms);
      const listener = () => {
        if (attempt()) this.waiters = this.waiters.filter((w) => w !== listener);
      };
      if (!attempt()) this.waiters.push(listener);
    });
  }

  /** Called after each message is recorded (the SDK's "*" handler is taken by the recorder). */
  onReceive(listener: (type: string, payload: unknown) => void): void {
    this.listeners.push(listener);
  }

  private record(type: string, payload: unknown): void {
    if (type === "view") {
      // A step's events ride in its view message: `received` keeps them as an `events`
      // record before the view's own, so checks over everything received read both.
      // The events are kept whole (wholeEvents), as a client rebuilds them.
      const { events: sent, ...message } = payload as ViewMessage;
      this.view = mergeView(this.view, message);
      if (sent) {
        const events = wholeEvents(sent, this.view);
        const step: EventsMessage = { now: message.now, matchNumber: message.matchNumber, events };
        this.received.push({ type: "events", payload: step });
        this.events.push(...events);
      }
      this.received.push({ type, payload: message });
      this.views.push({ ...message, ladderFrom: 0, view: this.view });
    } else {
      this.received.push({ type, payload });
    }
    if (type === "error") this.errors.push(payload as ErrorMessage);
    if (type === "welcome") this.welcome = payload as WelcomeMessage;
    for (const listener of this.listeners) listener(type, payload);
    this.wake();
  }

  private wake(): void {
    for (const w of [...this.waiters]) w();
  }
}

export async function createRoom(server: ColyseusTestServer, options: JoinOptions): Promise<Player> {
  const room = await server.sdk.create("match", options);
  const player = new Player(room);
  await player.waitFor("the initial state", () => player.patches.length > 0);
  return player;
}

export async function joinRoom(server: ColyseusTestServer, code: string, options: JoinOptions = {}): Promise<Player> {
  const room = await server.sdk.joinById(code, options);
  const player = new Player(room);
  await player.waitFor("the initial state", () => player.patches.length > 0);
  return player;
}

/** Both players of a private room, in the lobby. */
export async function pair(server: ColyseusTestServer, settings: JoinOptions["settings"] = {}): Promise<[Player, Player]> {
  const a = await createRoom(server, { mode: "private", name: "alice", settings });
  const b = await joinRoom(server, a.room.roomId, { name: "bob" });
  return [a, b];
}
