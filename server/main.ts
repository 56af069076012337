// Entry point of `npm start` / `npm run dev`: one process, one port (2567, PORT overrides),
// every interface, serving the game, the client and the HTTP API.
import { startServer } from "./app";

const port = Number(process.env.PORT ?? 2567);
await startServer(port);
