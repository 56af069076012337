// Serves the built client (client/dist) from the game's own port. A small handler of our
// own rather than express.static: express is only a transitive dependency of Colyseus.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".mp3": "audio/mpeg",
  ".ogg": "audio/ogg",
  ".wav": "audio/wav",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

type Next = (err?: unknown) => void;

/** Express-style middleware: a GET/HEAD for a file under `root` is served, else next(). */
export function serveStatic(root: string) {
  const base = path.resolve(root);
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const urlPath = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    const rel = urlPath === "/" ? "index.html" : urlPath.replace(/^\/+/, "");
    const file = path.resolve(base, rel);
    // Refuse anything that resolves outside the client folder ("../" tricks).
    if (file !== base && !file.startsWith(base + path.sep)) return next();
    stat(file)
      .then((st) => {
        if (!st.isFile()) return next();
        const type = TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
        // Vite puts a content hash in asset names: those can be cached for good.
        const immutable = rel.startsWith("assets/") && rel !== "index.html";
        res.writeHead(200, {
          "content-type": type,
          "content-length": st.size,
          "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
        });
        if (req.method === "HEAD") return void res.end();
        createReadStream(file).pipe(res);
      })
      .catch(() => next());
  };
}
