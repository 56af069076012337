// The journal of matches in progress, in SQLite: each match's start (config, ISNs, the room
// around it) and then every input the reducer took, appended as they happen. A match is a
// pure reducer of its inputs (shared/match/replay.ts), so after a crash the journal rebuilds
// it exactly. Batching is batched-journal.ts's; a batch here is one synchronous transaction,
// done within flush(). A finished match leaves the journal in the same batch (it is in
// `matches` by then: MatchRepository.saveFinished).
//
// Each process keeps its own rows (`owner`, its PUBLIC_ADDRESS when several share one
// database): a process that restarts brings back its own matches, not those another process
// is still playing.
import type Database from "better-sqlite3";
import { BatchedJournal, FLUSH_MS, type JournalOp } from "./batched-journal";
import type { LiveMatch } from "./records";
import { liveMatchFromRow, liveMatchRow, type LiveMatchRow } from "./rows";

export { FLUSH_MS } from "./batched-journal";
export type { LiveMatch } from "./records";

export class MatchJournal extends BatchedJournal {
  private readonly run;
  private readonly listLive;
  private readonly inputsOf;

  constructor(
    db: Database.Database,
    flushMs = FLUSH_MS,
    private readonly owner = "",
  ) {
    super(flushMs);
    const insertMatch = db.prepare(
      `INSERT OR REPLACE INTO live_matches (id, room_id, room, scenario_id, config, isns, format, created_at, owner)
       VALUES (@id, @room_id, @room, @scenario_id, @config, @isns, @format, @created_at, @owner)`,
    );
    const updateRoom = db.prepare("UPDATE live_matches SET room = ? WHERE id = ?");
    const insertInput = db.prepare("INSERT OR REPLACE INTO live_inputs (match_id, n, input) VALUES (?, ?, ?)");
    const deleteMatch = db.prepare("DELETE FROM live_matches WHERE id = ?");
    const deleteInputs = db.prepare("DELETE FROM live_inputs WHERE match_id = ?");
    this.listLive = db.prepare("SELECT * FROM live_matches WHERE owner = ? ORDER BY created_at, id");
    this.inputsOf = db.prepare("SELECT input FROM live_inputs WHERE match_id = ? ORDER BY n");
    this.run = db.transaction((ops: readonly JournalOp[]) => {
      for (const op of ops) {
        switch (op.kind) {
          case "begin": {
            const m = op.match;
            deleteInputs.run(m.id);
            insertMatch.run({ ...liveMatchRow(m), owner: this.owner });
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

  protected write(ops: readonly JournalOp[]): void {
    this.run(ops);
  }

  protected async readLive<Config, Input, Room>(): Promise<LiveMatch<Config, Input, Room>[]> {
    const rows = this.listLive.all(this.owner) as LiveMatchRow[];
    return rows.map((row) =>
      liveMatchFromRow<Config, Input, Room>(
        row,
        (this.inputsOf.all(row.id) as { input: string }[]).map((r) => r.input),
      ),
    );
  }
}
