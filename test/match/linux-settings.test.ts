// Linux's sysctls reach both engines: the scenario's, then the host's (free play), each
// checked at the protocol boundary.
import { describe, expect, it } from "vitest";
import { createMatch } from "../../shared/match/create";
import { MatchSettingsSchema } from "../../shared/protocol/rooms";
import { getScenario } from "../../shared/scenarios";
import { LINUX_DEFAULTS } from "../../shared/tcp";
import { config, ISN_A, ISN_B, newMatch } from "./helpers";

describe("linux settings", () => {
  it("an endpoint gets Linux's defaults when nobody sets anything", () => {
    const m = newMatch({ profile: "linux" });
    expect(m.sides.A.endpoint.linux).toEqual(LINUX_DEFAULTS);
    expect(m.sides.B.endpoint.linux).toEqual(LINUX_DEFAULTS);
  });

  it("scenario 6 runs with a 10 s tcp_fin_timeout", () => {
    const m = createMatch(config({ scenarioId: "fin-wait-2-timeout" }), getScenario("fin-wait-2-timeout")!, ISN_A, ISN_B);
    expect(m.sides.A.endpoint.linux.finTimeoutMs).toBe(10_000);
    expect(m.sides.A.endpoint.linux.synRetries).toBe(LINUX_DEFAULTS.synRetries);
  });

  it("the host's settings override the scenario's, key by key", () => {
    const m = newMatch({ profile: "linux", linux: { finTimeoutMs: 10_000, synRetries: 2 } }, { linux: { synRetries: 3, rfc1337: true } });
    expect(m.sides.B.endpoint.linux).toEqual({ ...LINUX_DEFAULTS, finTimeoutMs: 10_000, synRetries: 3, rfc1337: true });
  });

  it("MatchSettingsSchema takes the host's profile and sysctls within Linux's bounds", () => {
    const ok = MatchSettingsSchema.safeParse({ profile: "linux", linux: { finTimeoutMs: 5000, synRetries: 2, rfc1337: true } });
    expect(ok.success).toBe(true);
  });

  it("MatchSettingsSchema refuses out-of-range, fractional, unknown and mistyped sysctls", () => {
    for (const linux of [{ synRetries: 0 }, { synRetries: 128 }, { retries2: 1.5 }, { finTimeoutMs: 10 }, { tcpFoo: 1 }, { rfc1337: 1 }]) {
      const r = MatchSettingsSchema.safeParse({ linux });
      expect(r.success, JSON.stringify(linux)).toBe(false);
    }
    expect(MatchSettingsSchema.safeParse({ profile: "bsd" }).success).toBe(false);
  });
});
