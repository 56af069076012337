// The app: the HTTP server, the WebSocket transport, the rooms and the routes, in one place
// (the create-colyseus-app habit). main.ts listens on all interfaces for players; tests call
// startServer on 127.0.0.1 and wrap it with @colyseus/testing's ColyseusTestServer.
import { existsSync } from "node:fs";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineRoom, defineServer, LocalDriver, LocalPresence, matchMaker, type Server } from "@colyseus/core";
import { RedisDriver } from "@colyseus/redis-driver";
import { RedisPresence } from "@colyseus/redis-presence";
import { CLASS_ROOM, MATCH_ROOM } from "../shared/protocol";
import { MatchRoom } from "./rooms/match-room";
import { PacedPingTransport } from "./net/paced-pings";
import { serveStatic } from "./http/static";
import { replayRoutes, type ReplayDeps, type StoredMatch } from "./http/replays";
import { openSqliteStorage, openStorage, type Storage, type StorageOptions } from "./storage";
import { ClassRoom } from "./classroom/class-room";
import { classRoutes } from "./classroom/routes";
import { publicOrigin } from "./classroom/links";
import { restoreClasses } from "./classroom/restore";
import { pickProcess } from "./scale/pick-process";
import { recoverMatches } from "./rooms/recovery";
import { allSaved, savedOrFailed } from "./rooms/results";
import { services, setServices } from "./services";
import { replayMatch } from "../shared/match";
import { getScenario } from "../shared/scenarios";
import { colyseusLogger, log } from "./log";
import { guardServer, limitsFromEnv, type AddressLimits } from "./http/guard";

/**
 * The project folder: the nearest one up from this module that holds package.json. The same
 * from server/app.ts (run by tsx) and from the compiled dist/server/main.js.
 */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, "..");
  }
}

export const DEFAULT_CLIENT_DIR = path.join(projectRoot(path.dirname(fileURLToPath(import.meta.url))), "client/dist");

export interface AppOptions {
  /** The built client to serve; default client/dist. */
  clientDir?: string;
  /** The SQLite file for matches and classes; default DB_PATH or data/tcp-arena.sqlite. ":memory:" in tests. */
  dbPath?: string;
  /** A postgres:// URL: PostgreSQL instead of SQLite. Default DATABASE_URL, unless `dbPath` is given. */
  databaseUrl?: string;
  /** Storage opened already (startServer opens it from the two above). */
  storage?: Storage;
  /** Limits per client address (see http/guard.ts); null: none. Default: from ADDRESS_LIMITS. */
  limits?: AddressLimits | null;
}

/** Rebuilds a stored match from its input log with the same reducer that played it. */
function replayStored(stored: StoredMatch) {
  const scenario = getScenario(stored.scenarioId);
  if (!scenario) throw new Error(`unknown scenario ${stored.scenarioId}`);
  return replayMatch(stored.config, scenario, stored.isns, stored.inputs);
}

/** Where storage comes from: the options, else DATABASE_URL, else DB_PATH; the journal's rows are this process's. */
export function storageOptions(options: AppOptions, env: NodeJS.ProcessEnv = process.env): StorageOptions {
  return {
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    ...(options.dbPath ? { dbPath: options.dbPath } : {}),
    journalOwner: env.PUBLIC_ADDRESS ?? "",
  };
}

/** Builds the server on `options.storage`, else on a SQLite file opened here (startServer also opens PostgreSQL). */
export function createServer(options: AppOptions = {}): Server {
  const clientDir = options.clientDir ?? DEFAULT_CLIENT_DIR;
  const startedAt = Date.now();
  const storage = options.storage ?? openSqliteStorage(storageOptions(options));
  const repo = storage.matches;
  // Matches in progress are journaled as they are played, so a crash does not lose them.
  setServices({ matches: repo, classes: storage.classes, journal: storage.journal });
  const httpServer = http.createServer();
  const limits = options.limits === undefined ? limitsFromEnv() : options.limits;
  if (limits) guardServer(httpServer, limits);
  const server = defineServer({
    rooms: {
      [MATCH_ROOM]: defineRoom(MatchRoom),
      [CLASS_ROOM]: defineRoom(ClassRoom),
    },
    // One process by default. With REDIS_URL set, several processes share rooms and
    // matchmaking through Redis (same ROOM_SECRET for all of them), with no code change.
    presence: process.env.REDIS_URL ? new RedisPresence(process.env.REDIS_URL) : new LocalPresence(),
    driver: process.env.REDIS_URL ? new RedisDriver(process.env.REDIS_URL) : new LocalDriver(),
    transport: new PacedPingTransport({ server: httpServer }),
    // Rooms made in a burst (a classroom round) are spread over the processes.
    ...(process.env.REDIS_URL ? { selectProcessIdToCreateRoom: () => pickProcess() } : {}),
    // With several processes, a seat reservation names the process that holds the room.
    ...(process.env.PUBLIC_ADDRESS ? { publicAddress: process.env.PUBLIC_ADDRESS } : {}),
    greet: false,
    // Colyseus' own lines go through our log: one line each, throttled, client garbage at info.
    logger: colyseusLogger,
    gracefullyShutdown: !process.env.VITEST,
    express: (app) => {
      app.get("/healthz", (_req: IncomingMessage, res: ServerResponse) => {
        const body = JSON.stringify({ ok: true, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) });
        res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
        res.end(body);
      });
      // A replay asked for as its match ends waits for this process's save of it.
      const afterSave: ReplayDeps["repo"] = { get: async <C, I, R>(id: string) => (await savedOrFailed(id), repo.get<C, I, R>(id)) };
      app.use(replayRoutes({ repo: afterSave, replay: replayStored }));
      app.use(classRoutes(() => services().classes));
      app.use(serveStatic(clientDir));
    },
  });
  // After the rooms are gone: the saves they started, the journal's last batch, then the database.
  server.onShutdown(async () => {
    await allSaved();
    await storage.close();
  });
  return server;
}

/**
 * Builds the server and listens. `host` undefined = every interface. Port 0 takes a free port
 * from the system (the integration tests do, one per test file); the server, its log line and
 * its links then name the port it got, and ColyseusTestServer connects to that one.
 */
export async function startServer(requestedPort: number, host?: string, options: AppOptions = {}): Promise<Server> {
  const storage = options.storage ?? (await openStorage(storageOptions(options)));
  const server = createServer({ ...options, storage });
  await server.listen(requestedPort, host);
  const address = server.transport.server?.address();
  const port = typeof address === "object" && address ? address.port : requestedPort;
  // biome-ignore lint/complexity/useLiteralKeys: `port` is protected in Colyseus's Server; ColyseusTestServer reads it the same way.
  server["port"] = port;
  setServices({ publicOrigin: publicOrigin(port) });
  // Unfinished matches of a previous run (a crash) come back before anyone reconnects, and
  // so do the classes that had not ended.
  const journal = services().journal;
  const recovered = journal ? await recoverMatches(journal) : 0;
  const classes = services().classes;
  if (classes) await restoreClasses(classes);
  log.info("server.listening", { port, host: host ?? "*", storage: storage.kind, recovered });
  return server;
}

export { matchMaker };
