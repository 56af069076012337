// The four lesson scenarios (15 to 18), played by two tutor bots: what happens on the wire is
// what each debrief tells.
import { describe, expect, it } from "vitest";
import { playScenario } from "../../shared/bots";
import { DIFFICULTIES, type MatchState } from "../../shared/match/types";
import { getScenario } from "../../shared/scenarios";
import type { Scenario } from "../../shared/scenarios/types";
import { flags, sent, trace } from "./ladder";

function forEachPlay(id: string, check: (m: MatchState, label: string) => void): void {
  const s = getScenario(id) as Scenario;
  for (const seed of [1, 7, 42]) {
    for (const difficulty of DIFFICULTIES) {
      const m = playScenario(s, { seed, difficulty });
      check(m, `${id} seed ${seed} ${difficulty}: ${trace(m)}`);
    }
  }
}

describe("what happens in each lesson scenario is what its debrief tells", () => {
  it("15. abort: one RST, no FIN, nobody answers it, and neither end passes TIME_WAIT", () => {
    forEachPlay("abort", (m, label) => {
      expect(m.ended?.reason, label).toBe("goal");
      expect(
        sent(m).map((e) => `${e.from}:${flags(e)}`),
        label,
      ).toEqual(["A:RST"]);
      for (const side of ["A", "B"] as const) expect(m.sides[side].history, label).not.toContain("TIME_WAIT");
      expect(m.sides.B.endpoint.closedBy, label).toBe("reset");
    });
  });

  it("16. TIME-WAIT assassination: the CLOSED server's RST ends the client's TIME_WAIT long before 2MSL", () => {
    const msl = (getScenario("time-wait-assassination") as Scenario).msl;
    forEachPlay("time-wait-assassination", (m, label) => {
      expect(m.ended?.reason, label).toBe("goal");
      const rst = sent(m, "B").find((e) => e.segment.flags.rst);
      expect(rst, label).toBeDefined();
      const lastAck = sent(m, "A").filter((e) => flags(e) === "ACK")[0];
      expect(m.sides.A.endpoint.closedBy, label).toBe("reset");
      expect((rst?.arrivedAt ?? Infinity) - (lastAck?.sentAt ?? 0), label).toBeLessThan(2 * msl);
      expect(m.sides.A.history.slice(-2), label).toEqual(["TIME_WAIT", "CLOSED"]);
    });
  });

  it("17. half-open: the rebooted client answers the server's data with a RST at RCV.NXT, which resets the server", () => {
    forEachPlay("half-open", (m, label) => {
      expect(m.ended?.reason, label).toBe("goal");
      const segs = sent(m);
      expect(
        segs.map((e) => `${e.from}:${flags(e)}`),
        label,
      ).toEqual(["B:ACK", "A:RST"]);
      expect(segs[0]?.segment.data, label).toBe("ping");
      expect(segs[1]?.segment.seq, label).toBe(segs[0]?.segment.ack);
      expect(m.sides.B.endpoint.closedBy, label).toBe("reset");
    });
  });

  it("18. challenge ACK: the SYN gets an ACK, the client's RST at that ACK's number resets the server, the resent SYN opens anew", () => {
    forEachPlay("challenge-ack", (m, label) => {
      expect(m.ended?.reason, label).toBe("goal");
      const segs = sent(m);
      expect(segs.map((e) => `${e.from}:${flags(e)}`).slice(0, 3), label).toEqual(["A:SYN", "B:ACK", "A:RST"]);
      expect(segs[2]?.segment.seq, label).toBe(segs[1]?.segment.ack);
      const syns = segs.filter((e) => e.from === "A" && flags(e) === "SYN");
      expect(syns.length, label).toBe(2);
      expect(syns[1]?.segment.seq, label).toBe(syns[0]?.segment.seq);
      expect(m.sides.B.history, label).toEqual(expect.arrayContaining(["CLOSED", "LISTEN", "SYN_RCVD", "ESTABLISHED"]));
    });
  });
});
