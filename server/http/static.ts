// Serves the built client (client/dist) from the game's own port. A small handler of our
// own rather than express.static: express is only a transitive dependency of Colyseus.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";

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

/** Types worth compressing: text, scripts, JSON, SVG (the client's JavaScript is ~1.4 MB raw, ~375 kB gzip). */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg\+xml)/;

/** Gzipped files, compressed once per file version (path + mtime + size). */
const gzipped = new Map<string, { key: string; body: Buffer }>();

async function gzippedBody(file: string, key: string): Promise<Buffer> {
  const hit = gzipped.get(file);
  if (hit && hit.key === key) return hit.body;
  const body = gzipSync(await readFile(file), { level: 9 });
  gzipped.set(file, { key, body });
  return body;
}

function decodePath(url: string): string | null {
  try {
    return decodeURIComponent(url.split("?")[0] ?? "/");
  } catch {
    return null; // a malformed %-escape: not a file of ours
  }
}

/** Express-style middleware: a GET/HEAD for a file under `root` is served, else next(). */
export function serveStatic(root: string) {
  const base = path.resolve(root);
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const urlPath = decodePath(req.url ?? "/");
    if (urlPath === null) return next();
    const rel = urlPath === "/" ? "index.html" : urlPath.replace(/^\/+/, "");
    const file = path.resolve(base, rel);
    // Refuse anything that resolves outside the client folder ("../" tricks).
    if (file !== base && !file.startsWith(base + path.sep)) return next();
    stat(file)
      .then(async (st) => {
        if (!st.isFile()) return next();
        const type = TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
        // Vite puts a content hash in asset names: those can be cached for good.
        const immutable = rel.startsWith("assets/") && rel !== "index.html";
        const headers: Record<string, string | number> = {
          "content-type": type,
          "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
          vary: "accept-encoding",
        };
        const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
        if (gzip) {
          const body = await gzippedBody(file, `${st.mtimeMs}:${st.size}`);
          res.writeHead(200, { ...headers, "content-encoding": "gzip", "content-length": body.length });
          return void res.end(req.method === "HEAD" ? undefined : body);
        }
        res.writeHead(200, { ...headers, "content-length": st.size });
        if (req.method === "HEAD") return void res.end();
        createReadStream(file).pipe(res);
      })
      .catch(() => next());
  };
}
