import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
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
  plugins: [
    // A service worker (Workbox) precaches the whole client, lazily loaded scenes included:
    // after one visit the title, the quiz and practice against a bot in the browser open with
    // no server. The web app manifest makes the game installable.
    VitePWA({
      registerType: "autoUpdate",
      // Registered by client/index.html a while after load: precaching must not compete with
      // the first seconds of play (measured: the match's frame rate halves while it runs).
      injectRegister: false,
      includeAssets: ["favicon.svg", "logo.svg"],
      manifest: {
        name: "TCP Arena · TCP 竞技场",
        short_name: "TCP Arena",
        description: "Be one end of a TCP connection: build every segment by hand. 化身 TCP 连接的一端。",
        lang: "en",
        start_url: "./",
        scope: "./",
        display: "standalone",
        orientation: "any",
        background_color: "#102030",
        theme_color: "#102030",
        icons: [
          { src: "favicon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
          { src: "logo.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
        ],
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,png,woff2,webmanifest}"],
        // Phaser's chunk is ~1.2 MB: within the limit with room to spare.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: "index.html",
        // The server's own routes (matchmaking, match records, classroom API) are never cached.
        navigateFallbackDenylist: [/^\/(matchmake|api|records|classroom|colyseus)/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
});
