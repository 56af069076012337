// Players of the real match room: a private room per pair (create + joinById, which the
// matchmaker serves far faster than a burst of joinOrCreate), guided difficulty, the
// scenarios in rotation, a rematch after each match. Each player plays from its views only
// (view-player.ts).
//
// Latency of an action to the peer's update: for a segment, until the events of the peer's `view` show
// that segment on the wire; for a declaration or a call, until the peer's next `view` (the
// room sends every client its view after each input). A segment the referee blocks never
// reaches the peer: it is dropped from the figures, not counted as unanswered.
import type { Client, Room } from "@colyseus/sdk";
import type { MatchEvent, PlayerAction, PlayerView } from "../../shared/match/types";
import { MATCH_ROOM, mergeView, wholeEvents, type ViewMessage } from "../../shared/protocol";
import { SCENARIOS } from "../../shared/scenarios";
import type { Scenario, Side } from "../../shared/scenarios/types";
import type { Pair } from "./pair";
import type { Recorder } from "./recorder";
import { decide, newViewPlayerMemory, onRejected, type ViewPlayerMemory } from "./view-player";

const PLAYABLE: readonly Scenario[] = SCENARIOS.filter((s) => s.goal.kind !== "none");

interface Expect {
  key: string;
  kind: "segment" | "other";
  seq: number;
  flags: string;
}

interface Player {
  room: Room;
  side: Side | null;
  view: PlayerView | null;
  /** The match of `view` (its deltas merge only within one). */
  viewMatchNumber: number;
  matchNumber: number;
  memory: ViewPlayerMemory;
  lastFinMode: "shutdown" | "close" | undefined;
  /** What the peer must see for this player's last action. */
  expect: Expect | null;
  rematchSentFor: number;
}

const flagText = (f: { syn: boolean; ack: boolean; fin: boolean; rst: boolean }) =>
  `${f.syn ? "S" : ""}${f.ack ? "A" : ""}${f.fin ? "F" : ""}${f.rst ? "R" : ""}`;

function sendAction(room: Room, action: PlayerAction, clientSeq: number): void {
  if (action.type === "segment")
    room.send("segment", { ...action.segment, ...(action.finMode ? { finMode: action.finMode } : {}), clientSeq });
  else if (action.type === "call") room.send("call", { call: action.call, clientSeq });
  else if (action.type === "declare") room.send("declare", { state: action.state, clientSeq });
}

export async function joinMatchPair(client: Client, index: number, rec: Recorder): Promise<Pair> {
  const scenario = PLAYABLE[index % PLAYABLE.length]!;
  const a = await client.create(MATCH_ROOM, {
    mode: "private",
    name: `load${index}a`,
    settings: { scenarioId: scenario.id, difficulty: "guided" },
  });
  // Each room's `welcome` is listened for as soon as the room exists: the creator's comes
  // while the peer joins, before the handlers below, and the SDK would warn once per match of
  // a message nobody listens to. The side is read from views.
  a.onMessage("welcome", () => {});
  const b = await client.joinById(a.roomId, { name: `load${index}b` });
  b.onMessage("welcome", () => {});
  const players: Player[] = [a, b].map((room) => ({
    room,
    side: null,
    view: null,
    viewMatchNumber: -1,
    matchNumber: 0,
    memory: newViewPlayerMemory(),
    lastFinMode: undefined,
    expect: null,
    rematchSentFor: 0,
  }));

  players.forEach((me, i) => {
    const peer = players[1 - i]!;
    const room = me.room;
    room.onMessage("error", (m: { code: string; message: string }) => rec.error(`${m.code}: ${m.message}`));
    const onEvents = (events: MatchEvent[], at: number) => {
      for (const e of events) {
        if (
          e.type === "segment-sent" &&
          peer.expect?.kind === "segment" &&
          e.from === peer.side &&
          e.segment.seq === peer.expect.seq &&
          flagText(e.segment.flags) === peer.expect.flags
        ) {
          rec.seen(peer.expect.key, at);
          peer.expect = null;
        } else if (e.type === "rejected" && e.side === me.side) {
          me.memory = onRejected(me.memory, e.rejection, me.lastFinMode);
          if (me.expect) rec.cancel(me.expect.key);
          me.expect = null;
        }
      }
    };
    room.onMessage("view", (m: ViewMessage) => {
      const at = performance.now();
      rec.received();
      // The events are whole once the view they came with is merged (wholeEvents).
      const view = mergeView(m.matchNumber === me.viewMatchNumber ? me.view : null, m);
      if (m.events) onEvents(wholeEvents(m.events, view), at);
      if (peer.expect?.kind === "other") {
        rec.seen(peer.expect.key, at);
        peer.expect = null;
      }
      if (m.matchNumber !== me.matchNumber) {
        me.matchNumber = m.matchNumber;
        me.memory = newViewPlayerMemory();
        me.expect = null;
      }
      me.view = view;
      me.viewMatchNumber = m.matchNumber;
      me.side = me.view.you?.side ?? null;
      if (me.view.ended !== null && me.rematchSentFor !== m.matchNumber) {
        me.rematchSentFor = m.matchNumber;
        if (i === 0) rec.matchesFinished++;
        room.send("rematch", {});
      }
    });
    room.onError((code, message) => rec.error(`room error ${code} ${message ?? ""}`));
    room.send("ready", { ready: true });
  });

  return {
    players: 2,
    roomId: a.roomId,
    act(i: number): void {
      const me = players[i]!;
      const view = me.view;
      if (!view || view.you === null || view.ended !== null || me.side === null) return;
      // The peer's last move may have ended the match after this view was sent.
      if ((me.room.state as { phase?: string } | undefined)?.phase !== "playing") return;
      const { action, memory } = decide(view, scenario, me.memory);
      me.memory = memory;
      if (!action) return;
      const clientSeq = view.you.nextClientSeq;
      const key = `${index}:${i}:${me.matchNumber}:${clientSeq}`;
      me.lastFinMode = action.type === "segment" ? action.finMode : undefined;
      me.expect =
        action.type === "segment"
          ? { key, kind: "segment", seq: action.segment.seq, flags: flagText(action.segment.flags) }
          : { key, kind: "other", seq: 0, flags: "" };
      rec.sent(key, performance.now());
      sendAction(me.room, action, clientSeq);
    },
    connected: () => players.filter((p) => p.room.connection.isOpen).length,
    async leave(): Promise<void> {
      await Promise.allSettled(players.map((p) => p.room.leave(true)));
    },
  };
}
