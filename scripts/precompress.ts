// Precompresses the built client once, at build time: each compressible file gets a `.br`
// (brotli, quality 11) and a `.gz` (gzip, level 9) sibling, kept only when smaller than the
// file. server/http/static.ts sends the sibling the request's Accept-Encoding allows, so
// the server never compresses while it serves.
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Extensions worth compressing: text, scripts, styles, JSON, SVG (images and audio are compressed already). */
export const COMPRESSIBLE_EXTENSIONS = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".json",
  ".svg",
  ".txt",
  ".webmanifest",
  ".xml",
  ".map",
  ".wasm",
]);

/** The sibling suffix of each precompressed encoding. */
export const ENCODING_SUFFIX = { br: ".br", gzip: ".gz" } as const;

export interface PrecompressedFile {
  file: string;
  size: number;
  br: number | null;
  gzip: number | null;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function compressOne(file: string): Promise<PrecompressedFile> {
  const body = await readFile(file);
  const isText = path.extname(file).toLowerCase() !== ".wasm";
  const [br, gzipped] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: isText ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gz(body, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  const keep = async (data: Buffer, suffix: string): Promise<number | null> => {
    if (data.length >= body.length) return null;
    await writeFile(file + suffix, data);
    return data.length;
  };
  return {
    file,
    size: body.length,
    br: await keep(br, ENCODING_SUFFIX.br),
    gzip: await keep(gzipped, ENCODING_SUFFIX.gzip),
  };
}

/** Writes the `.br` and `.gz` siblings of every compressible file under `dir`; returns what it wrote. */
export async function precompressDir(dir: string): Promise<PrecompressedFile[]> {
  const files = (await filesUnder(dir)).filter((f) => COMPRESSIBLE_EXTENSIONS.has(path.extname(f).toLowerCase()));
  const out: PrecompressedFile[] = [];
  // One file at a time, its two encodings in parallel on libuv's threads: two cores stay busy.
  for (const file of files) out.push(await compressOne(file));
  return out;
}
