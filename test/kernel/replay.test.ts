// Every trace recorded from the real Linux kernel (tools/kernel/capture.sh; the kernel
// version is in each file) replays through the engine's linux profile with the same states
// and segments. See docs/engine/linux.md.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { replay, type Trace } from "./replay";

const DIR = join(import.meta.dirname, "traces");
const traces: Trace[] = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), "utf8")) as Trace);

describe("kernel traces replay through the linux profile", () => {
  it("there are traces, each from a Linux kernel, each with segments and states", () => {
    expect(traces.length).toBeGreaterThanOrEqual(40);
    for (const t of traces) {
      expect(t.kernel, t.name).toMatch(/^\d+\.\d+/);
      expect(
        t.events.some((e) => e.kind === "kernel" || e.kind === "peer"),
        t.name,
      ).toBe(true);
      expect(
        t.events.some((e) => e.kind === "state"),
        t.name,
      ).toBe(true);
    }
  });

  for (const trace of traces) {
    it(`${trace.name}: ${trace.description}`, () => {
      const r = replay(trace);
      expect(r.mismatches).toEqual([]);
      expect(r.matched).toBeGreaterThan(0);
    });
  }
});
