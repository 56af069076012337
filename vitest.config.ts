import { availableParallelism } from "node:os";
import { configDefaults, defineConfig } from "vitest/config";

// Three projects, run one after another (sequence.groupOrder) by `vitest run`, or alone with
// `--project NAME` (npm run test:unit, test:integration, test:browser):
// - unit: everything without a server or a browser, its files in parallel on every core;
// - integration: the real server on 127.0.0.1, each file on a port of its own (port 0, see
//   test/integration/harness.ts), a few files at a time: they mostly wait on timers and sockets;
// - browser: Chromium against the real server, one file at a time (its tests wait on real
//   rendering and time out when the machine is loaded).
// INTEGRATION_WORKERS overrides the integration project's number of files at a time.
const cores = availableParallelism();
const integrationWorkers = Number(process.env.INTEGRATION_WORKERS) || Math.max(3, cores);

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "test/integration/**", "test/browser/**"],
          maxWorkers: Math.max(2, cores),
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          maxWorkers: integrationWorkers,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
