// The server's production build: server/main.ts and everything of ours it imports, bundled
// by esbuild into one ES module; packages stay in node_modules (imported at run time).
// Names are not kept (no keepNames wrappers on hot paths); a linked source map maps errors
// back to the TypeScript (node --enable-source-maps).
import path from "node:path";

export async function bundleServer(root: string, outfile: string): Promise<void> {
  const esbuild = await import("esbuild");
  await esbuild.build({
    entryPoints: [path.join(root, "server/main.ts")],
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
