// A classroom participant for the integration tests: a real @colyseus/sdk client in a class
// room, keeping every message in order, with the messages a teacher's or a student's screen
// rebuilds (the roster and pair rows from dashboard deltas, the current seat, results).
import type { Room as SdkRoom } from "@colyseus/sdk";
import type { ColyseusSDK } from "@colyseus/sdk";
import {
  CLASS_ROOM,
  type ClassCreateOptions,
  type ClassDashboard,
  type ClassFinal,
  type ClassLeaderboard,
  type ClassMatchSeat,
  type ClassPairs,
  type ClassPodium,
  type ClassRoundResult,
  type ClassStatus,
  type ClassWelcome,
  type PairProgressRow,
  type RosterEntry,
} from "../../shared/protocol/classroom";
import { Player } from "./harness";

export class ClassClient {
  readonly received: Array<{ type: string; payload: any }> = [];
  welcome: ClassWelcome | null = null;
  status: ClassStatus | null = null;
  readonly roster = new Map<number, RosterEntry>();
  readonly rows = new Map<number, PairProgressRow>();
  dashboards = 0;
  dashboardBytes = 0;
  pairs: ClassPairs | null = null;
  leaderboard: ClassLeaderboard | null = null;
  seat: ClassMatchSeat | null = null;
  results: ClassRoundResult[] = [];
  final: ClassFinal | null = null;
  podium: ClassPodium | null = null;
  errors: Array<{ code: string; type?: string }> = [];
  kicked = false;
  private waiters: Array<() => void> = [];

  constructor(readonly room: SdkRoom) {
    room.onMessage("*", (type, payload) => this.record(String(type), payload));
  }

  send(type: string, payload?: unknown): void {
    this.room.send(type, payload);
  }

  waitFor<T>(what: string, check: () => T | undefined | null | false, ms = 15_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const v = check();
        if (!v) return false;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== attempt);
        resolve(v);
        return true;
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== attempt);
        reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
      }, ms);
      if (!attempt()) this.waiters.push(attempt);
    });
  }

  /** The next message of `type` after now. */
  next<T = any>(type: string, ms = 15_000): Promise<T> {
    const from = this.received.length;
    return this.waitFor(type, () => this.received.slice(from).find((m) => m.type === type)?.payload as T, ms);
  }

  private record(type: string, payload: any): void {
    this.received.push({ type, payload });
    switch (type) {
      case "class.welcome":
        this.welcome = payload;
        this.status = payload.status;
        break;
      case "class.status":
        this.status = payload;
        break;
      case "class.dashboard": {
        const d = payload as ClassDashboard;
        this.dashboards++;
        this.dashboardBytes += JSON.stringify(d).length;
        if (d.full) this.roster.clear();
        this.status = d.status;
        for (const e of d.roster) this.roster.set(e.id, e);
        for (const id of d.removed) this.roster.delete(id);
        for (const row of d.progress) this.rows.set(row[0], row);
        break;
      }
      case "class.pairs":
        this.pairs = payload;
        this.rows.clear();
        break;
      case "class.leaderboard":
        this.leaderboard = payload;
        break;
      case "class.match":
        this.seat = payload;
        break;
      case "class.result":
        this.results.push(payload);
        break;
      case "class.final":
        this.final = payload;
        break;
      case "class.podium":
        this.podium = payload;
        break;
      case "class.kicked":
        this.kicked = true;
        break;
      case "error":
        this.errors.push(payload);
        break;
    }
    for (const w of [...this.waiters]) w();
  }
}

async function opened(room: SdkRoom): Promise<ClassClient> {
  const c = new ClassClient(room);
  await c.waitFor("the class welcome", () => c.welcome);
  return c;
}

/** Anything with an SDK client: the in-process test server, or `{ sdk }` for a child process. */
export type WithSdk = { sdk: ColyseusSDK };

export async function hostClass(server: WithSdk, options: ClassCreateOptions): Promise<ClassClient> {
  return opened(await server.sdk.create(CLASS_ROOM, options));
}

export async function joinClass(
  server: WithSdk,
  code: string,
  options: { name: string; browserId: string } | { hostKey: string },
): Promise<ClassClient> {
  return opened(await server.sdk.joinById(code, options));
}

/** The error code of a refused join (the SDK rejects with the server's message). */
export async function refusedJoin(server: WithSdk, code: string, options: unknown): Promise<string> {
  try {
    const room = await server.sdk.joinById(code, options as never);
    await room.leave();
    return "joined";
  } catch (error) {
    return String((error as { message?: unknown }).message ?? error);
  }
}

/** The student's match: the reservation of `class.match` consumed, as a match player. */
export async function takeSeat(server: WithSdk, seat: ClassMatchSeat): Promise<Player> {
  const room = await server.sdk.consumeSeatReservation(seat.reservation as never);
  const player = new Player(room);
  await player.waitFor("the match's initial state", () => player.patches.length > 0);
  return player;
}

export const browserIdOf = (n: number): string => `browser-${String(n).padStart(4, "0")}-${"x".repeat(8)}`;
