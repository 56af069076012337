// A throwaway redis-server for the tests and the load test (`--processes`) that run several
// server processes: its own port on 127.0.0.1, no persistence, its files in `dir`. CI
// installs redis-server (.ci/run).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { printed, stopChild } from "./child-server";

export const REDIS_BINARY = "/usr/bin/redis-server";
export const haveRedis = (): boolean => existsSync(REDIS_BINARY);

export interface RedisServer {
  url: string;
  process: ChildProcess;
  /** Stops it (SIGINT, SIGKILL after 10 s) and waits for it to exit. */
  stop(): Promise<void>;
}

export async function startRedis(port: number, dir: string): Promise<RedisServer> {
  const child = spawn(REDIS_BINARY, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir]);
  await printed(child, "Ready to accept connections");
  return {
    url: `redis://127.0.0.1:${port}`,
    process: child,
    stop: () => stopChild(child, 10_000),
  };
}
