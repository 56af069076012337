// A match room's side of the journal (server/storage/journal.ts): the record of the room
// around its match, the match's start, each input as it is taken, the end. The room gives
// the facts; this file decides what is written and when.
import { matchMaker } from "@colyseus/core";
import type { Side } from "../../shared/match/types";
import type { RoomMode } from "../../shared/protocol";
import { services } from "../services";
import type { MatchSession } from "./match-session";
import { savedOrFailed } from "./results";
import { hashSecret, type RoomRecord, type SeatRecord } from "./recovery";
import type { ServerMatchOptions } from "./server-options";
import type { RoomState } from "./state";

/** What the journal needs to know of the room, read when it writes. */
export interface JournaledRoom {
  roomId: string;
  state: RoomState;
  plan: ServerMatchOptions | null;
  session: MatchSession | null;
  createdAt: number;
  /** The resume secret of the player in this seat, if one is connected. */
  secretOf(side: Side): string | null;
  botPlan(side: Side): { bot: "tutor" | "trickster"; mistakeRate: number } | undefined;
  /** A brought-back seat whose player has not returned yet: the hash it waits for. */
  awaitedHash(side: Side): string | null;
}

export class RoomJournal {
  /** How many of the match's inputs are written (or queued). */
  private journaled = 0;

  constructor(private readonly facts: () => JournaledRoom) {}

  record(): RoomRecord {
    const room = this.facts();
    const state = room.state;
    const seatRecord = (side: Side): SeatRecord => {
      const seat = state.seats.get(side)!;
      if (seat.kind === "bot") {
        const plan = room.botPlan(side) ?? { bot: seat.bot as "tutor" | "trickster", mistakeRate: 0.3 };
        return { kind: "bot", name: seat.name, bot: plan.bot, mistakeRate: plan.mistakeRate };
      }
      if (seat.kind !== "human") return { kind: "empty" };
      const secret = room.secretOf(side);
      return { kind: "human", name: seat.name, resumeHash: secret ? hashSecret(secret) : room.awaitedHash(side) };
    };
    return {
      mode: state.mode as RoomMode,
      settings: {
        scenarioId: state.scenarioId,
        difficulty: state.difficulty as RoomRecord["settings"]["difficulty"],
        timeFactor: state.timeFactor,
        lossRate: state.lossRate,
      },
      matchNumber: state.matchNumber,
      seats: { A: seatRecord("A"), B: seatRecord("B") },
      plan: room.plan,
    };
  }

  /** A match has started in the room. */
  begin(): void {
    const journal = services().journal;
    const room = this.facts();
    const m = room.session?.match;
    if (!journal || !m) return;
    journal.begin({
      id: room.state.matchId,
      roomId: room.roomId,
      room: this.record(),
      scenarioId: m.scenario.id,
      config: m.config,
      isns: { ...m.isn },
      createdAt: room.createdAt,
      inputs: [...m.inputs],
    });
    this.journaled = m.inputs.length;
  }

  /** A match brought back from the journal: its first `n` inputs are written already. */
  resumedWith(n: number): void {
    this.journaled = n;
  }

  /** After each reducer step: the inputs it added. */
  inputs(): void {
    const journal = services().journal;
    const room = this.facts();
    const inputs = room.session?.match.inputs;
    if (!journal || !inputs || inputs.length <= this.journaled) return;
    journal.append(room.state.matchId, this.journaled, inputs.slice(this.journaled));
    this.journaled = inputs.length;
  }

  /** The seats changed mid-match (a bot took one). */
  roomChanged(): void {
    const room = this.facts();
    if (room.session && !room.session.ended) services().journal?.setRoom(room.state.matchId, this.record());
  }

  /** The match was saved as finished: it leaves the journal once the save has settled. */
  finished(): void {
    const id = this.facts().state.matchId;
    void savedOrFailed(id).then(() => services().journal?.end(id));
  }

  /** A room that goes away mid-match (everyone left) takes its match along; a shutdown does not. */
  disposed(): void {
    const journal = services().journal;
    const room = this.facts();
    if (!journal || !room.session || room.session.ended) return;
    if (matchMaker.state === matchMaker.MatchMakerState.SHUTTING_DOWN) void journal.flush();
    else journal.end(room.state.matchId);
  }
}
