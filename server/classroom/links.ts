// The address students' devices reach this server at. On a teacher's laptop "localhost" would
// send every phone to itself, so the link uses PUBLIC_URL when it is set (a school's server
// behind a proxy), else the machine's first LAN IPv4 address and the port it listens on.
import os from "node:os";

export function lanAddress(interfaces: ReturnType<typeof os.networkInterfaces> = os.networkInterfaces()): string | null {
  const candidates: string[] = [];
  for (const list of Object.values(interfaces)) {
    for (const a of list ?? []) if (a.family === "IPv4" && !a.internal) candidates.push(a.address);
  }
  // Private ranges first: that is the classroom's wifi; a public address is the next best.
  const isPrivate = (ip: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(ip);
  return candidates.find(isPrivate) ?? candidates[0] ?? null;
}

/** The origin in the links a class shows: PUBLIC_URL, else http://<LAN address>:<port>. */
export function publicOrigin(port: number, env: NodeJS.ProcessEnv = process.env, lan: string | null = lanAddress()): string {
  const configured = env.PUBLIC_URL?.trim();
  if (configured && /^https?:\/\/[^\s/]+/.test(configured)) return configured.replace(/\/+$/, "");
  return `http://${lan ?? "127.0.0.1"}:${port}`;
}
