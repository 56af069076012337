// The journal of matches in progress: each match's start (config, ISNs, the room around it)
// and then every input the reducer took, appended as they happen. A match is a pure reducer
// of its inputs (shared/match/replay.ts), so after a crash the journal rebuilds it exactly.
//
// Writes are batched: they wait in memory and go to SQLite in one transaction every
// FLUSH_MS (a few thousand inputs a second from thousands of players cost a handful of
// transactions). A crash loses at most the last FLUSH_MS of inputs; the players see the
// match as it was a moment before. A finished match leaves the journal in the same batch
// (it is in `matches` by then: MatchRepository.saveFinished).
import type Database from "better-sqlite3";
import { isMatchId, MATCH_FORMAT } from "./matches";

export const FLUSH_MS = 50;

export interface LiveMatch<Config = unknown, Input = unknown, Room = unknown> {
  id: string;
  roomId: string;
  room: Room;
  scenarioId: string;
  config: Config;
  isns: { A: number; B: number };
  createdAt: number;
  inputs: Input[];
  format?: number;
}

type Op =
  | { kind: "begin"; match: LiveMatch }
  | { kind: "room"; id: string; room: unknown }
  | { kind: "inputs"; id: string; from: number; inputs: unknown[] }
  | { kind: "end"; id: string };

export class MatchJournal {
  private queue: Op[] = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly run;
  private readonly listLive;
  private readonly inputsOf;

  constructor(
    db: Database.Database,
    private readonly flushMs = FLUSH_MS,
  ) {
    const insertMatch = db.prepare(
      `INSERT OR REPLACE INTO live_matches (id, room_id, room, scenario_id, config, isns, format, created_at)
       VALUES (@id, @room_id, @room, @scenario_id, @config, @isns, @format, @created_at)`,
    );
    const updateRoom = db.prepare("UPDATE live_matches SET room = ? WHERE id = ?");
    const insertInput = db.prepare("INSERT OR REPLACE INTO live_inputs (match_id, n, input) VALUES (?, ?, ?)");
    const deleteMatch = db.prepare("DELETE FROM live_matches WHERE id = ?");
    const deleteInputs = db.prepare("DELETE FROM live_inputs WHERE match_id = ?");
    this.listLive = db.prepare("SELECT * FROM live_matches ORDER BY created_at, id");
    this.inputsOf = db.prepare("SELECT input FROM live_inputs WHERE match_id = ? ORDER BY n");
    this.run = db.transaction((ops: Op[]) => {
      for (const op of ops) {
        switch (op.kind) {
          case "begin": {
            const m = op.match;
            deleteInputs.run(m.id);
            insertMatch.run({
              id: m.id,
              room_id: m.roomId,
              room: JSON.stringify(m.room),
              scenario_id: m.scenarioId,
              config: JSON.stringify(m.config),
              isns: JSON.stringify(m.isns),
              format: m.format ?? MATCH_FORMAT,
              created_at: m.createdAt,
            });
            m.inputs.forEach((input, n) => insertInput.run(m.id, n, JSON.stringify(input)));
            break;
          }
          case "room":
            updateRoom.run(JSON.stringify(op.room), op.id);
            break;
          case "inputs":
            op.inputs.forEach((input, i) => insertInput.run(op.id, op.from + i, JSON.stringify(input)));
            break;
          case "end":
            deleteInputs.run(op.id);
            deleteMatch.run(op.id);
            break;
        }
      }
    });
  }

  /** A match has started (or restarted from the journal itself: its inputs so far come along). */
  begin(match: LiveMatch): void {
    if (!isMatchId(match.id)) throw new Error(`invalid match id ${JSON.stringify(match.id)}`);
    this.push({ kind: "begin", match: { ...match, inputs: [...match.inputs] } });
  }

  /** The room around the match changed (a bot took a seat, a secret was issued). */
  setRoom(id: string, room: unknown): void {
    this.push({ kind: "room", id, room });
  }

  /** Inputs `from`, `from + 1`, … of the match's log. */
  append(id: string, from: number, inputs: readonly unknown[]): void {
    if (inputs.length > 0) this.push({ kind: "inputs", id, from, inputs: [...inputs] });
  }

  /** The match is over (saved as finished, or abandoned): it will not come back. */
  end(id: string): void {
    this.push({ kind: "end", id });
  }

  /** Writes what waits, in one transaction. */
  flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.queue.length === 0) return;
    const ops = this.queue;
    this.queue = [];
    this.run(ops);
  }

  /** Every match the journal holds (after a crash: those that were in progress). */
  live<Config = unknown, Input = unknown, Room = unknown>(): LiveMatch<Config, Input, Room>[] {
    this.flush();
    const rows = this.listLive.all() as {
      id: string;
      room_id: string;
      room: string;
      scenario_id: string;
      config: string;
      isns: string;
      format: number;
      created_at: number;
    }[];
    return rows.map((row) => ({
      id: row.id,
      roomId: row.room_id,
      room: JSON.parse(row.room) as Room,
      scenarioId: row.scenario_id,
      config: JSON.parse(row.config) as Config,
      isns: JSON.parse(row.isns) as { A: number; B: number },
      format: row.format,
      createdAt: row.created_at,
      inputs: (this.inputsOf.all(row.id) as { input: string }[]).map((r) => JSON.parse(r.input) as Input),
    }));
  }

  close(): void {
    this.flush();
  }

  private push(op: Op): void {
    this.queue.push(op);
    if (this.timer === null) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.flush();
      }, this.flushMs);
      this.timer.unref();
    }
  }
}
