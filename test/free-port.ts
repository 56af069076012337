// Ports nobody listens on at this moment, from the system (listen on port 0, read the port,
// close). For a server that must be told its port before it starts: a child process, Redis,
// or a process restarted on the same port. A server started in-process listens on 0 itself.
import net from "node:net";

function probe(): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

/** `count` different free ports (all probes are open at once, so no two are the same). */
export async function freePorts(count: number): Promise<number[]> {
  const probes = await Promise.all(Array.from({ length: count }, probe));
  const ports = probes.map((p) => {
    const address = p.address();
    return typeof address === "object" && address ? address.port : 0;
  });
  await Promise.all(probes.map((p) => new Promise<void>((resolve) => p.close(() => resolve()))));
  if (ports.some((p) => p === 0)) throw new Error("the system gave no port");
  return ports;
}

export async function freePort(): Promise<number> {
  const [port] = await freePorts(1);
  return port!;
}
