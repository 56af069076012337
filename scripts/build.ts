// `npm run build`: builds the client (Vite into client/dist, then precompressed) and the
// server (esbuild: server/main.ts bundled into dist/server/main.js, packages left to
// node_modules). `--if-changed` (what `npm start` uses) builds only a target whose inputs
// changed since its last build, recorded in dist/build-stamp.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inputsHash, type Target } from "./build-inputs.ts";
import { bundleServer } from "./bundle-server.ts";
import { precompressDir } from "./precompress.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const STAMP = path.join(ROOT, "dist/build-stamp.json");
const CLIENT_DIR = path.join(ROOT, "client/dist");
const SERVER_ENTRY = path.join(ROOT, "dist/server/main.js");

/** A file each build must leave behind; without it the stamp alone does not count. */
const OUTPUT: Record<Target, string> = {
  client: path.join(CLIENT_DIR, "index.html"),
  server: SERVER_ENTRY,
};

type Stamp = Partial<Record<Target, string>>;

function readStamp(): Stamp {
  try {
    return JSON.parse(readFileSync(STAMP, "utf8")) as Stamp;
  } catch {
    return {};
  }
}

function writeStamp(stamp: Stamp): void {
  mkdirSync(path.dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, JSON.stringify(stamp, null, 2) + "\n");
}

const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;

async function buildClient(): Promise<void> {
  const { build } = await import("vite");
  await build({ configFile: path.join(ROOT, "client/vite.config.ts"), logLevel: "warn" });
  const files = await precompressDir(CLIENT_DIR);
  const raw = files.reduce((s, f) => s + f.size, 0);
  const br = files.reduce((s, f) => s + (f.br ?? f.size), 0);
  const gz = files.reduce((s, f) => s + (f.gzip ?? f.size), 0);
  console.log(`client: ${files.length} files precompressed, ${kib(raw)} → br ${kib(br)}, gzip ${kib(gz)}`);
}

async function buildServer(): Promise<void> {
  await bundleServer(ROOT, SERVER_ENTRY);
  console.log(`server: ${path.relative(ROOT, SERVER_ENTRY)}`);
}

const BUILDERS: Record<Target, () => Promise<void>> = { client: buildClient, server: buildServer };

async function main(): Promise<void> {
  const onlyIfChanged = process.argv.includes("--if-changed");
  const stamp = readStamp();
  for (const target of ["client", "server"] as const) {
    const hash = inputsHash(ROOT, target);
    if (onlyIfChanged && stamp[target] === hash && existsSync(OUTPUT[target])) {
      console.log(`${target}: up to date`);
      continue;
    }
    const started = performance.now();
    await BUILDERS[target]();
    stamp[target] = hash;
    writeStamp(stamp);
    console.log(`${target}: built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

await main();
