// The real server (server/main.ts) in a child process, configured by environment only, for
// what an in-process server cannot show: a kill -9 and a restart, several processes.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export interface ChildServer {
  child: ChildProcess;
  port: number;
  url: string;
  /** Everything the process printed on stdout so far (its log lines). */
  output(): string;
  /** kill -9: no shutdown hook runs, as in a crash. */
  crash(): Promise<void>;
  stop(): Promise<void>;
}

/** Resolves when the child prints `marker` on stdout; rejects after `ms` or if it exits. */
export function printed(child: ChildProcess, marker: string, ms = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${marker}" within ${ms} ms`)), ms);
    let seen = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(marker)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before "${marker}"`));
    });
  });
}

/** The port in the server's `server.listening … port=N …` log line (server/app.ts). */
export function listeningPort(output: string): number {
  const found = /server\.listening\b.*?\bport=(\d+)/.exec(output);
  if (!found) throw new Error(`no port in the server's listening line:\n${output}`);
  return Number(found[1]);
}

/** server/main.ts on `port`; 0: one the system picks (ChildServer.port then says which). */
export async function startChildServer(port: number, env: Record<string, string>): Promise<ChildServer> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "info", BOT_THINK_MS: "5", VITEST: "", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  await printed(child, "server.listening");
  port = listeningPort(out);
  const exited = () =>
    new Promise<void>((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.once("exit", () => r())));
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    output: () => out,
    crash: async () => {
      const done = exited();
      child.kill("SIGKILL");
      await done;
    },
    stop: () => stopChild(child),
  };
}

/** Stops a child process (`signal`, SIGKILL after `hardMs`) and waits for it to exit. */
export async function stopChild(child: ChildProcess, hardMs = 5_000, signal: NodeJS.Signals = "SIGINT"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = new Promise<void>((r) => child.once("exit", () => r()));
  child.kill(signal);
  const hard = setTimeout(() => child.kill("SIGKILL"), hardMs);
  await done;
  clearTimeout(hard);
}
