// Entry point of `npm start` / `npm run dev`: one process, one port (2567, PORT overrides),
// every interface (HOST narrows it), serving the game, the client and the HTTP API.
// Several processes share rooms through Redis: REDIS_URL, and PUBLIC_ADDRESS (host:port
// clients reach this process at) plus the same ROOM_SECRET in each; and records through
// PostgreSQL: DATABASE_URL (docs/guide/deployment.md).
import { startServer } from "./app";
import { log } from "./log";
import { StorageConfigError } from "./storage";

const port = Number(process.env.PORT ?? 2567);
try {
  await startServer(port, process.env.HOST || undefined);
} catch (error) {
  // A database that cannot be opened (a bad DATABASE_URL, PostgreSQL unreachable): say so and stop.
  log.error("server.start-failed", {
    ...(error instanceof StorageConfigError ? { code: error.code } : {}),
    error: error instanceof Error ? error.message : String(error),
  });
  process.exit(1);
}
