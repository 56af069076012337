// Serves the built client (client/dist) from the game's own port. A small handler of our
// own (rather than express.static, which knows nothing of precompressed siblings), with
// `negotiator` for Accept-Encoding and `fresh` for If-None-Match, as express uses them.
// The build (scripts/precompress.ts) leaves a `.br` and a `.gz` next to each compressible
// file; the one the request accepts is sent as it is: nothing is compressed per request.
import { createReadStream, type Stats } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import fresh from "fresh";
import Negotiator from "negotiator";

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

/** Precompressed siblings, in the order the server prefers them among those a request accepts. */
const SIBLINGS = [
  { encoding: "br", suffix: ".br" },
  { encoding: "gzip", suffix: ".gz" },
] as const;
const OFFERED = [...SIBLINGS.map((s) => s.encoding), "identity"];

interface Chosen {
  file: string;
  st: Stats;
  encoding: string | null;
}

function decodePath(url: string): string | null {
  try {
    return decodeURIComponent(url.split("?")[0] ?? "/");
  } catch {
    return null; // a malformed %-escape: not a file of ours
  }
}

async function fileStat(file: string): Promise<Stats | null> {
  try {
    const st = await stat(file);
    return st.isFile() ? st : null;
  } catch {
    return null;
  }
}

/**
 * The representation to send: the first sibling the request accepts (q > 0, RFC 9110 12.5.3)
 * that exists and is not older than its file, else the file itself.
 */
async function choose(req: IncomingMessage, file: string, st: Stats): Promise<Chosen> {
  const accepted = new Set(new Negotiator(req).encodings(OFFERED));
  for (const { encoding, suffix } of SIBLINGS) {
    if (!accepted.has(encoding)) continue;
    const sib = await fileStat(file + suffix);
    if (sib && sib.mtimeMs >= st.mtimeMs) return { file: file + suffix, st: sib, encoding };
  }
  return { file, st, encoding: null };
}

/** A strong validator per representation: size and mtime of the bytes sent, and their encoding. */
function etagOf({ st, encoding }: Chosen): string {
  return `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ""}"`;
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
    fileStat(file)
      .then(async (st) => {
        if (!st) return next();
        const chosen = await choose(req, file, st);
        // Vite puts a content hash in asset names: those can be cached for good.
        const immutable = rel.startsWith("assets/");
        const headers: Record<string, string | number> = {
          "content-type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
          "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
          vary: "accept-encoding",
          etag: etagOf(chosen),
          "last-modified": chosen.st.mtime.toUTCString(),
        };
        if (chosen.encoding) headers["content-encoding"] = chosen.encoding;
        if (fresh(req.headers, { etag: headers.etag as string, "last-modified": headers["last-modified"] as string })) {
          const { "content-type": _type, "content-encoding": _enc, ...notModified } = headers;
          res.writeHead(304, notModified);
          return void res.end();
        }
        res.writeHead(200, { ...headers, "content-length": chosen.st.size });
        if (req.method === "HEAD") return void res.end();
        createReadStream(chosen.file)
          .on("error", () => res.destroy())
          .pipe(res);
      })
      .catch(() => next());
  };
}
