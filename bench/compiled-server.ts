// The benchmarks measure the server as `npm start` runs it: compiled by esbuild (no tsx, no
// keepNames wrappers on hot paths; see scripts/bundle-server.ts), not through tsx.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bundleServer } from "../scripts/bundle-server.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Bundles bench/loadtest/server.ts (the app or the bare room) and returns the script's path. */
export async function compiledBenchServer(): Promise<string> {
  const outfile = path.join(ROOT, "dist/bench/loadtest-server.js");
  await bundleServer(ROOT, outfile, "bench/loadtest/server.ts");
  return outfile;
}
