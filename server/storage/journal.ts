// The journal of matches in progress, in SQLite: each match's start (config, ISNs, the room
// around it) and then every input the reducer took, appended as they happen. A match is a
// pure reducer of its inputs (shared/match/replay.ts), so after a crash the journal rebuilds
// it exactly. Batching is batched-journal.ts's; a batch here is one synchronous transaction,
// done within flush(). A finished match leaves `live_matches` in a batch after its save has
// settled (it is in `matches` by then: MatchRepository.saveFinished).
//
// The inputs of all matches go to one log, `live_log`, in the order they are written
// (migration 0004; docs/adr/0010-sqlite-journal-as-one-log.md). Thousands of matches grow at
// once; a table keyed by match gave each input a page of its own, and each batch rewrote one
// page per input. Appended in order, a batch rewrites the log's last pages only. The rows of
// a match that ended stay in the log until a sweep (below) goes over them; rows of matches
// still live are copied to the end of the log then. A match started again (a restart brings
// it back) begins its rows anew at `first_seq`: the rows before are of its earlier start.
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

/** How long the log grows before its oldest half is swept (longer when much of it is live). */
export const LOG_WINDOW = 50_000;
/** A sweep goes over this many of the oldest rows per row a batch wrote, at least MIN_SWEEP. */
const SWEEP_PER_ROW = 4;
const MIN_SWEEP = 256;

export class MatchJournal extends BatchedJournal {
  private readonly run;
  private readonly listLive;
  private readonly inputsOfLive;
  /** The last row of the sweep under way, if one is. */
  private sweepTo: number | null = null;
  /** The log's length at which the next sweep starts. */
  private sweepAt: number;
  /** Rows the sweep under way (or the last one) copied to the end of the log. */
  private sweepCopied = 0;

  constructor(
    db: Database.Database,
    flushMs = FLUSH_MS,
    private readonly owner = "",
    private readonly window = LOG_WINDOW,
  ) {
    super(flushMs);
    this.sweepAt = window;
    const insertMatch = db.prepare(
      `INSERT OR REPLACE INTO live_matches (id, room_id, room, scenario_id, config, isns, format, created_at, owner, first_seq)
       VALUES (@id, @room_id, @room, @scenario_id, @config, @isns, @format, @created_at, @owner,
               (SELECT COALESCE(MAX(seq), 0) + 1 FROM live_log))`,
    );
    const updateRoom = db.prepare("UPDATE live_matches SET room = ? WHERE id = ?");
    const insertInput = db.prepare("INSERT INTO live_log (match_id, n, input) VALUES (?, ?, ?)");
    const deleteMatch = db.prepare("DELETE FROM live_matches WHERE id = ?");
    // Two queries: SQLite reads one end of the table for a lone MIN or MAX, all of it for both.
    const firstSeq = db.prepare("SELECT MIN(seq) FROM live_log").pluck();
    const lastSeq = db.prepare("SELECT MAX(seq) FROM live_log").pluck();
    // The live rows at or before `upTo`, copied to the end of the log in their order (after
    // first_seq still: nothing of an earlier start survives below it), then all rows up to it
    // go. CROSS JOIN keeps the log the outer loop: one pass over the rows that go.
    const copyLive = db.prepare(
      `INSERT INTO live_log (match_id, n, input)
       SELECT l.match_id, l.n, l.input FROM live_log l CROSS JOIN live_matches m
       WHERE l.seq <= @upTo AND m.id = l.match_id AND l.seq >= m.first_seq ORDER BY l.seq`,
    );
    const dropUpTo = db.prepare("DELETE FROM live_log WHERE seq <= @upTo");
    this.listLive = db.prepare("SELECT * FROM live_matches WHERE owner = ? ORDER BY created_at, id");
    this.inputsOfLive = db.prepare(
      `SELECT l.match_id, l.n, l.input FROM live_log l CROSS JOIN live_matches m
       WHERE m.id = l.match_id AND m.owner = ? AND l.seq >= m.first_seq ORDER BY l.seq`,
    );
    // A sweep goes over the oldest half of the log a few batches at a time, so that no batch
    // holds up the server long. The next starts once the log is LOG_WINDOW rows long, or four
    // times the rows the last sweep copied if that is more: with L rows live, a sweep starts
    // at 4L rows or more and copies at most L of the 2L it goes over.
    const sweep = (written: number) => {
      const first = firstSeq.get() as number | null;
      const last = lastSeq.get() as number | null;
      if (first === null || last === null) return;
      if (this.sweepTo === null) {
        if (last - first + 1 < this.sweepAt) return;
        this.sweepTo = first + Math.floor((last - first + 1) / 2) - 1;
        this.sweepCopied = 0;
      }
      const upTo = Math.min(this.sweepTo, first + Math.max(MIN_SWEEP, SWEEP_PER_ROW * written) - 1);
      this.sweepCopied += copyLive.run({ upTo }).changes;
      dropUpTo.run({ upTo });
      if (upTo < this.sweepTo) return;
      this.sweepTo = null;
      this.sweepAt = Math.max(this.window, 4 * this.sweepCopied);
    };
    this.run = db.transaction((ops: readonly JournalOp[]) => {
      let written = 0;
      for (const op of ops) {
        switch (op.kind) {
          case "begin": {
            const m = op.match;
            insertMatch.run({ ...liveMatchRow(m), owner: this.owner });
            m.inputs.forEach((input, n) => insertInput.run(m.id, n, JSON.stringify(input)));
            written += m.inputs.length;
            break;
          }
          case "room":
            updateRoom.run(JSON.stringify(op.room), op.id);
            break;
          case "inputs":
            op.inputs.forEach((input, i) => insertInput.run(op.id, op.from + i, JSON.stringify(input)));
            written += op.inputs.length;
            break;
          case "end":
            deleteMatch.run(op.id);
            break;
        }
      }
      sweep(written);
    });
  }

  protected write(ops: readonly JournalOp[]): void {
    // IMMEDIATE: another process on the same file cannot append between reading the log's
    // end (a start's first_seq, the window) and writing.
    this.run.immediate(ops);
  }

  protected async readLive<Config, Input, Room>(): Promise<LiveMatch<Config, Input, Room>[]> {
    const rows = this.listLive.all(this.owner) as LiveMatchRow[];
    // Each n of a start is written once (a long match's copy replaces it); placed by n.
    const inputs = new Map<string, string[]>();
    for (const row of this.inputsOfLive.iterate(this.owner) as Iterable<{ match_id: string; n: number; input: string }>) {
      let list = inputs.get(row.match_id);
      if (!list) inputs.set(row.match_id, (list = []));
      list[row.n] = row.input;
    }
    return rows.map((row) =>
      liveMatchFromRow<Config, Input, Room>(
        row,
        (inputs.get(row.id) ?? []).filter((i) => i !== undefined),
      ),
    );
  }
}
