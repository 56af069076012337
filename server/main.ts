// Entry point of `npm start` / `npm run dev`: one process, one port (2567, PORT overrides),
// every interface (HOST narrows it), serving the game, the client and the HTTP API.
// Several processes share rooms through Redis: REDIS_URL, and PUBLIC_ADDRESS (host:port
// clients reach this process at) plus the same ROOM_SECRET in each.
import { startServer } from "./app";

const port = Number(process.env.PORT ?? 2567);
await startServer(port, process.env.HOST || undefined);
