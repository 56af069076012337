// --profile DIR (LOADTEST_PROFILE_DIR): a V8 CPU profile of the measuring window only (joins and
// start-up left out), written as DIR/NAME-PID.cpuprofile, which Chrome DevTools opens. The
// server and the load generator each profile themselves with one.
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";

export interface WindowProfile {
  start(): Promise<void>;
  /** Stops the profiler and returns the file written. */
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
      await inspector.post("Profiler.start");
    },
    async stop() {
      const { profile } = await inspector.post("Profiler.stop");
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${name}-${process.pid}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      return file;
    },
  };
}
