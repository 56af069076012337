import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

// The client is built into client/dist, which the game server serves on its own port.
// assets/ (original art made for the project) is copied as-is to the site root.
const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here("."),
  publicDir: here("../assets"),
  base: "./",
  build: {
    outDir: here("dist"),
    emptyOutDir: true,
    target: "es2022",
    // Phaser alone is ~1.2 MB minified; the warning would only repeat that.
    chunkSizeWarningLimit: 1600,
    sourcemap: false,
  },
  server: { host: "127.0.0.1" },
});
