// --profile DIR (LOADTEST_PROFILE_DIR): V8 profiles of the measuring window only (joins and
// start-up left out): a CPU profile, DIR/NAME-PID.cpuprofile, and a sampling profile of
// everything allocated, collected since or not, DIR/NAME-PID.heapprofile (one sample per
// 32 KiB allocated on average, with the stack that allocated it), which Chrome DevTools
// opens. The server and
// the load generator each profile themselves with one.
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";

export interface WindowProfile {
  start(): Promise<void>;
  /** Stops the profilers and returns the CPU profile's file (the heap profile is beside it). */
  stop(): Promise<string>;
}

/** This process's profiler when LOADTEST_PROFILE_DIR is set; null otherwise. */
export function windowProfile(name: string, dir = process.env.LOADTEST_PROFILE_DIR): WindowProfile | null {
  if (!dir) return null;
  const inspector = new Session();
  inspector.connect();
  return {
    async start() {
      await inspector.post("Profiler.enable");
      await inspector.post("HeapProfiler.enable");
      // Every allocation, also those collected since: what the collector has to deal with.
      await inspector.post("HeapProfiler.startSampling", {
        samplingInterval: 32 * 1024,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
      await inspector.post("Profiler.start");
    },
    async stop() {
      const { profile } = await inspector.post("Profiler.stop");
      const { profile: allocations } = await inspector.post("HeapProfiler.stopSampling");
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${name}-${process.pid}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      writeFileSync(file.replace(/\.cpuprofile$/, ".heapprofile"), JSON.stringify(allocations));
      return file;
    },
  };
}
