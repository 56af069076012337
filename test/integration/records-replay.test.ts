// A finished match played through the room by two real SDK clients is served back over HTTP:
// its replay (rebuilt from the stored input log) and its .pcap, read by Debian's tshark.
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ColyseusTestServer } from "@colyseus/testing";
import type { LadderEntry, MatchState } from "../../shared/match/types";
import { SCENARIOS } from "../../shared/scenarios";
import { bootServer, pair, serverMatch, TEST_PORT } from "./harness";
import { autoplay } from "./autoplay";
import { ANALYSIS_WARNINGS, tsharkFields } from "../pcap/tshark";

type SegmentEntry = Extract<LadderEntry, { kind: "segment" }>;
const FAST = { difficulty: "standard", timeFactor: 50 } as const;
const base = `http://127.0.0.1:${TEST_PORT}`;

let server: ColyseusTestServer;
const dirs: string[] = [];
beforeAll(async () => {
  server = await bootServer();
});
afterEach(async () => {
  await server.cleanup();
});
afterAll(async () => {
  await server.shutdown();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Plays `scenarioId` to its end with two tutor-driven SDK clients; the match id and the server's match. */
async function playToEnd(scenarioId: string): Promise<{ id: string; match: MatchState }> {
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

/** A GET on a new connection: fetch's keep-alive pool still holds sockets of a server that stopped. */
function freshGet(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.setTimeout(10_000, () => req.destroy(new Error("timeout")));
  });
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
      const rows = tsharkFields(pcap, ["tcp.flags", "tcp.seq_raw", "tcp.ack_raw"]);
      expect([...rows].map(String).sort()).toEqual(crossed.map((e) => String(fieldsOf(e))).sort());
      if (scenario.network.length === 0) {
        // One delay for every segment: the capture's order is the order they left in.
        const inOrder = crossed.map((e, i) => ({ e, i })).sort((x, y) => x.e.departAt! - y.e.departAt! || x.i - y.i);
        expect(rows).toEqual(inOrder.map(({ e }) => fieldsOf(e)));
      }
      for (const row of tsharkFields(pcap, ["ip.checksum.status", "tcp.checksum.status"])) expect(row).toEqual(["1", "1"]);
    });
  }

  for (const scenarioId of ["handshake", "four-way-close", "half-close", "simultaneous-close", "fin-ack-combined", "connection-refused"]) {
    it(`${scenarioId}: Wireshark's TCP analysis raises no warning for the correct match`, async () => {
      const { id } = await playToEnd(scenarioId);
      expect(tsharkFields(await fetchPcap(id), ["frame.number", "_ws.expert.message"], ANALYSIS_WARNINGS)).toEqual([]);
    });
  }

  it("lost-final-ack: the lost ACK is captured; Wireshark flags the FIN sent again and TIME_WAIT's re-ACK, nothing else", async () => {
    const { id, match } = await playToEnd("lost-final-ack");
    const pcap = await fetchPcap(id);
    expect(segments(match).some((e) => e.fate === "dropped")).toBe(true);
    const flagged = tsharkFields(pcap, ["frame.number"], ANALYSIS_WARNINGS).map((r) => r[0]);
    const retransmitted = tsharkFields(pcap, ["frame.number", "tcp.flags"], "tcp.analysis.retransmission");
    const dupAcks = tsharkFields(pcap, ["frame.number", "tcp.flags"], "tcp.analysis.duplicate_ack");
    expect(retransmitted.map((r) => r[1])).toEqual(["0x0011"]);
    expect(dupAcks.map((r) => r[1])).toEqual(["0x0010"]);
    expect(flagged).toEqual([retransmitted[0]![0], dupAcks[0]![0]]);
  });

  it("full-lifecycle: the network's duplicate of the data shows as a suspected retransmission, its ACK as a duplicate ACK", async () => {
    const { id, match } = await playToEnd("full-lifecycle");
    const pcap = await fetchPcap(id);
    const copy = segments(match).find((e) => e.copyOf !== null)!;
    expect(copy.segment.data.length).toBeGreaterThan(0);
    const retransmitted = tsharkFields(pcap, ["tcp.seq_raw", "tcp.len"], "tcp.analysis.retransmission");
    expect(retransmitted).toEqual([[String(copy.segment.seq), String(copy.segment.data.length)]]);
    const flagged = tsharkFields(pcap, ["frame.number"], ANALYSIS_WARNINGS);
    const dupAcks = tsharkFields(pcap, ["frame.number"], "tcp.analysis.duplicate_ack");
    expect(dupAcks).toHaveLength(1);
    expect(flagged).toHaveLength(2);
  });
});

describe("stored matches across a restart", () => {
  it("serves the replay of a match finished before the server restarted", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tcp-arena-restart-"));
    dirs.push(dir);
    await server.shutdown();
    server = await bootServer({ dbPath: join(dir, "arena.sqlite") });
    const { id, match } = await playToEnd("handshake");
    await server.shutdown();
    server = await bootServer({ dbPath: join(dir, "arena.sqlite") });
    const res = await freshGet(`${base}/api/matches/${id}/replay.json`);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).ladder).toEqual(match.ladder);
  });
});
