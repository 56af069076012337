// Every scenario played by two tutor bots through the local match (shared/bots playScenario),
// for several seeds and every difficulty: it reaches its goal, and the story its debrief
// tells is what happened on the wire.
import { describe, expect, it } from "vitest";
import { playScenario } from "../../shared/bots";
import { DIFFICULTIES, type MatchState } from "../../shared/match/types";
import { getScenario, SCENARIOS } from "../../shared/scenarios";
import type { Scenario } from "../../shared/scenarios/types";
import { SEQ_MOD, seqAdd } from "../../shared/tcp/seq";
import { flags, sent, trace } from "./ladder";

const SEEDS = [1, 7, 42];

interface Play {
  label: string;
  m: MatchState;
}

const cache = new Map<string, Play[]>();

/** Each scenario is played once per seed and difficulty, then shared by its tests. */
function plays(id: string): Play[] {
  const known = cache.get(id);
  if (known) return known;
  const s = getScenario(id) as Scenario;
  const result = SEEDS.flatMap((seed) =>
    DIFFICULTIES.map((difficulty) => ({
      label: `${id} seed ${seed} ${difficulty}`,
      m: playScenario(s, { seed, difficulty }),
    })),
  );
  cache.set(id, result);
  return result;
}

/** Runs `check` on every play, naming the play and its trace when it fails. */
function forEachPlay(id: string, check: (m: MatchState, label: string) => void): void {
  for (const { label, m } of plays(id)) check(m, `${label}: ${trace(m)}`);
}

describe("two tutor bots play every scenario through the local match", () => {
  for (const s of SCENARIOS.filter((sc) => sc.goal.kind !== "none")) {
    it(`${s.number}. ${s.id} reaches its goal for every seed and difficulty`, () => {
      forEachPlay(s.id, (m, label) => {
        expect(m.ended?.reason, label).toBe("goal");
        expect(m.goalReachedAt, label).not.toBeNull();
      });
    });
  }

  it("every scenario ends the same way with ISNs a few bytes below 2^32, so the numbers wrap", () => {
    for (const s of SCENARIOS) {
      const m = playScenario(s, { seed: 3, isn: { A: SEQ_MOD - 3, B: SEQ_MOD - 2 } });
      expect(m.ended?.reason, `${s.id}: ${trace(m)}`).toBe(s.goal.kind === "none" ? "closed" : "goal");
    }
  });

  it("14. free play, with no goal, ends with both sides CLOSED after data went both ways", () => {
    forEachPlay("free-play", (m, label) => {
      expect(m.ended?.reason, label).toBe("closed");
      expect(m.sides.A.history, label).toContain("ESTABLISHED");
      expect(m.sides.A.endpoint.received, label).toBe("pong");
      expect(m.sides.B.endpoint.received, label).toBe("ping");
    });
  });

  it("14. free play on a wire that loses a fifth of its segments still ends with both CLOSED", () => {
    const s = getScenario("free-play") as Scenario;
    for (const seed of SEEDS) {
      const m = playScenario(s, { seed, config: { lossRate: 0.2 } });
      const label = `seed ${seed}: ${trace(m)}`;
      expect(m.ended?.reason, label).toBe("closed");
      expect(m.sides.A.endpoint.state, label).toBe("CLOSED");
      expect(m.sides.B.endpoint.state, label).toBe("CLOSED");
    }
  });
});

describe("what happens in each scenario is what its debrief tells", () => {
  it("1. handshake: SYN, SYN,ACK, ACK, each acknowledging the other's ISS + 1", () => {
    forEachPlay("handshake", (m, label) => {
      const segs = sent(m);
      expect(
        segs.map((e) => `${e.from}:${flags(e)}`),
        label,
      ).toEqual(["A:SYN", "B:SYN,ACK", "A:ACK"]);
      expect(segs[1]?.segment.ack, label).toBe(seqAdd(m.isn.A, 1));
      expect(segs[2]?.segment.ack, label).toBe(seqAdd(m.isn.B, 1));
    });
  });

  it("2. four-way close: FIN, ACK, FIN, ACK, and the active closer waits 2MSL after its last ACK", () => {
    const msl = (getScenario("four-way-close") as Scenario).msl;
    forEachPlay("four-way-close", (m, label) => {
      const segs = sent(m);
      expect(
        segs.map((e) => `${e.from}:${flags(e)}`),
        label,
      ).toEqual(["A:FIN,ACK", "B:ACK", "B:FIN,ACK", "A:ACK"]);
      expect(segs[1]?.segment.ack, label).toBe(seqAdd(segs[0]?.segment.seq ?? 0, 1));
      expect((m.goalReachedAt ?? 0) - (segs[3]?.sentAt ?? 0), label).toBeGreaterThanOrEqual(2 * msl);
    });
  });

  it("3. half-close: the server sends its answer after acknowledging the client's FIN, and the client reads it", () => {
    forEachPlay("half-close", (m, label) => {
      const clientFin = sent(m, "A").find((e) => e.segment.flags.fin);
      const finAck = seqAdd(clientFin?.segment.seq ?? 0, 1);
      const server = sent(m, "B");
      const ackOfFin = server.findIndex((e) => flags(e) === "ACK" && e.segment.ack === finAck);
      const answer = server.findIndex((e) => e.segment.data.length > 0);
      expect(ackOfFin, label).toBeGreaterThanOrEqual(0);
      expect(answer, label).toBeGreaterThan(ackOfFin);
      expect(m.sides.A.endpoint.received, label).toBe("abc");
      expect(m.sides.B.endpoint.received, label).toBe("cab");
    });
  });

  it("4. lost final ACK: LAST_ACK sends its FIN again, TIME_WAIT re-ACKs it and waits 2MSL more", () => {
    const msl = (getScenario("lost-final-ack") as Scenario).msl;
    forEachPlay("lost-final-ack", (m, label) => {
      const serverFins = sent(m, "B").filter((e) => e.segment.flags.fin);
      const clientAcks = sent(m, "A").filter((e) => flags(e) === "ACK");
      expect(serverFins.length, label).toBe(2);
      expect(serverFins[1]?.segment.seq, label).toBe(serverFins[0]?.segment.seq);
      expect(
        clientAcks.map((e) => e.fate),
        label,
      ).toEqual(["dropped", "delivered"]);
      expect((m.goalReachedAt ?? 0) - (clientAcks[1]?.sentAt ?? 0), label).toBeGreaterThanOrEqual(2 * msl);
    });
  });

  it("5. old duplicate: the server's old data reaches the client in TIME_WAIT and is only re-ACKed", () => {
    const msl = (getScenario("old-duplicate") as Scenario).msl;
    forEachPlay("old-duplicate", (m, label) => {
      const old = sent(m, "B", true).filter((e) => e.fate === "old");
      expect(
        old.map((e) => e.segment.data),
        label,
      ).toEqual(["hello"]);
      expect(old[0]?.arrivedAt, label).not.toBeNull();
      // The wanderer did not count as data, and no RST cut TIME_WAIT short.
      expect(m.sides.A.endpoint.received, label).toBe("hello");
      expect(
        sent(m).some((e) => e.segment.flags.rst),
        label,
      ).toBe(false);
      const lastFin = sent(m, "B")
        .filter((e) => e.segment.flags.fin)
        .at(-1);
      expect((m.goalReachedAt ?? 0) - (lastFin?.arrivedAt ?? 0), label).toBeGreaterThanOrEqual(2 * msl);
    });
  });

  it("6. FIN_WAIT_2 timeout: no FIN comes back and Linux's FIN_WAIT_2 timer closes the client", () => {
    forEachPlay("fin-wait-2-timeout", (m, label) => {
      expect(
        sent(m, "B").some((e) => e.segment.flags.fin),
        label,
      ).toBe(false);
      const timers = m.ladder.filter((e) => e.kind === "timer" && e.side === "A").map((e) => (e.kind === "timer" ? e.timer : ""));
      expect(timers, label).toContain("fin-wait-2");
      expect(m.sides.A.history, label).not.toContain("TIME_WAIT");
      expect(m.sides.A.endpoint.closedBy, label).toBe("fin-wait-2-timeout");
    });
  });

  it("7. simultaneous open: the two SYNs fly together and each side answers with a SYN,ACK", () => {
    forEachPlay("simultaneous-open", (m, label) => {
      const syns = sent(m).filter((e) => flags(e) === "SYN");
      expect(syns.map((e) => e.from).sort(), label).toEqual(["A", "B"]);
      expect(syns[0]?.departAt, label).toBe(syns[1]?.departAt);
      for (const side of ["A", "B"] as const) {
        const synAck = sent(m, side).find((e) => flags(e) === "SYN,ACK");
        expect(synAck?.segment.seq, label).toBe(m.isn[side]);
      }
    });
  });

  it("8. simultaneous close: the two FINs fly together and neither side passes FIN_WAIT_2", () => {
    forEachPlay("simultaneous-close", (m, label) => {
      const fins = sent(m).filter((e) => e.segment.flags.fin);
      expect(fins.length, label).toBe(2);
      expect(fins[0]?.departAt, label).toBe(fins[1]?.departAt);
      expect([...m.sides.A.history, ...m.sides.B.history], label).not.toContain("FIN_WAIT_2");
    });
  });

  it("9. connection refused: the CLOSED port answers RST,ACK with seq 0 and ack = ISS + 1", () => {
    forEachPlay("connection-refused", (m, label) => {
      const reply = sent(m, "B");
      expect(reply.map(flags), label).toEqual(["RST,ACK"]);
      expect(reply[0]?.segment.seq, label).toBe(0);
      expect(reply[0]?.segment.ack, label).toBe(seqAdd(m.isn.A, 1));
      expect(m.sides.A.endpoint.closedBy, label).toBe("refused");
    });
  });

  it("10. lost SYN: the SYN is sent again with the same ISS after the retransmission timeout", () => {
    forEachPlay("lost-syn", (m, label) => {
      const syns = sent(m, "A").filter((e) => flags(e) === "SYN");
      expect(
        syns.map((e) => e.fate),
        label,
      ).toEqual(["dropped", "delivered"]);
      expect(
        syns.map((e) => e.segment.seq),
        label,
      ).toEqual([m.isn.A, m.isn.A]);
      expect((syns[1]?.sentAt ?? 0) - (syns[0]?.sentAt ?? 0), label).toBeGreaterThanOrEqual(m.sides.A.endpoint.rtoMs);
    });
  });

  it("11. quiet time: after the reboot no SYN leaves for one MSL, then a fresh ISS opens a new connection", () => {
    const msl = (getScenario("quiet-time") as Scenario).msl;
    forEachPlay("quiet-time", (m, label) => {
      const reboot = m.ladder.find((e) => e.kind === "script" && e.action === "reboot");
      const syn = sent(m, "A").find((e) => flags(e) === "SYN");
      expect(reboot, label).toBeDefined();
      expect((syn?.sentAt ?? 0) - (reboot?.kind === "script" ? reboot.at : Infinity), label).toBeGreaterThanOrEqual(msl);
      expect(syn?.segment.seq, label).not.toBe(m.isn.A);
    });
  });

  it("12. FIN+ACK in one segment: the server sends a single FIN,ACK that acknowledges the client's FIN", () => {
    forEachPlay("fin-ack-combined", (m, label) => {
      const clientFin = sent(m, "A").find((e) => e.segment.flags.fin);
      const server = sent(m, "B");
      expect(server.map(flags), label).toEqual(["FIN,ACK"]);
      expect(server[0]?.segment.ack, label).toBe(seqAdd(clientFin?.segment.seq ?? 0, 1));
    });
  });

  it("13. full lifecycle: the answer arrives twice, is read once, and the duplicate is re-ACKed", () => {
    forEachPlay("full-lifecycle", (m, label) => {
      const copies = sent(m, "B", true).filter((e) => e.fate === "duplicate");
      expect(
        copies.map((e) => e.segment.data),
        label,
      ).toEqual(["200 OK"]);
      expect(m.sides.A.endpoint.received, label).toBe("200 OK");
      expect(m.sides.B.endpoint.received, label).toBe("GET /");
      const afterAnswer = seqAdd(m.isn.B, 1 + "200 OK".length);
      const acksOfAnswer = sent(m, "A").filter((e) => flags(e) === "ACK" && e.segment.ack === afterAnswer);
      expect(acksOfAnswer.length, label).toBe(2);
    });
  });
});
