// A finished match played through the room by two real SDK clients is served back over HTTP:
// its replay (rebuilt from the stored input log) and its .pcap, read by Debian's tshark.
import { describe, expect, it } from "vitest";
import type { ColyseusTestServer } from "@colyseus/testing";
import type { LadderEntry, MatchState } from "../../shared/match/types";
import { SCENARIOS } from "../../shared/scenarios";
import { httpUrl, pair, serverMatch, useTestServer } from "./harness";
import { autoplay } from "./autoplay";
import { ANALYSIS_WARNINGS, tsharkFields } from "../pcap/tshark";

type SegmentEntry = Extract<LadderEntry, { kind: "segment" }>;
const FAST = { difficulty: "standard", timeFactor: 50 } as const;

let server: ColyseusTestServer;
let base = "";
useTestServer((s) => {
  server = s;
  base = httpUrl(s);
});

/**
 * Plays `scenarioId` once per server with two tutor-driven SDK clients; the match id and a
 * copy of the server's match. Finished matches stay in the server's database, so the tests
 * that read the same scenario's capture share one match.
 */
const played = new Map<string, Promise<{ id: string; match: MatchState }>>();
function playToEnd(scenarioId: string): Promise<{ id: string; match: MatchState }> {
  let game = played.get(scenarioId);
  if (!game) played.set(scenarioId, (game = playOnce(scenarioId)));
  return game;
}

async function playOnce(scenarioId: string): Promise<{ id: string; match: MatchState }> {
  const [a, b] = await pair(server, { scenarioId, ...FAST });
  const playA = autoplay(server, a, "A");
  const playB = autoplay(server, b, "B");
  a.send("ready", { ready: true });
  b.send("ready", { ready: true });
  await Promise.all([playA.finished, playB.finished]);
  await a.waitFor("phase finished", () => a.state.phase === "finished");
  const id: string = a.state.matchId;
  // A JSON copy: the room may go on (rematch) and the reducer updates its match in place.
  return { id, match: JSON.parse(JSON.stringify(serverMatch(server, a)!)) as MatchState };
}

async function fetchPcap(id: string): Promise<Uint8Array> {
  const res = await fetch(`${base}/api/matches/${id}/capture.pcap`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/vnd.tcpdump.pcap");
  expect(res.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="tcp-arena-.*-${id}\\.pcap"$`));
  return new Uint8Array(await res.arrayBuffer());
}

const segments = (m: MatchState) => m.ladder.filter((e): e is SegmentEntry => e.kind === "segment");
const flagsHex = (e: SegmentEntry) => {
  const f = e.segment.flags;
  return "0x" + ((f.ack ? 0x10 : 0) | (f.psh ? 8 : 0) | (f.rst ? 4 : 0) | (f.syn ? 2 : 0) | (f.fin ? 1 : 0)).toString(16).padStart(4, "0");
};
const fieldsOf = (e: SegmentEntry) => [flagsHex(e), String(e.segment.seq), String(e.segment.flags.ack ? e.segment.ack : 0)];

describe("replay.json of a finished match", () => {
  it("rebuilds from the stored inputs the very ladder the room played", async () => {
    const { id, match } = await playToEnd("four-way-close");
    const res = await fetch(`${base}/api/matches/${id}/replay.json`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.id).toBe(id);
    expect(body.scenarioId).toBe("four-way-close");
    expect(body.isn).toEqual(match.isn);
    expect(body.inputs).toEqual(match.inputs);
    expect(body.ladder).toEqual(match.ladder);
    expect(body.ended).toEqual(match.ended);
    expect(body.hosts.A).toEqual({ role: match.scenario.A.role, address: match.scenario.A.address, port: match.scenario.A.port });
  });

  it("answers 404 with a JSON error for an unknown or malformed id", async () => {
    for (const id of ["AAAAAAAAAAAAAAAA", "..%2F..%2Fetc", "%E0%A4%A"]) {
      const res = await fetch(`${base}/api/matches/${id}/replay.json`);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: "match/not-found" });
    }
    const pcap = await fetch(`${base}/api/matches/AAAAAAAAAAAAAAAA/capture.pcap`);
    expect(pcap.status).toBe(404);
    expect(pcap.headers.get("content-type")).toMatch(/^application\/json/);
  });
});

describe("capture.pcap of a finished match, read by tshark", () => {
  for (const scenario of SCENARIOS.filter((s) => s.goal.kind !== "none")) {
    it(`${scenario.number}. ${scenario.id}: every segment that crossed the wire, with the flags, sequence and ack numbers of the match log`, async () => {
      const { id, match } = await playToEnd(scenario.id);
      const pcap = await fetchPcap(id);
      const crossed = segments(match).filter((e) => e.departAt !== null);
      expect(crossed.length).toBeGreaterThan(0);
      const rows = await tsharkFields(pcap, ["tcp.flags", "tcp.seq_raw", "tcp.ack_raw"]);
      expect([...rows].map(String).sort()).toEqual(crossed.map((e) => String(fieldsOf(e))).sort());
      if (scenario.network.length === 0) {
        // One delay for every segment: the capture's order is the order they left in.
        const inOrder = crossed.map((e, i) => ({ e, i })).sort((x, y) => x.e.departAt! - y.e.departAt! || x.i - y.i);
        expect(rows).toEqual(inOrder.map(({ e }) => fieldsOf(e)));
      }
      for (const row of await tsharkFields(pcap, ["ip.checksum.status", "tcp.checksum.status"])) expect(row).toEqual(["1", "1"]);
    });
  }

  for (const scenarioId of [
    "handshake",
    "four-way-close",
    "half-close",
    "simultaneous-close",
    "fin-ack-combined",
    "connection-refused",
    "fin-wait-2-timeout",
  ]) {
    it(`${scenarioId}: Wireshark's TCP analysis raises no warning for the correct match`, async () => {
      const { id } = await playToEnd(scenarioId);
      expect(await tsharkFields(await fetchPcap(id), ["frame.number", "_ws.expert.message"], ANALYSIS_WARNINGS)).toEqual([]);
    });
  }

  // What Wireshark's TCP analysis says where the scenario makes the network (or a host) do
  // something unusual: each is what the scenario teaches, seen from a tap on the wire.
  const expectedWarnings: { scenarioId: string; why: string; flagged: { filter: string; flags: string[] }[] }[] = [
    {
      scenarioId: "lost-syn",
      why: "the SYN sent again after the first was lost",
      flagged: [{ filter: "tcp.analysis.retransmission", flags: ["0x0002"] }],
    },
    {
      scenarioId: "lost-final-ack",
      why: "LAST_ACK's FIN sent again, and TIME_WAIT's re-ACK repeating the lost ACK",
      flagged: [
        { filter: "tcp.analysis.retransmission", flags: ["0x0011"] },
        { filter: "tcp.analysis.duplicate_ack", flags: ["0x0010"] },
      ],
    },
    {
      scenarioId: "simultaneous-open",
      why: "each SYN,ACK repeats its SYN's sequence number (RFC 9293 3.5, figure 8), which Wireshark takes for a retransmission",
      flagged: [{ filter: "tcp.analysis.retransmission", flags: ["0x0012", "0x0012"] }],
    },
    {
      scenarioId: "old-duplicate",
      why: "the old duplicate carries bytes already acknowledged, and the receiver's ACK repeats the previous one",
      flagged: [
        { filter: "tcp.analysis.spurious_retransmission", flags: ["0x0018"] },
        { filter: "tcp.analysis.duplicate_ack", flags: ["0x0010"] },
      ],
    },
    {
      scenarioId: "quiet-time",
      why: "the rebooted host opens a new connection on the same ports",
      flagged: [{ filter: "tcp.analysis.reused_ports", flags: ["0x0002"] }],
    },
    {
      scenarioId: "full-lifecycle",
      why: "the network's copy of the data looks like a retransmission, and its ACK like a duplicate ACK",
      flagged: [
        { filter: "tcp.analysis.retransmission", flags: ["0x0018"] },
        { filter: "tcp.analysis.duplicate_ack", flags: ["0x0010"] },
      ],
    },
  ];
  for (const { scenarioId, why, flagged } of expectedWarnings) {
    it(`${scenarioId}: Wireshark's TCP analysis flags only ${why}`, async () => {
      const { id } = await playToEnd(scenarioId);
      const pcap = await fetchPcap(id);
      for (const f of flagged) expect((await tsharkFields(pcap, ["tcp.flags"], f.filter)).map((r) => r[0])).toEqual(f.flags);
      const total = flagged.reduce((n, f) => n + f.flags.length, 0);
      expect(await tsharkFields(pcap, ["frame.number"], ANALYSIS_WARNINGS)).toHaveLength(total);
    });
  }

  it("lost-final-ack: the lost ACK is in the capture (lost past the tap)", async () => {
    const { id, match } = await playToEnd("lost-final-ack");
    const lost = segments(match).filter((e) => e.fate === "dropped");
    expect(lost).toHaveLength(1);
    const rows = await tsharkFields(await fetchPcap(id), ["tcp.flags", "tcp.seq_raw", "tcp.ack_raw"]);
    expect(rows).toContainEqual(fieldsOf(lost[0]!));
  });
});
