// What each build reads, and one hash of it. A build whose inputs hash to the stamp of the
// last build is up to date (content hashes, not mtimes: a fresh clone or a `touch` changes
// mtimes without changing what would be built).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export type Target = "client" | "server";

/** Files and folders, relative to the project root, whose content each build depends on. */
export const INPUTS: Record<Target, readonly string[]> = {
  client: ["client", "shared", "assets", "package.json", "package-lock.json", "tsconfig.json", "scripts"],
  server: ["server", "shared", "package.json", "package-lock.json", "tsconfig.json", "scripts"],
};

/** Never inputs: build output and dependencies. */
const SKIP = new Set(["node_modules", "dist", ".vite"]);

function listFiles(root: string, rel: string, out: string[]): void {
  const abs = path.join(root, rel);
  if (!existsSync(abs)) return;
  if (statSync(abs).isFile()) {
    out.push(rel);
    return;
  }
  for (const entry of readdirSync(abs, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const child = path.join(rel, entry.name);
    if (entry.isDirectory()) listFiles(root, child, out);
    else if (entry.isFile()) out.push(child);
  }
}

/** sha256 over the sorted relative paths and contents of a target's inputs. */
export function inputsHash(root: string, target: Target): string {
  const files: string[] = [];
  for (const rel of INPUTS[target]) listFiles(root, rel, files);
  files.sort();
  const hash = createHash("sha256");
  for (const rel of files) {
    hash.update(rel.split(path.sep).join("/")).update("\0");
    hash.update(readFileSync(path.join(root, rel))).update("\0");
  }
  return hash.digest("hex");
}
