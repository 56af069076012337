// The server's production build: server/main.ts and everything of ours it imports, bundled
// by esbuild into one ES module; packages stay in node_modules (imported at run time).
// Names are not kept (no keepNames wrappers on hot paths) and the code is not minified, so
// stack traces stay readable; the linked source map maps them back to the TypeScript when
// asked (NODE_OPTIONS=--enable-source-maps; not by default: it makes every stack trace costly).
import path from "node:path";

/** `entry` (relative to `root`): server/main.ts, or a benchmark's server that imports the app. */
export async function bundleServer(root: string, outfile: string, entry = "server/main.ts"): Promise<void> {
  const esbuild = await import("esbuild");
  await esbuild.build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    packages: "external",
    sourcemap: "linked",
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
  });
}
