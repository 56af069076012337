// The peer's ISS is shown only once the player could know it: from the peer's SYN.
import { describe, expect, it } from "vitest";
import type { LadderEntry, PlayerView } from "../../shared/match/types";
import { learnt, peerIssKnown } from "../../client/src/match/knowledge";

const flags = (syn: boolean) => ({ syn, ack: !syn, fin: false, rst: false, psh: false });
const seg = (from: "A" | "B", seq: number, syn: boolean, arrivedAt: number | null): LadderEntry =>
  ({
    kind: "segment",
    id: seq,
    from,
    segment: { seq, ack: 0, flags: flags(syn), window: 0, data: "" },
    sentAt: 0,
    departAt: 0,
    arrivedAt,
    fate: arrivedAt === null ? "flying" : "delivered",
    copyOf: null,
    verdict: null,
  }) as LadderEntry;
const view = (scenarioId: string, ladder: LadderEntry[], ended = false): PlayerView =>
  ({
    scenarioId,
    ladder,
    ended: ended ? { reason: "goal", wall: 1, net: 1 } : null,
    A: { iss: 4294967000 },
    B: { iss: 77 },
  }) as unknown as PlayerView;

describe("the peer's ISS on screen", () => {
  it("is unknown to a client before the server's SYN has arrived", () => {
    expect(peerIssKnown(view("handshake", []), "A")).toBe(false);
    expect(peerIssKnown(view("handshake", [seg("B", 77, true, null)]), "A")).toBe(false);
  });

  it("is known once the peer's SYN carrying it has arrived", () => {
    expect(peerIssKnown(view("handshake", [seg("A", 4294967000, true, 5), seg("B", 77, true, 9)]), "A")).toBe(true);
    expect(peerIssKnown(view("handshake", [seg("A", 4294967000, true, 5)]), "B")).toBe(true);
  });

  it("is not told by a SYN of an earlier incarnation with another ISS", () => {
    expect(peerIssKnown(view("handshake", [seg("B", 12, true, 9)]), "A")).toBe(false);
  });

  it("is known to a side that starts ESTABLISHED and to everyone after the match", () => {
    expect(peerIssKnown(view("four-way-close", []), "A")).toBe(true);
    expect(peerIssKnown(view("handshake", [], true), "A")).toBe(true);
  });

  it("is not told by the peer's plain ACK", () => {
    expect(peerIssKnown(view("handshake", [seg("B", 77, false, 9)]), "A")).toBe(false);
  });
});

describe("what the host box says a player has learnt", () => {
  const ackSeg = (from: "A" | "B", seq: number, ack: number, syn: boolean, arrivedAt: number | null): LadderEntry =>
    ({
      kind: "segment",
      id: seq + ack,
      from,
      segment: { seq, ack, flags: { syn, ack: true, fin: false, rst: false, psh: false }, window: 0, data: "" },
      sentAt: 0,
      departAt: 0,
      arrivedAt,
      fate: arrivedAt === null ? "flying" : "delivered",
      copyOf: null,
      verdict: null,
    }) as LadderEntry;

  it("starts at the ISS before the first SYN, with no ack received", () => {
    expect(learnt(view("handshake", []), "A", 4294967000)).toEqual({ nextSeq: 4294967000, lastAck: null });
  });

  it("counts one number for the SYN (wrapping past 2^32) and reads the ack of the peer's SYN,ACK once it arrived", () => {
    const ladder = [seg("A", 4294967295, true, 5), ackSeg("B", 77, 0, true, null)];
    expect(learnt(view("handshake", ladder), "A", 4294967295)).toEqual({ nextSeq: 0, lastAck: null });
    const arrived = [seg("A", 4294967295, true, 5), ackSeg("B", 77, 0, true, 9)];
    expect(learnt(view("handshake", arrived), "A", 4294967295)).toEqual({ nextSeq: 0, lastAck: 0 });
  });

  it("starts a fresh count with a new ISS after a return to CLOSED", () => {
    const ladder = [seg("A", 500, true, 5)];
    expect(learnt(view("handshake", ladder), "A", 9000).nextSeq).toBe(9000);
  });

  it("has used one number for the SYN when the scenario starts ESTABLISHED", () => {
    expect(learnt(view("four-way-close", []), "A", 100).nextSeq).toBe(101);
  });
});
