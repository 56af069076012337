// The server is the only judge and the true state is its secret: this test records every
// message and every patch each client (both players and a spectator) receives during full
// matches, and shows that no TCP state reaches anyone except as an answer to a declaration
// already made, a state its side had already learnt, or public scenario data.
import { describe, expect, it } from "vitest";
import type { ColyseusTestServer } from "@colyseus/testing";
import { TCP_STATES, type TcpState } from "../../shared/tcp/types";
import { getScenario } from "../../shared/scenarios";
import { mergeView, type EventsMessage, type ViewMessage } from "../../shared/protocol";
import type { MatchEvent, PlayerView, Side } from "../../shared/match/types";
import { joinRoom, pair, type Player, useTestServer } from "./harness";
import { autoplay } from "./autoplay";

let server: ColyseusTestServer;
useTestServer((s) => (server = s));

const STATES = new Set<string>(TCP_STATES);

/** Every TCP state name found in a value, with its path ("view.A.revealed", "events.2.truth"...). */
function statesIn(value: unknown, path: string[] = [], found: { path: string[]; state: string }[] = []) {
  if (typeof value === "string") {
    if (STATES.has(value)) found.push({ path, state: value });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => statesIn(v, [...path, String(i)], found));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) statesIn(v, [...path, k], found);
  }
  return found;
}

interface Learnt {
  side: Side;
  state: TcpState;
  now: number;
  checkpointId: number;
}

/** States each side learnt, from the `declared` events (the answer to a declaration). */
function learntStates(players: Player[]): Learnt[] {
  const learnt: Learnt[] = [];
  for (const p of players) {
    for (const r of p.received) {
      if (r.type !== "events") continue;
      const m = r.payload as EventsMessage;
      for (const e of m.events) {
        if (e.type === "declared" && e.truth) learnt.push({ side: e.side, state: e.truth, now: m.now, checkpointId: e.checkpointId });
      }
    }
  }
  return learnt;
}

/** Checks one client's whole reception; returns the leaks found (empty when none). */
function leaks(player: Player, learnt: Learnt[], startStates: Record<Side, TcpState>): string[] {
  const out: string[] = [];
  player.patches.forEach((patch, i) => {
    for (const f of statesIn(JSON.parse(patch))) out.push(`patch ${i}: ${f.path.join(".")}=${f.state}`);
  });
  // A spectator learns nothing during play (a player could open a spectator tab on their
  // own room): only the public starting states, and everything once the match has ended.
  const knew = (side: Side, state: string, now: number, ended: boolean) =>
    state === startStates[side] ||
    ((player.welcome?.you !== "spectator" || ended) && learnt.some((l) => l.side === side && l.state === state && l.now <= now));
  // A view message carries only what changed (see ViewFrame): the view as the client
  // rebuilds it gives the viewer, the end and the checkpoint, while every state name is looked
  // for in what the message itself carries, its entries changed in place included.
  let whole: PlayerView | null = null;
  let wholeMatch = -1;
  player.received.forEach((r, i) => {
    if (r.type === "view") {
      const message = r.payload as ViewMessage;
      const { now, view } = message;
      whole = mergeView(message.matchNumber === wholeMatch ? whole : null, message);
      wholeMatch = message.matchNumber;
      const { viewer, ended, you } = whole;
      if (you?.checkpoint && you.timers !== null) out.push(`view ${i}: timers shown during a checkpoint`);
      const changed = message.changed ?? [];
      for (const f of [...statesIn(view), ...statesIn(changed, ["changed"])]) {
        const [head, second] = f.path;
        if (head === "goal") continue; // the scenario's goal is public
        if ((head === "A" || head === "B") && second === "revealed" && knew(head, f.state, now, ended !== null)) continue;
        // A declaration in the ladder exists only once it was made; its answer is public to its side.
        // The peer's declarations stay hidden from a player, and both from a spectator, until the end.
        // (`changed` carries a segment's fate and times only: no entry to excuse a state in.)
        const entry = head === "ladder" ? view.ladder[Number(second)] : undefined;
        const visible = entry?.kind === "declaration" && (entry.side === viewer || ended !== null);
        if (visible) continue;
        out.push(`view ${i} at ${now}: ${f.path.join(".")}=${f.state}`);
      }
    } else if (r.type === "events") {
      const { now, events } = r.payload as EventsMessage;
      for (const f of statesIn(events)) {
        const event = events[Number(f.path[0])]!;
        if (event.type === "declared") continue; // the answer to the declaration itself
        // The engine's notes (the why) come once the checkpoint is answered, and end in its truth.
        if (event.type === "notes") {
          const answer = learnt.find((l) => l.side === event.side && l.checkpointId === event.checkpointId && l.now <= now);
          const transitions = event.notes.filter((n) => n.code === "state/transition");
          if (answer && transitions.at(-1)?.params.to === answer.state) continue;
        }
        out.push(`events ${i} at ${now}: ${event.type}.${f.path.slice(1).join(".")}=${f.state}`);
      }
    } else {
      for (const f of statesIn(r.payload)) out.push(`${r.type} ${i}: ${f.path.join(".")}=${f.state}`);
    }
  });
  return out;
}

/** What a spectator received during play beyond what both players may see (empty when none). */
function spectatorExtras(spectator: Player): string[] {
  const out: string[] = [];
  spectator.received.forEach((r, i) => {
    if (r.type === "view") {
      // `changed` carries a segment's fate and times only, never an entry.
      const { view } = r.payload as ViewMessage;
      if (view.ended !== null) return;
      if ((view.A?.revealed ?? null) !== null || (view.B?.revealed ?? null) !== null) out.push(`view ${i}: a learnt state`);
      view.ladder.forEach((e, j) => {
        if (e.kind === "declaration" || e.kind === "refused" || e.kind === "timer") out.push(`view ${i}: ladder.${j} ${e.kind}`);
        if (e.kind === "segment" && e.verdict !== null) out.push(`view ${i}: ladder.${j} verdict`);
      });
    } else if (r.type === "events") {
      for (const e of (r.payload as EventsMessage).events) {
        if (e.audience !== "all") out.push(`events ${i}: ${e.type} for ${e.audience}`);
      }
    }
  });
  return out;
}

function checkpointEvents(player: Player): Extract<MatchEvent, { type: "checkpoint" }>[] {
  const out: Extract<MatchEvent, { type: "checkpoint" }>[] = [];
  for (const r of player.received) {
    if (r.type !== "events") continue;
    for (const e of (r.payload as EventsMessage).events) if (e.type === "checkpoint") out.push(e);
  }
  return out;
}

/**
 * Causes of the other side's checkpoints a client received during play (a timer fired on
 * the other side, a segment reached it...): they tell which event moved the other endpoint.
 */
function causesOfOthers(player: Player, me: Side | "spectator"): string[] {
  const out: string[] = [];
  player.received.forEach((r, i) => {
    if (r.type !== "events") return;
    for (const e of (r.payload as EventsMessage).events) {
      if (e.type === "checkpoint" && e.side !== me && e.cause !== null)
        out.push(`events ${i}: ${e.side}'s checkpoint ${e.checkpointId} cause ${e.cause.kind}`);
    }
  });
  return out;
}

/**
 * Views in which `player` was shown the peer's ISS before the peer's SYN carrying it had
 * arrived (RFC 9293 3.4: the IRS comes from the SYN). Ended matches show everything.
 */
function issShownEarly(player: Player, peer: Side): string[] {
  const out: string[] = [];
  let view: PlayerView | null = null;
  player.received.forEach((r, i) => {
    if (r.type !== "view") return;
    view = mergeView(view, r.payload as ViewMessage);
    const iss = view[peer].iss;
    if (iss === null || view.ended) return;
    const heard = view.ladder.some(
      (e) => e.kind === "segment" && e.from === peer && e.arrivedAt !== null && e.segment.flags.syn && e.segment.seq === iss,
    );
    if (!heard) out.push(`view ${i}: ${peer}.iss=${iss}`);
  });
  return out;
}

describe("hidden truth", () => {
  for (const scenarioId of ["full-lifecycle", "lost-final-ack", "simultaneous-close"]) {
    it(`${scenarioId}: no client (players or spectator) receives a true state before it is declared`, async () => {
      const scenario = getScenario(scenarioId)!;
      const [a, b] = await pair(server, { scenarioId, difficulty: "standard", timeFactor: 50 });
      const spectator = await joinRoom(server, a.room.roomId, { spectator: true });
      const playA = autoplay(server, a, "A");
      const playB = autoplay(server, b, "B");
      a.send("ready", { ready: true });
      b.send("ready", { ready: true });
      await Promise.all([playA.finished, playB.finished]);
      await spectator.waitFor("the spectator sees the end", () => spectator.view?.ended);

      const players = [a, b];
      const learnt = learntStates(players);
      // The test means something only if states were actually learnt along the way.
      expect(learnt.length).toBeGreaterThan(4);
      const starts = { A: scenario.A.start, B: scenario.B.start };
      for (const p of [a, b, spectator]) {
        expect(p.received.length).toBeGreaterThan(10);
        expect(leaks(p, learnt, starts)).toEqual([]);
      }
      expect(spectatorExtras(spectator)).toEqual([]);
      expect(causesOfOthers(a, "A")).toEqual([]);
      expect(causesOfOthers(b, "B")).toEqual([]);
      expect(causesOfOthers(spectator, "spectator")).toEqual([]);
      // A checkpoint is announced by the view alone (shared/match/view.ts EVENTS_THE_VIEW_CARRIES):
      // no checkpoint event, with or without its cause, reaches anyone...
      for (const p of [a, b, spectator]) expect(checkpointEvents(p)).toEqual([]);
      // ...and the peer's checkpoints were announced all the same, in the side box.
      expect(a.views.filter((m) => m.view.ended === null && m.view.B.checkpointPending).length).toBeGreaterThan(0);
      expect(b.views.filter((m) => m.view.ended === null && m.view.A.checkpointPending).length).toBeGreaterThan(0);
    });
  }

  it("guided: the owed segments come only as the hint, never while a checkpoint is pending", async () => {
    const [a, b] = await pair(server, { scenarioId: "full-lifecycle", difficulty: "guided", timeFactor: 50 });
    const playA = autoplay(server, a, "A");
    const playB = autoplay(server, b, "B");
    a.send("ready", { ready: true });
    b.send("ready", { ready: true });
    await Promise.all([playA.finished, playB.finished]);
    for (const p of [a, b]) {
      const sent = p.received.filter((r) => r.type === "events").flatMap((r) => (r.payload as EventsMessage).events);
      expect(sent.length).toBeGreaterThan(0);
      expect(sent.filter((e) => e.type === "owed-hint")).toEqual([]);
      const during = p.views.filter((m) => m.view.ended === null && m.view.you !== null);
      // The hint was shown (the test means something)...
      expect(during.filter((m) => m.view.you!.hint !== null && m.view.you!.hint.length > 0).length).toBeGreaterThan(0);
      // ...and never beside a pending checkpoint, whose answer the owed segments would give away.
      expect(during.filter((m) => m.view.you!.checkpoint !== null && m.view.you!.hint !== null)).toEqual([]);
    }
  });

  it("a player sees the peer's ISS only once the peer's SYN carrying it has arrived", async () => {
    const [a, b] = await pair(server, { scenarioId: "full-lifecycle", difficulty: "standard", timeFactor: 50 });
    const playA = autoplay(server, a, "A");
    const playB = autoplay(server, b, "B");
    a.send("ready", { ready: true });
    b.send("ready", { ready: true });
    const first = await b.waitFor("B's first view", () => b.received.find((r) => r.type === "view"));
    // The server listens: nothing of the client has reached it yet.
    // (A first view is whole: both side boxes are in it.)
    expect((first.payload as ViewMessage).view.A?.iss).toBeNull();
    expect((first.payload as ViewMessage).view.B?.iss).toEqual(expect.any(Number));
    await Promise.all([playA.finished, playB.finished]);
    expect(issShownEarly(a, "B")).toEqual([]);
    expect(issShownEarly(b, "A")).toEqual([]);
    // ...and each did learn it: the views during play carry the peer's ISS after its SYN.
    const during = (p: Player, peer: Side) => p.views.filter((m) => m.view.ended === null && m.view[peer].iss !== null);
    expect(during(a, "B").length).toBeGreaterThan(0);
    expect(during(b, "A").length).toBeGreaterThan(0);
  });

  it("the ISS check itself flags a peer's ISS shown before its SYN arrived", () => {
    const view = { viewer: "B", A: { iss: 7, revealed: null }, B: { iss: 9, revealed: null }, ladder: [], ended: null };
    const fake = { received: [{ type: "view", payload: { now: 5, matchNumber: 1, ladderFrom: 0, view } }] } as unknown as Player;
    expect(issShownEarly(fake, "A")).toEqual(["view 0: A.iss=7"]);
  });

  it("the cause check itself flags a peer's checkpoint cause shown during play", () => {
    const e = { type: "checkpoint", audience: "all", side: "B", checkpointId: 2, cause: { kind: "timer" } };
    const fake = { received: [{ type: "events", payload: { now: 5, matchNumber: 1, events: [e] } }] } as unknown as Player;
    expect(causesOfOthers(fake, "A")).toEqual(["events 0: B's checkpoint 2 cause timer"]);
    expect(causesOfOthers(fake, "B")).toEqual([]);
  });

  it("the leak detector itself flags a true state sent early", () => {
    const fake = {
      received: [{ type: "events", payload: { now: 5, matchNumber: 1, events: [{ type: "note", audience: "A", to: "SYN_SENT" }] } }],
      patches: [],
    } as unknown as Player;
    expect(leaks(fake, [], { A: "CLOSED", B: "LISTEN" })).toHaveLength(1);
  });

  it("the spectator check itself flags a declaration shown during play", () => {
    const declaration = {
      kind: "declaration",
      side: "A",
      checkpointId: 1,
      declared: "SYN_SENT",
      truth: "SYN_SENT",
      right: true,
      try: 1,
      at: 0,
      wall: 0,
      notes: [],
    };
    const view = { viewer: "spectator", A: { revealed: null }, B: { revealed: null }, ladder: [declaration], ended: null };
    const fake = {
      welcome: { you: "spectator" },
      received: [{ type: "view", payload: { now: 5, matchNumber: 1, ladderFrom: 0, view } }],
      patches: [],
    } as unknown as Player;
    expect(spectatorExtras(fake)).toEqual(["view 0: ladder.0 declaration"]);
    // ...and the state scanner flags the state names it carries.
    expect(leaks(fake, [], { A: "CLOSED", B: "LISTEN" }).some((l) => l.includes("ladder.0.declared=SYN_SENT"))).toBe(true);
  });
});
