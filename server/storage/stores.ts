// What the server asks of storage, whichever database holds it: SQLite (the embedded default,
// db.ts) or PostgreSQL (postgres/, when DATABASE_URL names one). Every call is asynchronous
// so both can stand behind it. SQLite still does its work synchronously inside the call (a
// write is done when the call returns), so nothing waits on it; PostgreSQL's writes of one
// class are sent in order, and its reads wait for the writes this process has sent before.
import type { ClassRecord, FinishedMatch, LiveMatch, MatchSummary, PairRecord, ResultRecord, StudentRecord } from "./records";
import type { ClassUpdate } from "./rows";

/** Finished matches: save once, read by id, list the recent ones. */
export interface MatchStore {
  /** False when a match with this id is already saved (the first save stands). */
  saveFinished(match: FinishedMatch): Promise<boolean>;
  get<Config = unknown, Input = unknown, Result = unknown>(id: string): Promise<FinishedMatch<Config, Input, Result> | null>;
  /** The most recently finished first. `limit` is clamped to 1..100. */
  listRecent<Result = unknown>(limit?: number, offset?: number): Promise<MatchSummary<Result>[]>;
  count(): Promise<number>;
}

/** Classes, their roster, each round's pairs and every student's result. */
export interface ClassStore {
  createClass(c: ClassRecord): Promise<void>;
  updateClass(c: ClassUpdate): Promise<void>;
  getClass(id: string): Promise<ClassRecord | null>;
  /** The classes of one teacher's key, newest first. */
  listByHost(hostKeyHash: string, limit?: number): Promise<ClassRecord[]>;
  /** Classes not ended, created since `since` (epoch ms): those a restart brings back. */
  liveClasses(since: number): Promise<ClassRecord[]>;
  addStudent(classId: string, s: Omit<StudentRecord, "kicked">): Promise<void>;
  renameStudent(classId: string, id: number, name: string): Promise<void>;
  kickStudent(classId: string, id: number): Promise<void>;
  students(classId: string): Promise<StudentRecord[]>;
  /** Replaces a round's pairs (a round restarted after a crash is paired anew). */
  savePairs(classId: string, round: number, pairs: readonly PairRecord[]): Promise<void>;
  pairs(classId: string, round: number): Promise<PairRecord[]>;
  /** Adds or replaces results (one per round and student). */
  saveResults(classId: string, results: readonly ResultRecord[]): Promise<void>;
  results(classId: string): Promise<ResultRecord[]>;
}

/**
 * Matches in progress: begin, setRoom, append and end only queue (they never wait and never
 * fail); the queue is written in one transaction every FLUSH_MS, or on flush().
 */
export interface JournalStore {
  begin(match: LiveMatch): void;
  setRoom(id: string, room: unknown): void;
  append(id: string, from: number, inputs: readonly unknown[]): void;
  end(id: string): void;
  /** Writes what waits; resolves once it is written (or given up on, with an error logged). */
  flush(): Promise<void>;
  /** The matches this process journaled and did not end (after a crash: those in progress). */
  live<Config = unknown, Input = unknown, Room = unknown>(): Promise<LiveMatch<Config, Input, Room>[]>;
}

/** The stores of one database, opened and migrated. */
export interface Storage {
  kind: "sqlite" | "postgres";
  matches: MatchStore;
  classes: ClassStore;
  journal: JournalStore;
  /** Writes what the journal holds and closes the database (a second call waits for the first). */
  close(): Promise<void>;
}
