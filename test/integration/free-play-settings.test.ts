// Free play: the host picks the profile and Linux's settings (tcp_fin_timeout and the rest)
// and the match runs with them; a scripted scenario keeps its own.
import { describe, expect, it } from "vitest";
import type { ColyseusTestServer } from "@colyseus/testing";
import { pair, serverMatch, useTestServer } from "./harness";

let server: ColyseusTestServer;
useTestServer((s) => (server = s));

async function started(settings: Parameters<typeof pair>[1]) {
  const [a, b] = await pair(server, settings);
  a.send("ready", { ready: true });
  b.send("ready", { ready: true });
  await a.waitFor("playing", () => a.state.phase === "playing");
  return serverMatch(server, a)!;
}

describe("free play settings", () => {
  it("a free-play match runs with the host's profile and tcp_fin_timeout", async () => {
    const m = await started({ scenarioId: "free-play", profile: "linux", linux: { finTimeoutMs: 5000 } });
    expect(m.config.profile).toBe("linux");
    expect(m.config.linux).toEqual({ finTimeoutMs: 5000 });
    expect(m.sides.A.endpoint.profile).toBe("linux");
  });

  it("a scripted scenario keeps its own profile whatever the host asks", async () => {
    const m = await started({ scenarioId: "handshake", profile: "linux", linux: { finTimeoutMs: 5000 } });
    expect(m.config.profile).toBeUndefined();
    expect(m.config.linux).toBeUndefined();
  });

  it("refuses Linux settings out of Linux's bounds with input/invalid", async () => {
    const [a] = await pair(server, {});
    a.send("configure", { linux: { finTimeoutMs: -1 } });
    const error = await a.waitFor("error", () => a.errors[0]);
    expect(error.code).toBe("input/invalid");
  });
});
