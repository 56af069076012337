// Starts the real game server on 127.0.0.1 for the browser tests, in its own process so
// the tests' Chromium talks to it exactly as a player's browser would.
import { startServer } from "../../server/app";

const port = Number(process.env.PORT);
if (!Number.isInteger(port) || port <= 0) throw new Error("PORT must be set");
await startServer(port, "127.0.0.1");
process.stdout.write(`READY ${port}\n`);
