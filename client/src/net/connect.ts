// Joining and creating match rooms. The Colyseus SDK is imported here with import(), so it
// is downloaded only when a player goes online, never before the title screen.
import type { Client } from "@colyseus/sdk";
import type { BotKind, JoinOptions, MatchSettings } from "../../../shared/protocol";
import { MATCH_ROOM } from "../../../shared/protocol/rooms";
import { normalizeRoomCode } from "../../../shared/protocol/room-code";
import { readSession, removeSession } from "../storage";
import { NetSession } from "./session";
import { RECONNECT_KEY, RESUME_KEY } from "./token";

let clientPromise: Promise<Client> | null = null;

/** The game server is the page's own origin (npm start serves both on one port). */
export function serverUrl(loc: Pick<Location, "protocol" | "host" | "search"> = location): string {
  const override = new URLSearchParams(loc.search).get("server");
  if (override && /^https?:\/\/[\w.:[\]-]+$/.test(override)) return override;
  return `${loc.protocol}//${loc.host}`;
}

/** The one SDK client of the page (the classroom pages share it). */
export function sdkClient(): Promise<Client> {
  return client();
}

function client(): Promise<Client> {
  clientPromise ??= import("@colyseus/sdk").then(({ Client }) => new Client(serverUrl()));
  return clientPromise;
}

/** Resolves once the server's `welcome` has arrived, so the seat and code are known. */
async function opened(roomPromise: Promise<import("@colyseus/sdk").Room>): Promise<NetSession> {
  const session = new NetSession(await roomPromise);
  if (session.welcome) return session;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("welcome timeout")), 5000);
    const off = session.on("welcome", () => {
      clearTimeout(timer);
      off();
      resolve();
    });
  });
  return session;
}

export async function createPrivate(name: string, settings?: MatchSettings): Promise<NetSession> {
  const c = await client();
  return opened(c.create(MATCH_ROOM, withName({ mode: "private", ...(settings ? { settings } : {}) }, name)));
}

export async function joinByCode(code: string, name: string): Promise<NetSession> {
  const c = await client();
  return opened(c.joinById(normalizeRoomCode(code), withName({}, name)));
}

/** Watch a room without a seat (a teacher, a friend, the rest of the class). */
export async function spectate(code: string, name: string): Promise<NetSession> {
  const c = await client();
  return opened(c.joinById(normalizeRoomCode(code), withName({ spectator: true }, name)));
}

export async function quickMatch(name: string): Promise<NetSession> {
  const c = await client();
  return opened(c.joinOrCreate(MATCH_ROOM, withName({ mode: "quick" }, name)));
}

export async function practice(bot: BotKind, name: string, settings?: MatchSettings): Promise<NetSession> {
  const c = await client();
  const base: JoinOptions = { mode: "practice", bot };
  // The trickster is for expert players: its mistakes go on the wire only in expert mode.
  const chosen = settings ?? (bot === "trickster" ? { difficulty: "expert" as const } : undefined);
  return opened(c.create(MATCH_ROOM, withName({ ...base, ...(chosen ? { settings: chosen } : {}) }, name)));
}

/** A seat the server reserved (a classroom round's match). */
export async function consumeReservation(reservation: unknown): Promise<NetSession> {
  const c = await client();
  return opened(c.consumeSeatReservation(reservation as Parameters<Client["consumeSeatReservation"]>[0]));
}

/** Watch a match by its room id as it is (a classroom's pair, from the teacher's dashboard). */
export async function spectateRoom(roomId: string): Promise<NetSession> {
  const c = await client();
  return opened(c.joinById(roomId, { spectator: true }));
}

/** After a reload: the token kept in sessionStorage brings the player back to their seat. */
export async function resumeFromReload(): Promise<NetSession | null> {
  const token = readSession(RECONNECT_KEY);
  if (token) {
    try {
      const c = await client();
      return await opened(c.reconnect(token));
    } catch {
      removeSession(RECONNECT_KEY);
    }
  }
  // The server restarted (its tokens died with it): the resume secret gives the seat back.
  const saved = readSession(RESUME_KEY);
  if (!saved) return null;
  try {
    const { code, resume } = JSON.parse(saved) as { code: string; resume: string };
    const c = await client();
    return await opened(c.joinById(code, { resume }));
  } catch {
    removeSession(RESUME_KEY);
    return null;
  }
}

function withName(opts: JoinOptions, name: string): JoinOptions {
  const trimmed = name.trim();
  return trimmed ? { ...opts, name: trimmed } : opts;
}
